/**
 * Course mode's channels: every course pack the library has (shipped, the
 * user's own, the organisation's; the window names them by id) and one the
 * user picks (`.kravkurs`; named by the path the main process granted), a
 * trainee's answer started from an exercise (a normal specification that
 * names its course and exercise), and for the trainer a
 * folder of trainees' answers and a reference kept apart from the pack.
 * Every file is read bounded and validated as its kind; a folder's files are
 * read one by one, and a bad one is listed with its reason without stopping
 * the others.
 */
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { classOverview } from '../shared/course/class-overview';
import { feedbackPoints } from '../shared/course/feedback';
import { exerciseById, type Course } from '../shared/course/model';
import { catalogues, lookup } from '../shared/i18n/catalogues';
import { maxAnswerFiles, type ClassAnswers, type CourseFile } from '../shared/course/work';
import { courseKind } from '../shared/document-kinds/course';
import { specificationKind } from '../shared/document-kinds/specification';
import { KravstudioError } from '../shared/errors';
import { documentExtension } from '../shared/document-file';
import { createSpecification } from '../shared/specification/create';
import type { DocumentLanguage } from '../shared/specification/model/common';
import type { Specification } from '../shared/specification/model';
import { inLanguage } from '../shared/languages';
import type { HandlerContext } from './context';
import { describeOpenDocument, type HandlerRegistry } from './handlers';
import { classOverviewXlsx, traineeFeedbackDocx } from './services/course-reports';
import { readDocumentFile } from './services/document-file';
import { fileNameFromTitle } from './services/file-system';
import { writeFileSafely } from './services/safe-write';
import { fileError } from './services/file-errors';

type CourseChannel = 'course:library' | 'course:open' | 'course:startExercise' | 'course:loadAnswers' | 'course:exportClass' | 'course:openReference';

async function readCourse(ctx: HandlerContext, filePath: string): Promise<Course> {
  try {
    const read = await readDocumentFile(filePath, courseKind);
    ctx.grants.grant(filePath);
    return read.document;
  } catch (error) {
    throw fileError(error, filePath);
  }
}

/** The specification a trainee starts from: the exercise's starting one (as a new document) or an empty one, in the exercise's language. */
export function exerciseStartingPoint(course: Course, exerciseId: string, uiLanguage: DocumentLanguage, now: Date, id: string): Specification {
  const exercise = exerciseById(course, exerciseId);
  if (exercise === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: `The course has no exercise "${exerciseId.slice(0, 100)}".` });
  const language = exercise.languages.includes(uiLanguage) ? uiLanguage : (exercise.languages[0] ?? uiLanguage);
  const title = inLanguage(exercise.title, language) || exercise.id;
  const link = { courseId: course.id, exerciseId: exercise.id };
  const start = exercise.startingSpecification;
  if (start !== undefined) {
    const at = now.toISOString();
    // The trainee writes in the UI language when the starting specification has it.
    const primaryLanguage = start.languages.includes(language) ? language : start.primaryLanguage;
    return { ...structuredClone(start), id, title, primaryLanguage, createdAt: at, updatedAt: at, revisions: [], courseExercise: link };
  }
  return { ...createSpecification({ id, title, jurisdiction: language === 'nb' ? 'no' : language === 'sv' ? 'se' : 'eu', languages: [language], primaryLanguage: language, now }), courseExercise: link };
}

/** A course of the library, by id. */
async function libraryCourse(ctx: HandlerContext, id: string): Promise<Course> {
  const entry = await ctx.courses.find(id);
  if (entry === null) throw new KravstudioError({ code: 'NOT_FOUND', message: `There is no course "${id.slice(0, 100)}".`, problem: 'unknown-course' });
  return entry.course;
}

/**
 * The course the window names: by id, one the library lists (its file is the
 * main process's own); by path, only a file the main process handed out.
 * Null when neither is named.
 */
async function namedCourse(ctx: HandlerContext, courseId: string | undefined, coursePath: string | null): Promise<Course | null> {
  if (courseId !== undefined) return libraryCourse(ctx, courseId);
  if (coursePath === null) return null;
  return readCourse(ctx, await ctx.grants.authorise(coursePath));
}

/** Every `.kravspec` in a folder, read one by one (bounded, validated); each file that is not a readable answer is listed with the reason. */
export async function readClassFolder(folder: string): Promise<ClassAnswers> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw fileError(error, folder);
  }
  const files = entries
    .filter((entry) => entry.name.toLowerCase().endsWith(`.${documentExtension}`))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const result: ClassAnswers = { folder, answers: [], refused: [] };
  for (const [index, name] of files.entries()) {
    if (index >= maxAnswerFiles) {
      result.refused.push({ file: name, reason: `Only the first ${String(maxAnswerFiles)} files of a folder are read.` });
      continue;
    }
    const filePath = path.join(folder, name);
    try {
      const read = await readDocumentFile(filePath, specificationKind);
      result.answers.push({ file: name, specification: read.document });
    } catch (error) {
      result.refused.push({ file: name, reason: refusal(error, filePath) });
    }
  }
  return result;
}

