import { mkdir, readFile, writeFile } from 'node:fs/promises';
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
  const packs = await call<CourseFile[]>('course:shipped', undefined);
  const pack = packs.find((each) => each.course.id === 'kravstudio-requirement-writing');
  if (pack === undefined) throw new Error('The requirement-writing pack is not listed');
  return pack;
}

describe('course mode in the main process', () => {
  it('lists the shipped course packs with their exercises', async () => {
    const pack = await shippedPack();
    expect(pack.course.exercises.map((exercise) => exercise.id)).toContain('rewrite-vague');
  });

  it('starts a trainee on an exercise: a new specification from the starting one, in the UI language, that remembers its course and exercise', async () => {
    const pack = await shippedPack();
    const opened = await call<OpenDocument>('course:startExercise', { coursePath: pack.path, exerciseId: 'rewrite-vague', language: 'en' });
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
    const unknown = await dispatch(appFrame, 'course:startExercise', { coursePath: pack.path, exerciseId: 'no-such-exercise', language: 'sv' });
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
      coursePath: pack.path,
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
