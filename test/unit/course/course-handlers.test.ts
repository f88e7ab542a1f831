import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/handlers';
import { createDispatcher, type Dispatch } from '../../../electron/ipc';
import { appOrigin } from '../../../electron/security';
import { checkAnswer } from '../../../shared/course/matching';
import { exerciseById } from '../../../shared/course/model';
import type { ClassAnswers, CourseFile } from '../../../shared/course/work';
import type { OpenDocument } from '../../../shared/documents';
import { serializeSpecification } from '../../../shared/specification/document-file';
import { createTestContext, type TestContext } from '../../support/test-context';

const appFrame = { url: `${appOrigin}/index.html`, isTopFrame: true };
let data: TestContext;
let dispatch: Dispatch;

beforeEach(async () => {
  data = await createTestContext({ resourcesDir: path.join(import.meta.dirname, '..', '..', 'fixtures', 'resources') });
  dispatch = createDispatcher({ registry: handlers, context: data.context, allowedOrigins: [appOrigin] });
});
afterEach(() => data.dispose());

async function call<T>(channel: Parameters<Dispatch>[1], input: unknown): Promise<T> {
  const result = await dispatch(appFrame, channel, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

async function shippedPack(): Promise<CourseFile> {
  const packs = await call<CourseFile[]>('course:library', undefined);
  const pack = packs.find((each) => each.course.id === 'kravstudio-requirement-writing');
  if (pack === undefined) throw new Error('The requirement-writing pack is not listed');
  return pack;
}

describe('course mode in the main process', () => {
  it('lists the shipped course packs with their exercises, named by id', async () => {
    const pack = await shippedPack();
    expect(pack.course.exercises.map((exercise) => exercise.id)).toContain('rewrite-vague');
    expect(pack).toMatchObject({ origin: 'shipped', path: null });
  });

  it('starts a trainee on an exercise: a new specification from the starting one, in the UI language, that remembers its course and exercise', async () => {
    const pack = await shippedPack();
    const opened = await call<OpenDocument>('course:startExercise', { courseId: pack.course.id, exerciseId: 'rewrite-vague', language: 'en' });
    const exercise = exerciseById(pack.course, 'rewrite-vague');
    expect(opened.specification.courseExercise).toEqual({ courseId: pack.course.id, exerciseId: 'rewrite-vague' });
    expect(opened.specification.requirements.map((requirement) => requirement.id)).toEqual(exercise?.startingSpecification?.requirements.map((requirement) => requirement.id));
    expect(opened.specification.id).not.toBe(exercise?.startingSpecification?.id);
    expect(opened.specification.primaryLanguage).toBe('en');
    expect(path.dirname(opened.path)).toBe(data.documentsDir);
    // The starting point scores below the reference; the checker works on it as on any answer.
    if (exercise === undefined) throw new Error('no exercise');
    expect(checkAnswer(exercise, opened.specification, { language: 'en' }).score).toBeLessThan(100);
  });

  it('refuses an exercise the course does not have, and a course file the window was never handed', async () => {
    const pack = await shippedPack();
    const unknown = await dispatch(appFrame, 'course:startExercise', { courseId: pack.course.id, exerciseId: 'no-such-exercise', language: 'sv' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const elsewhere = await dispatch(appFrame, 'course:open', { path: path.join(data.dataDir, 'Other.kravkurs') });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  });

  it("reads a trainer's folder file by file: good answers read, each bad one named with its reason, other files ignored", async () => {
    const pack = await shippedPack();
    const exercise = exerciseById(pack.course, 'rewrite-vague');
    const start = exercise?.startingSpecification;
    if (start === undefined) throw new Error('no starting specification');
    const folder = path.join(data.dataDir, 'Class');
    await mkdir(folder);
    await writeFile(path.join(folder, 'Anna.kravspec'), serializeSpecification({ ...start, id: '00000000-0000-4000-8000-00000000000a' }));
    await writeFile(path.join(folder, 'Bo.kravspec'), serializeSpecification({ ...start, id: '00000000-0000-4000-8000-00000000000b' }));
    await writeFile(path.join(folder, 'Broken.kravspec'), '{ "format": "kravstudio-specification", ');
    await writeFile(path.join(folder, 'Other.kravspec'), JSON.stringify({ hello: 'world' }));
    await writeFile(path.join(folder, 'notes.txt'), 'not an answer');
    data.dialogAnswers.folder.push(folder);
    const loaded = await call<ClassAnswers>('course:loadAnswers', { folderPath: null });
    expect(loaded.answers.map((answer) => answer.file)).toEqual(['Anna.kravspec', 'Bo.kravspec']);
    expect(loaded.refused.map((refused) => refused.file)).toEqual(['Broken.kravspec', 'Other.kravspec']);
    for (const refused of loaded.refused) expect(refused.reason.length).toBeGreaterThan(0);
    // The folder was handed out by the dialog: the window may name it again.
    const again = await call<ClassAnswers>('course:loadAnswers', { folderPath: folder });
    expect(again.answers).toHaveLength(2);
  });

  it("exports the class overview as XLSX and each trainee's feedback as DOCX beside it", async () => {
    const pack = await shippedPack();
    const exercise = exerciseById(pack.course, 'rewrite-vague');
    const start = exercise?.startingSpecification;
    const reference = exercise?.reference;
    if (start === undefined || reference === undefined) throw new Error('no starting specification or reference');
    const folder = path.join(data.dataDir, 'Class');
    await mkdir(folder);
    await writeFile(path.join(folder, 'Anna.kravspec'), serializeSpecification({ ...reference, id: '00000000-0000-4000-8000-00000000000a' }));
    await writeFile(path.join(folder, 'Bo.kravspec'), serializeSpecification({ ...start, id: '00000000-0000-4000-8000-00000000000b' }));
    data.dialogAnswers.folder.push(folder);
    await call<ClassAnswers>('course:loadAnswers', { folderPath: null });
    const target = path.join(data.dataDir, 'Out', 'Klassen.xlsx');
    await mkdir(path.dirname(target));
    data.dialogAnswers.export.push(target);
    const written = await call<{ overviewPath: string; feedbackPaths: string[] }>('course:exportClass', {
      courseId: pack.course.id,
      coursePath: null,
      exerciseId: 'rewrite-vague',
      folderPath: folder,
      referencePath: null,
      language: 'sv',
    });
    expect(written.overviewPath).toBe(target);
    expect(written.feedbackPaths.map((each) => path.basename(each))).toEqual(['Anna – återkoppling.docx', 'Bo – återkoppling.docx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(target)) as unknown as ExcelJS.Buffer);
    const matrix = workbook.worksheets[0];
    expect(matrix?.getRow(1).getCell(1).value).toBe('Deltagare');
    expect(matrix?.getRow(2).getCell(1).value).toBe('Anna.kravspec');
    expect(matrix?.getRow(2).getCell(2).value).toBe(100);
    expect(matrix?.getRow(3).getCell(3).value).toBe('delvis');
    for (const each of written.feedbackPaths) expect((await readFile(each)).subarray(0, 2).toString()).toBe('PK');
  });

  it('a folder dialog the trainer cancels reads nothing', async () => {
    expect(await call<ClassAnswers | null>('course:loadAnswers', { folderPath: null })).toBeNull();
  });
});

describe('the course screens see every course the library has', () => {
  const shippedFile = path.resolve(import.meta.dirname, '..', '..', '..', 'templates', 'courses', 'requirement-writing.kravkurs');

  /** The shipped course under another id and title, as a file a colleague shares. */
  async function sharedCourse(id: string, title: string): Promise<string> {
    const course = JSON.parse(await readFile(shippedFile, 'utf8')) as Record<string, unknown>;
    return JSON.stringify({ ...course, id, title: { sv: title, en: title } });
  }

  async function importedCourse(): Promise<void> {
    const file = path.join(data.dataDir, 'Egen kurs.kravkurs');
    await writeFile(file, await sharedCourse('var-egen-kurs', 'Vår egen kurs'));
    data.dialogAnswers.course.push(file);
    expect(await call('courses:import', { path: null })).toMatchObject({ status: 'imported' });
  }

  async function organisationFolder(): Promise<string> {
    const folder = path.join(data.dataDir, 'Kommunens kurser');
    await mkdir(folder);
    await writeFile(path.join(folder, 'kurs.kravkurs'), await sharedCourse('kommunens-kurs', 'Kommunens kurs'));
    data.dialogAnswers.folder.push(folder);
    await call('organisation:choose', undefined);
    return folder;
  }

  it('lists an imported course and an organisation course with their origin, and starts an exercise from each', async () => {
    await importedCourse();
    const folder = await organisationFolder();
    const listed = await call<CourseFile[]>('course:library', undefined);
    expect(listed.map((pack) => [pack.course.id, pack.origin])).toEqual([
      ['kravstudio-requirement-writing', 'shipped'],
      ['var-egen-kurs', 'user'],
      ['kommunens-kurs', 'organisation'],
    ]);
    // The window learns no path of the library's: not the user's data folder, not the organisation folder.
    expect(listed.every((pack) => pack.path === null)).toBe(true);
    expect(JSON.stringify(listed)).not.toContain(folder);

    for (const courseId of ['var-egen-kurs', 'kommunens-kurs']) {
      const opened = await call<OpenDocument>('course:startExercise', { courseId, exerciseId: 'rewrite-vague', language: 'sv' });
      expect(opened.specification.courseExercise).toEqual({ courseId, exerciseId: 'rewrite-vague' });
      expect(opened.specification.requirements.length).toBeGreaterThan(0);
      expect(path.dirname(opened.path)).toBe(data.documentsDir);
    }
  });

  it('with the organisation folder offline, still lists and starts the shipped and own courses', async () => {
    await importedCourse();
    const folder = await organisationFolder();
    await rename(folder, `${folder}-away`);
    await data.context.organisation.refresh();
    const listed = await call<CourseFile[]>('course:library', undefined);
    expect(listed.map((pack) => [pack.course.id, pack.origin])).toEqual([
      ['kravstudio-requirement-writing', 'shipped'],
      ['var-egen-kurs', 'user'],
    ]);
    const opened = await call<OpenDocument>('course:startExercise', { courseId: 'var-egen-kurs', exerciseId: 'rewrite-vague', language: 'en' });
    expect(opened.specification.courseExercise).toEqual({ courseId: 'var-egen-kurs', exerciseId: 'rewrite-vague' });
    // The organisation's course is not there to start; the user is told so.
    const away = await dispatch(appFrame, 'course:startExercise', { courseId: 'kommunens-kurs', exerciseId: 'rewrite-vague', language: 'en' });
    expect(away).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('starts a course file the user opened by its granted path, and refuses a course named twice or not at all', async () => {
    const file = path.join(data.dataDir, 'Vald kurs.kravkurs');
    await writeFile(file, await sharedCourse('vald-kurs', 'Vald kurs'));
    data.dialogAnswers.course.push(file);
    const chosen = await call<CourseFile>('course:open', { path: null });
    expect(chosen).toMatchObject({ path: file, origin: 'file' });
    const opened = await call<OpenDocument>('course:startExercise', { coursePath: file, exerciseId: 'rewrite-vague', language: 'sv' });
    expect(opened.specification.courseExercise).toEqual({ courseId: 'vald-kurs', exerciseId: 'rewrite-vague' });

    for (const input of [
      { courseId: 'kravstudio-requirement-writing', coursePath: file, exerciseId: 'rewrite-vague', language: 'sv' },
      { exerciseId: 'rewrite-vague', language: 'sv' },
    ]) {
      expect(await dispatch(appFrame, 'course:startExercise', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const twice = { courseId: 'kravstudio-requirement-writing', coursePath: file, exerciseId: 'rewrite-vague', folderPath: null, referencePath: null, language: 'sv' };
    expect(await dispatch(appFrame, 'course:exportClass', twice)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await dispatch(appFrame, 'course:startExercise', { courseId: 'no-such-course', exerciseId: 'rewrite-vague', language: 'sv' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