/** Why one file of a folder is not a readable answer, in a line. */
function refusal(error: unknown, filePath: string): string {
  return fileError(error, filePath).message;
}

export const courseHandlers: Pick<HandlerRegistry, CourseChannel> = {
  'course:library': async (ctx) => (await ctx.courses.list()).map(({ course, origin }): CourseFile => ({ path: null, origin, course })),

  'course:open': async (ctx, { path: requested }) => {
    const target = requested === null ? await ctx.dialogs.chooseCourseToOpen(ctx.paths.documents) : await ctx.grants.authorise(requested);
    if (target === null) return null;
    return { path: target, origin: 'file', course: await readCourse(ctx, target) };
  },

  'course:startExercise': async (ctx, { courseId, coursePath, exerciseId, language }) => {
    const course = await namedCourse(ctx, courseId, coursePath ?? null);
    if (course === null) throw new KravstudioError({ code: 'INVALID_INPUT', message: 'Name the course by its id or its file.' });
    const specification = exerciseStartingPoint(course, exerciseId, language, ctx.clock.now(), randomUUID());
    try {
      return describeOpenDocument(ctx, await ctx.documents.createDocument(specificationKind, specification));
    } catch (error) {
      throw fileError(error, ctx.paths.documents);
    }
  },

  'course:loadAnswers': async (ctx, { folderPath: requested }) => {
    const folder = requested === null ? await ctx.dialogs.chooseFolder(ctx.paths.documents) : await ctx.grants.authorise(requested);
    if (folder === null) return null;
    const result = await readClassFolder(folder);
    ctx.grants.grant(folder);
    return result;
  },

  'course:exportClass': async (ctx, { courseId, coursePath, exerciseId, folderPath, referencePath, language }) => {
    // The course and the paths the window names are checked before any dialog is shown.
    const named = await namedCourse(ctx, courseId, coursePath);
    const namedFolder = folderPath === null ? null : await ctx.grants.authorise(folderPath);
    const namedReference = referencePath === null ? null : await ctx.grants.authorise(referencePath);
    let course = named;
    if (course === null) {
      const chosen = await ctx.dialogs.chooseCourseToOpen(ctx.paths.documents);
      if (chosen === null) return null;
      course = await readCourse(ctx, chosen);
    }
    const exercise = exerciseById(course, exerciseId);
    if (exercise === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: `The course has no exercise "${exerciseId.slice(0, 100)}".` });
    const folder = namedFolder ?? (await ctx.dialogs.chooseFolder(ctx.paths.documents));
    if (folder === null) return null;
    let reference = exercise.reference;
    if (namedReference !== null) {
      try {
        reference = (await readDocumentFile(namedReference, specificationKind)).document;
      } catch (error) {
        throw fileError(error, namedReference);
      }
    }
    if (reference === undefined) throw new KravstudioError({ code: 'NOT_FOUND', message: `Exercise "${exercise.id}" holds no reference answer; choose a reference file.` });
    const { answers } = await readClassFolder(folder);
    const textLanguage = exercise.languages.includes(language) ? language : (exercise.languages[0] ?? language);
    const overview = classOverview(exercise, answers, reference, textLanguage);
    const title = inLanguage(exercise.title, language) || exercise.id;
    const t = (key: string): string => lookup(catalogues[language], `courseScreens.trainer.${key}`);
    const defaultPath = path.join(folder, `${fileNameFromTitle(`${title} – ${t('overviewFile')}`, 'Class')}.xlsx`);
    const target = await ctx.dialogs.chooseExportLocation(defaultPath, { name: t('exportFilter'), extensions: ['xlsx'] });
    if (target === null) return null;
    const overviewPath = target.toLowerCase().endsWith('.xlsx') ? target : `${target}.xlsx`;
    const feedbackPaths: string[] = [];
    try {
      await writeFileSafely(overviewPath, await classOverviewXlsx(overview, title, language, ctx.clock.now()));
      for (const trainee of overview.trainees) {
        const points = feedbackPoints(exercise, trainee.result, language, reference);
        const name = `${fileNameFromTitle(`${path.basename(trainee.file, path.extname(trainee.file))} – ${t('feedbackFile')}`, 'Feedback')}.docx`;
        const feedbackPath = path.join(path.dirname(overviewPath), name);
        await writeFileSafely(feedbackPath, await traineeFeedbackDocx(overview, trainee, points, title, language));
        feedbackPaths.push(feedbackPath);
      }
    } catch (error) {
      throw fileError(error, overviewPath);
    }
    ctx.grants.grant(overviewPath);
    for (const each of feedbackPaths) ctx.grants.grant(each);
    return { overviewPath, feedbackPaths };
  },

  'course:openReference': async (ctx, { path: requested }) => {
    const target = requested === null ? await ctx.dialogs.chooseDocumentToOpen(ctx.paths.documents) : await ctx.grants.authorise(requested);
    if (target === null) return null;
    try {
      const read = await readDocumentFile(target, specificationKind);
      ctx.grants.grant(target);
      return { path: target, specification: read.document };
    } catch (error) {
      throw fileError(error, target);
    }
  },
};
