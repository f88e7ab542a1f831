/**
 * The channels that share packs and courses as files, and the organisation
 * library folder: import (a file the user chose, read bounded and checked as
 * its kind; an id already taken is never replaced without the user's
 * answer), export (a file where the save dialog says, written with the safe
 * writer; only its name goes back), publish to the organisation folder (only
 * when the user may write there), and choosing that folder (its path stays
 * in the main process; the window sees its name).
 */
import path from 'node:path';
import type { ChannelOutput } from '../shared/contract';
import { courseExtension } from '../shared/document-kinds/course';
import { templatePackExtension } from '../shared/document-kinds/template-pack';
import type { Course } from '../shared/course/model';
import { inLanguage } from '../shared/languages';
import type { TemplatePack } from '../shared/templates/model';
import type { HandlerContext } from './context';
import type { HandlerRegistry } from './handlers';
import type { CourseEntry } from './services/course-library';
import { withExtension } from './services/document-export';
import { fileError } from './services/file-errors';
import { fileNameFromTitle } from './services/file-system';
import { writeFileSafely } from './services/safe-write';
import type { ImportOutcome } from './services/template-library';

type SharingChannel =
  | 'templates:reload'
  | 'templates:import'
  | 'templates:export'
  | 'templates:publish'
  | 'courses:list'
  | 'courses:import'
  | 'courses:export'
  | 'courses:remove'
  | 'courses:publish'
  | 'organisation:status'
  | 'organisation:choose'
  | 'organisation:clear';

function packSummary(pack: TemplatePack) {
  return { id: pack.id, title: { ...pack.title }, requirementCount: pack.requirements.length };
}

function courseSummary(entry: CourseEntry): ChannelOutput<'courses:list'>[number] {
  return { id: entry.course.id, title: { ...entry.course.title }, exerciseCount: entry.course.exercises.length, origin: entry.origin };
}

/** An import's outcome for the window: the path goes back only when the user must answer (it was handed out by the dialog or the window). */
function outcome<T, S>(result: ImportOutcome<T>, target: string, summary: (item: T) => S) {
  return result.status === 'imported'
    ? { status: 'imported' as const, item: summary(result.item) }
    : { status: 'exists' as const, path: target, existing: summary(result.existing), canReplace: result.canReplace };
}

/** Asks where to write a shared file, suggesting a name made from its title in the documents folder, and writes it. */
async function exportFile(ctx: HandlerContext, kind: 'pack' | 'course', title: string, fallback: string, text: string): Promise<{ fileName: string } | null> {
  const extension = kind === 'pack' ? templatePackExtension : courseExtension;
  const suggested = path.join(ctx.paths.documents, `${fileNameFromTitle(title, fallback)}.${extension}`);
  const chosen = await ctx.dialogs.chooseSharedFileSaveLocation(kind, suggested);
  if (chosen === null) return null;
  const target = withExtension(chosen, extension);
  try {
    await writeFileSafely(target, text);
  } catch (error) {
    throw fileError(error, path.basename(target));
  }
  return { fileName: path.basename(target) };
}

function uiLanguage(ctx: HandlerContext) {
  return ctx.settings.get().language ?? 'en';
}

export const sharingHandlers: Pick<HandlerRegistry, SharingChannel> = {
  'templates:reload': async (ctx) => ctx.templates.reload(),
  'templates:import': async (ctx, { path: requested, ifExists }) => {
    const target = requested === null ? await ctx.dialogs.choosePackToImport() : await ctx.grants.authorise(requested);
    if (target === null) return null;
    try {
      return outcome(await ctx.templates.importPack(target, ifExists ?? 'ask'), target, packSummary);
    } catch (error) {
      throw fileError(error, target);
    }
  },
  'templates:export': async (ctx, { id }) => {
    const { pack, text } = await ctx.templates.exportText(id);
    return exportFile(ctx, 'pack', inLanguage(pack.title, uiLanguage(ctx)) || pack.id, pack.id, text);
  },
  'templates:publish': async (ctx, { id, replace }) => ctx.templates.publishPack(id, replace === true),

  'courses:list': async (ctx) => (await ctx.courses.list()).map(courseSummary),
  'courses:import': async (ctx, { path: requested, ifExists }) => {
    const target = requested === null ? await ctx.dialogs.chooseCourseToImport() : await ctx.grants.authorise(requested);
    if (target === null) return null;
    try {
      const result = await ctx.courses.importCourse(target, ifExists ?? 'ask');
      const entry = (course: Course): CourseEntry => ({ course, origin: 'user' });
      return result.status === 'imported'
        ? outcome(result, target, (course) => courseSummary(entry(course)))
        : outcome(result, target, (course) => courseSummary({ course, origin: 'shipped' }));
    } catch (error) {
      throw fileError(error, target);
    }
  },
  'courses:export': async (ctx, { id }) => {
    const { course, text } = await ctx.courses.exportText(id);
    return exportFile(ctx, 'course', inLanguage(course.title, uiLanguage(ctx)) || course.id, 'Course', text);
  },
  'courses:remove': async (ctx, { id }) => ctx.courses.removeCourse(id),
  'courses:publish': async (ctx, { id, replace }) => ctx.courses.publishCourse(id, replace === true),

  'organisation:status': async (ctx) => ctx.organisation.status(),
  'organisation:choose': async (ctx) => {
    const folder = await ctx.dialogs.chooseOrganisationFolder();
    if (folder === null) return null;
    return ctx.organisation.setFolder(folder);
  },
  'organisation:clear': async (ctx) => {
    await ctx.organisation.setFolder(null);
  },
};
