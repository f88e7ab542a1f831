/**
 * What the course screens and the main process say to each other: a course
 * pack read from a file (shipped or chosen), a trainee's answer started from an
 * exercise, and a folder of trainees' answers read for the trainer, with the
 * files that could not be read named and explained.
 */
import { z } from 'zod';
import { UiLanguage } from '../languages';
import { Specification } from '../specification/model/specification';
import { Course } from './model';

/** A course pack and the file it was read from (the window may name that file again). */
export const CourseFile = z.object({ path: z.string(), course: Course }).strict();
export type CourseFile = z.infer<typeof CourseFile>;

/** Starts a trainee's answer to one exercise of a course pack the window was handed. */
export const ExerciseStart = z
  .object({
    coursePath: z.string().min(1).max(4096),
    exerciseId: z.string().min(1).max(100),
    /** The UI language: the answer is written in it when the exercise is given in it. */
    language: UiLanguage,
  })
  .strict();
export type ExerciseStart = z.infer<typeof ExerciseStart>;

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
