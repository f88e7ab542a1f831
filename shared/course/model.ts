/**
 * The course pack (`.kravkurs`): exercises for teaching requirement writing.
 * Each exercise has a case (the facts a buyer would have), a task, which
 * hints the trainee sees, optionally a specification to start from, the
 * reference answer (a format-3 specification) and a rubric that says, per
 * reference requirement, what a trainee's answer must contain and how it is
 * judged. The rubric is what the matching (matching.ts) reads.
 */
import { z } from 'zod';
import { DocumentLanguage, ItemId, LocalisedText } from '../specification/model/common';
import { Obligation, VerificationMethod } from '../specification/model/requirements';
import { migrateToCurrent } from '../specification/migrations';
import { Specification } from '../specification/model/specification';

/** The format name every course pack carries. */
export const courseFormat = 'kravstudio-course';

/** The course-pack format version this build writes. */
export const currentCourseVersion = 1;

/** How hard an exercise is: a single rewrite, a part of a specification, a whole one. */
export const exerciseLevels = ['introductory', 'intermediate', 'advanced'] as const;
export const ExerciseLevel = z.enum(exerciseLevels);
export type ExerciseLevel = z.infer<typeof ExerciseLevel>;

export const hintVisibilities = ['shown', 'hidden'] as const;
export const HintVisibility = z.enum(hintVisibilities);
export type HintVisibility = z.infer<typeof HintVisibility>;

/** Which of the app's own helps the trainee sees while writing; the trainer decides per exercise. */
export const HintsPolicy = z
  .object({
    checker: HintVisibility.describe('The quality checker in the editor.'),
    guidance: HintVisibility.describe("The library's guidance and the builder's 'why this matters'."),
    innovation: HintVisibility.describe('The innovation review.'),
  })
  .strict();
export type HintsPolicy = z.infer<typeof HintsPolicy>;

/** A word or phrase per language; a phrase matches when all its words are there. */
const Term = z.string().trim().min(1).max(200);
const TermList = z.array(Term).min(1).max(50);

/** The words that show one idea, with their synonyms, in each language the exercise is given in. */
export const ConceptTerms = z
  .object({
    sv: TermList.optional(),
    nb: TermList.optional(),
    en: TermList.optional(),
  })
  .strict();
export type ConceptTerms = z.infer<typeof ConceptTerms>;

export const Concept = z
  .object({
    terms: ConceptTerms.describe('Synonyms per language: any one of them shows the concept.'),
  })
  .strict();
export type Concept = z.infer<typeof Concept>;

/** What the trainee is told about one rubric item, per language. */
export const RubricFeedback = z
  .object({
    missing: LocalisedText.describe('Said when no trainee requirement covers the item.'),
    wrongObligation: LocalisedText.describe('Said when the matching requirement has another obligation than expected.'),
    notMeasurable: LocalisedText.describe('Said when the item must be measurable and the checker finds the matching requirement is not.'),
  })
  .strict();
export type RubricFeedback = z.infer<typeof RubricFeedback>;

/** One reference requirement as the rubric judges it. */
export const RubricItem = z
  .object({
    requirementId: ItemId.describe("The id of the requirement in the exercise's reference specification."),
    concepts: z.array(Concept).min(1).max(20).describe('The key ideas a requirement must hold to cover this one.'),
    obligation: Obligation.describe('The obligation expected.'),
    measurable: z.boolean().describe('Whether the requirement must be measurable (no vague quality words, a number and unit).'),
    verification: VerificationMethod.optional().describe('The verification method expected, if one is.'),
    weight: z.number().positive().max(100),
    feedback: RubricFeedback,
  })
  .strict();
export type RubricItem = z.infer<typeof RubricItem>;

/** A way of writing that the exercise wants the trainee to avoid, with what to say when it is found. */
export const AntiPattern = z
  .object({
    id: ItemId,
    terms: ConceptTerms.describe('Words or phrases per language; any one of them found in a requirement, its words together and in order, is a hit.'),
    message: LocalisedText,
  })
  .strict();
export type AntiPattern = z.infer<typeof AntiPattern>;

/** The facts of the case, each rich text in the exercise's languages. */
export const ExerciseCase = z
  .object({
    organisation: LocalisedText.describe('Who buys: the organisation, its size and its people.'),
    need: LocalisedText.describe('What they need and why.'),
    volumes: LocalisedText.describe('Users, cases, transactions, data: the numbers a supplier prices from.'),
    constraints: LocalisedText.describe('Law, budget, time, existing systems and agreements.'),
    attachments: z
      .array(z.object({ title: LocalisedText, text: LocalisedText }).strict())
      .max(20)
      .optional()
      .describe('Further material given with the case (an excerpt of a policy, a statistic), as text.'),
  })
  .strict();
