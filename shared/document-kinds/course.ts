/**
 * The course pack as a kind of document: the trainer's `.kravkurs` file, its
 * format, parse budget and published JSON Schema. Reading goes through the
 * shared pipeline (format.ts): size, UTF-8, the budget before JSON.parse,
 * nesting, prototype keys, format name and version, then the zod model.
 *
 * The window does not open course packs yet (trainee mode will), so the kind
 * is not in the registry of kinds the app opens; the command line and the
 * tests read it with `readDocumentFile(path, courseKind)`.
 */
import { z } from 'zod';
import type { ParseBudget } from '../file-reading/budget';
import type { VersionComparison } from '../documents';
import { Course, courseFormat, currentCourseVersion } from '../course/model';
import { inLanguage } from '../languages';
import { defineDocumentKind } from './kind';

/** The file name extension of a course pack, without the dot. */
export const courseExtension = 'kravkurs';

export const courseSchemaId = `https://kravstudio.se/schema/course-${currentCourseVersion}.json`;

/**
 * A course pack's budget: a course holds a handful of exercises, each with a
 * reference specification of at most a few hundred requirements (and maybe a
 * starting one) in three languages; 200 exercises of that size fit well
 * within these limits.
 */
export const courseBudget: ParseBudget = {
  maxValues: 2_000_000,
  maxListLength: 10_000,
  maxTextLength: 200_000,
  maxFields: 1_000,
};

/** Course packs above this size are refused before they are decoded. */
export const maxCourseBytes = 20 * 1024 * 1024;

const CourseRecentDetails = z.object({ exercises: z.number().int().nonnegative() });
type CourseRecentDetails = z.infer<typeof CourseRecentDetails>;

function exerciseTitle(course: Course, id: string): string {
  const exercise = course.exercises.find((each) => each.id === id);
  return exercise === undefined ? id : inLanguage(exercise.title, 'en') || id;
}

/** Exercises added, removed or changed between two versions of a course. */
function compareCourses(current: Course, stored: Course): VersionComparison {
  const now = new Map(current.exercises.map((exercise) => [exercise.id, exercise]));
  const then = new Map(stored.exercises.map((exercise) => [exercise.id, exercise]));
  const changed: VersionComparison['changed'] = [];
  for (const [id, exercise] of then) {
    const before = now.get(id);
    if (before === undefined) continue;
    const fields = (Object.keys(exercise) as (keyof typeof exercise)[]).filter((key) => JSON.stringify(exercise[key]) !== JSON.stringify(before[key]));
    if (fields.length > 0) changed.push({ id, text: exerciseTitle(stored, id), fields });
  }
  return {
    titleChanged: JSON.stringify(current.title) !== JSON.stringify(stored.title),
    added: stored.exercises.filter((exercise) => !now.has(exercise.id)).map((exercise) => ({ id: exercise.id, text: exerciseTitle(stored, exercise.id) })),
    removed: current.exercises.filter((exercise) => !then.has(exercise.id)).map((exercise) => ({ id: exercise.id, text: exerciseTitle(current, exercise.id) })),
    changed,
    otherChanges: current.licence === stored.licence ? [] : ['licence'],
  };
}

export const courseKind = defineDocumentKind<Course, CourseRecentDetails>({
  format: courseFormat,
  currentVersion: currentCourseVersion,
  versionKeys: ['formatVersion'],
  model: Course,
  migrations: [],
  noun: 'a course pack',
  maxBytes: maxCourseBytes,
  budget: courseBudget,
  id: 'course',
  extension: courseExtension,
  contentKey: 'course',
  fallbackFileName: 'Course',
  summarise: (course) => ({
    id: course.id,
    title: inLanguage(course.title, 'en') || course.id,
    requirementCount: course.exercises.reduce((sum, exercise) => sum + (exercise.reference?.requirements.length ?? 0), 0),
    updatedAt: null,
  }),
  recentDetails: { model: CourseRecentDetails, of: (course) => ({ exercises: course.exercises.length }) },
  compare: compareCourses,
  withId: (course, id) => ({ ...course, id }),
  schema: {
    fileName: 'course.schema.json',
    $id: courseSchemaId,
    title: 'Kravstudio course pack',
    description:
      'A course pack for teaching requirement writing (file extension .kravkurs): exercises, each with a case, a task, ' +
      'which hints the trainee sees, an optional starting specification, a reference specification and a rubric. ' +
      'The schema describes the shape of format version ' +
      String(currentCourseVersion) +
      '; Kravstudio also checks that exercise ids are unique and that every rubric item names a requirement of the reference.',
  },
});
