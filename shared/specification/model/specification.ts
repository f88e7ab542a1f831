import { z } from 'zod';
import { Buyer } from './buyer';
import { DocumentLanguage, IsoDateTime, Jurisdiction } from './common';
import { checkConsistency } from './consistency';
import { EvaluationModel } from './evaluation';
import { Goal, MarketDialogueEntry, Need, Stakeholder, UserGroup } from './needs';
import { Procurement } from './procurement';
import { Requirement } from './requirements';
import { Section } from './sections';
import { Attachment, GlossaryEntry, Revision } from './supporting';

/** The format name every specification file carries, so that other JSON is told apart. */
export const specificationFormat = 'kravstudio-specification';

/** The schema version this build writes. Older versions are migrated when read. */
export const currentSchemaVersion = 4;

/** How the user has assessed one innovation criterion: met, not applicable, or still open. */
export const innovationCriterionStatuses = ['met', 'not-applicable', 'open'] as const;
export const InnovationCriterionStatus = z.enum(innovationCriterionStatuses);
export type InnovationCriterionStatus = z.infer<typeof InnovationCriterionStatus>;

/** One criterion of the innovation-criteria catalogue as the user assessed it, with what shows it. */
export const InnovationChecklistEntry = z
  .object({
    criterionId: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'A criterion id is a catalogue slug, such as "open-standards"').describe('The id of a criterion in the innovation-criteria catalogue.'),
    status: InnovationCriterionStatus,
    evidence: z.string().describe('Where the specification shows the criterion is met, or why it does not apply.'),
  })
  .strict();
export type InnovationChecklistEntry = z.infer<typeof InnovationChecklistEntry>;

/** The course pack and exercise a trainee's answer belongs to (ids as in the `.kravkurs` file). */
export const CourseExerciseLink = z
  .object({
    courseId: z.string().min(1).max(100).describe('The id of the course pack.'),
    exerciseId: z.string().min(1).max(100).describe('The id of the exercise in the course pack.'),
  })
  .strict();
export type CourseExerciseLink = z.infer<typeof CourseExerciseLink>;

/**
 * The shape of a specification document, field by field, without the checks
 * that relate fields to each other. The key order here is the key order of
 * saved files.
 */
export const SpecificationShape = z
  .object({
    format: z.literal(specificationFormat).describe('Always "kravstudio-specification".'),
    schemaVersion: z.literal(currentSchemaVersion).describe('The version of this file format.'),
    id: z.uuid().describe('Identifies the document across renames and copies.'),
    title: z.string(),
    jurisdiction: Jurisdiction,
    languages: z.array(DocumentLanguage).min(1).describe('The languages the document is written in, each once.'),
    primaryLanguage: DocumentLanguage.describe('The language the document is drafted in; one of `languages`.'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    buyer: Buyer,
    procurement: Procurement,
    background: z.string().describe('Why the procurement is made: the organisation, its strategy, what prompted it.'),
    currentSituation: z.string().describe('How the work is done today and what does not work.'),
    stakeholders: z.array(Stakeholder),
    userGroups: z.array(UserGroup),
    needs: z.array(Need),
    goals: z.array(Goal),
    marketDialogue: z.array(MarketDialogueEntry),
    sections: z.array(Section).describe('The outline, as a flat list of sections that name their parent.'),
    requirements: z.array(Requirement),
    evaluation: EvaluationModel,
    glossary: z.array(GlossaryEntry),
    attachments: z.array(Attachment),
    revisions: z.array(Revision).describe('The change history, oldest first.'),
    innovationChecklist: z
      .array(InnovationChecklistEntry)
      .optional()
      .describe('The innovation criteria (templates/innovation-criteria.json) the user has assessed, each at most once.'),
    courseExercise: CourseExerciseLink.optional().describe('Set when the specification is a trainee\'s answer to a course exercise: which course and exercise.'),
  })
  .strict();
export type SpecificationShape = z.infer<typeof SpecificationShape>;

/**
 * A requirement specification (sv kravspecifikation, nb kravspesifikasjon):
 * the document a buyer writes and Kravstudio saves, checks and exports.
 * Lenient about what a draft leaves empty, strict about shape, and checked
 * as a whole: ids unique, references resolvable, the section tree a tree,
 * the organisation number and the procedure right for the jurisdiction.
 */
export const Specification = SpecificationShape.superRefine(checkConsistency);
export type Specification = z.infer<typeof Specification>;