export type ExerciseCase = z.infer<typeof ExerciseCase>;

/**
 * A specification inside a course pack (a starting point or a reference). A
 * pack outlives format versions, so an embedded specification of an older
 * version is brought up to the current one as a .kravspec file is, then
 * checked against the current model.
 */
const EmbeddedSpecification = z.preprocess((raw) => {
  const migrated = migrateToCurrent(raw);
  return migrated.ok ? migrated.document : raw;
}, Specification);

export const Exercise = z
  .object({
    id: ItemId,
    level: ExerciseLevel,
    languages: z.array(DocumentLanguage).min(1).describe('The languages the exercise is given in, each once.'),
    title: LocalisedText,
    case: ExerciseCase,
    task: LocalisedText.describe('What the trainee is asked to do (rich text).'),
    hints: HintsPolicy,
    startingSpecification: EmbeddedSpecification.optional().describe('A specification the trainee starts from and improves, if any.'),
    reference: EmbeddedSpecification.optional().describe(
      'The reference answer. A trainer who keeps references apart leaves it out and gives the reference file when checking.',
    ),
    rubric: z.array(RubricItem).min(1).max(500),
    antiPatterns: z.array(AntiPattern).max(100),
  })
  .strict();
export type Exercise = z.infer<typeof Exercise>;

const CourseShape = z
  .object({
    format: z.literal(courseFormat).describe('Always "kravstudio-course".'),
    formatVersion: z.literal(currentCourseVersion),
    id: ItemId,
    title: LocalisedText,
    licence: z.string().trim().min(1).max(200).describe('An SPDX licence id or the name of the licence the material is published under.'),
    authors: z.array(z.object({ name: z.string().min(1).max(200) }).strict()).max(50).optional(),
    exercises: z.array(Exercise).min(1).max(200),
  })
  .strict();

/** Where the rubric of an exercise does not fit its reference, or ids repeat; empty when all is well. */
export function rubricProblems(exercise: Exercise, reference: Specification | undefined = exercise.reference): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  if (new Set(exercise.languages).size !== exercise.languages.length) problems.push({ path: ['languages'], message: 'Each language is listed once' });
  const seen = new Set<string>();
  for (const [index, item] of exercise.rubric.entries()) {
    if (seen.has(item.requirementId)) problems.push({ path: ['rubric', index, 'requirementId'], message: `Requirement "${item.requirementId}" has two rubric items` });
    seen.add(item.requirementId);
    if (reference !== undefined && !reference.requirements.some((requirement) => requirement.id === item.requirementId)) {
      problems.push({ path: ['rubric', index, 'requirementId'], message: `The reference has no requirement "${item.requirementId}"` });
    }
    for (const [conceptIndex, concept] of item.concepts.entries()) {
      for (const language of exercise.languages) {
        if (concept.terms[language] === undefined) {
          problems.push({ path: ['rubric', index, 'concepts', conceptIndex, 'terms', language], message: `No terms in ${language}, a language of the exercise` });
        }
      }
    }
  }
  const antiPatternIds = new Set<string>();
  for (const [index, pattern] of exercise.antiPatterns.entries()) {
    if (antiPatternIds.has(pattern.id)) problems.push({ path: ['antiPatterns', index, 'id'], message: `Anti-pattern "${pattern.id}" is listed twice` });
    antiPatternIds.add(pattern.id);
  }
  return problems;
}

/**
 * A course pack: one or more exercises, published under a licence. Checked
 * as a whole: exercise ids unique, every rubric item pointing at a
 * requirement of the exercise's reference (when it holds one), each once,
 * and every concept with terms in each of the exercise's languages.
 */
export const Course = CourseShape.superRefine((course, context) => {
  const ids = new Set<string>();
  for (const [index, exercise] of course.exercises.entries()) {
    if (ids.has(exercise.id)) context.addIssue({ code: 'custom', path: ['exercises', index, 'id'], message: `Exercise "${exercise.id}" is listed twice` });
    ids.add(exercise.id);
    for (const problem of rubricProblems(exercise)) context.addIssue({ code: 'custom', path: ['exercises', index, ...problem.path], message: problem.message });
  }
});
export type Course = z.infer<typeof Course>;

/** The exercise with this id, if the course has it. */
export function exerciseById(course: Course, id: string): Exercise | undefined {
  return course.exercises.find((exercise) => exercise.id === id);
}
