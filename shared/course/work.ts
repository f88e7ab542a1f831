/**
 * What the course screens and the main process say to each other: a course
 * pack of the library (named by id) or read from a file the user chose (named
 * by its path), a trainee's answer started from an exercise, and a folder of trainees' answers read for the trainer, with the
 * files that could not be read named and explained.
 */
import { z } from 'zod';
import { UiLanguage } from '../languages';
import { Specification } from '../specification/model/specification';
import { Course } from './model';

/** Where a course the window shows comes from: the library's (shipped, the user's own, the organisation's) or a file the user opened. */
export const CourseOrigin = z.enum(['shipped', 'user', 'organisation', 'file']);
export type CourseOrigin = z.infer<typeof CourseOrigin>;

/**
 * A course pack as the course screens show it. A course of the library is
 * named by its id (the main process knows its file; an organisation folder's
 * path never reaches the window), so `path` is null; a course the user opened
 * from a file carries that file's path, which the window may name again.
 */
export const CourseFile = z
  .object({
    path: z.string().nullable(),
    origin: CourseOrigin,
    course: Course,
  })
  .strict();
export type CourseFile = z.infer<typeof CourseFile>;

/** What the window names a course by: the library's id, or the path of the file the user opened. */
export function courseHandle(pack: CourseFile): { courseId: string } | { coursePath: string } {
  return pack.path === null ? { courseId: pack.course.id } : { coursePath: pack.path };
}

/** One key per course on screen: a file's path, or the library's id. */
export function courseKey(pack: CourseFile): string {
  return pack.path === null ? `library:${pack.course.id}` : `file:${pack.path}`;
}

const courseId = z.string().min(1).max(100);
const coursePath = z.string().min(1).max(4096);

/** Exactly one of a course's id in the library and a course file's path. */
function namesOneCourse(input: { courseId?: string | undefined; coursePath?: string | undefined }): boolean {
  return (input.courseId === undefined) !== (input.coursePath === undefined);
}

/** Starts a trainee's answer to one exercise: of a course in the library (by id) or of a course file the window was handed (by path). */
export const ExerciseStart = z
  .object({
    courseId: courseId.optional(),
    coursePath: coursePath.optional(),
    exerciseId: z.string().min(1).max(100),
    /** The UI language: the answer is written in it when the exercise is given in it. */
    language: UiLanguage,
  })
  .strict()
  .refine(namesOneCourse, { message: 'Name the course by its id or by its file: exactly one of them.' });
export type ExerciseStart = z.infer<typeof ExerciseStart>;

/** The trainer's export names its course at most once: by id or by path (neither: the open dialog asks). */
export const exportedCourseNamedOnce = (input: { courseId?: string | undefined; coursePath: string | null }): boolean => input.courseId === undefined || input.coursePath === null;

/** One trainee's answer read from the folder: the file name (the trainee, as the trainer sees them) and the specification. */
export const TraineeAnswer = z.object({ file: z.string(), specification: Specification }).strict();
export type TraineeAnswer = z.infer<typeof TraineeAnswer>;

/** A file in the folder that is not a readable answer, and why. */
export const RefusedAnswer = z.object({ file: z.string(), reason: z.string() }).strict();
export type RefusedAnswer = z.infer<typeof RefusedAnswer>;

/** The most answer files a trainer's folder is read for at once. */
export const maxAnswerFiles = 300;

export const ClassAnswers = z
  .object({
    folder: z.string(),
    answers: z.array(TraineeAnswer).max(maxAnswerFiles),
    refused: z.array(RefusedAnswer),
  })
  .strict();
export type ClassAnswers = z.infer<typeof ClassAnswers>;

/** A reference answer the trainer keeps apart from the course pack, chosen at check time. */
export const ReferenceFile = z.object({ path: z.string(), specification: Specification }).strict();
export type ReferenceFile = z.infer<typeof ReferenceFile>;

/** The trainer's exports of a checked class: where the overview (XLSX) and each trainee's feedback (DOCX) were written. */
export const ClassExport = z.object({ overviewPath: z.string(), feedbackPaths: z.array(z.string()) }).strict();
export type ClassExport = z.infer<typeof ClassExport>;
