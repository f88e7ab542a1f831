import { z } from 'zod';
import { AnswerType } from './answer-types';
import { Amount, IsoDateTime, ItemId, LocalisedText, SortOrder } from './common';

/**
 * Mandatory (sv ska-krav, nb skal-krav), evaluated (sv bör-krav, nb bør-krav:
 * an award criterion), or both at once: a minimum every tender must meet that
 * is also scored for how far it goes beyond it (nb "AV", sv ska- och bör-krav,
 * en shall and should).
 */
export const obligations = ['mandatory', 'evaluated', 'minimum-and-evaluated'] as const;
export const Obligation = z.enum(obligations);
export type Obligation = z.infer<typeof Obligation>;

/**
 * What the requirement is about: the supplier's qualification (selection
 * criterion), the service itself (the specification proper) or the contract
 * (a contract performance condition).
 */
export const requirementRoles = ['qualification', 'specification', 'contract'] as const;
export const RequirementRole = z.enum(requirementRoles);
export type RequirementRole = z.infer<typeof RequirementRole>;

export const verificationMethods = [
  'declaration',
  'documentation',
  'demonstration',
  'test',
  'reference',
  'certificate',
  'inspection',
] as const;
export const VerificationMethod = z.enum(verificationMethods);
export type VerificationMethod = z.infer<typeof VerificationMethod>;

/** How the supplier proves compliance (sv verifikat, nb dokumentasjonskrav); method null until chosen. */
export const Verification = z
  .object({
    method: VerificationMethod.nullable(),
    description: z.string().optional(),
  })
  .strict();
export type Verification = z.infer<typeof Verification>;

export const parameterTypes = ['number', 'text', 'duration', 'percentage', 'time'] as const;
export const ParameterType = z.enum(parameterTypes);
export type ParameterType = z.infer<typeof ParameterType>;

/**
 * A value the buyer sets inside a requirement text, such as an availability
 * percentage or a fix time. The text refers to it by `name` (e.g.
 * `{availability}`); `value` stays null until the buyer decides.
 */
export const RequirementParameter = z
  .object({
    name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'A parameter name starts with a lower-case letter and has only letters and digits'),
    type: ParameterType,
    unit: z.string().optional(),
    value: z.union([z.string(), z.number(), z.null()]),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict();
export type RequirementParameter = z.infer<typeof RequirementParameter>;

/** Ambition: a level most suppliers meet, a higher one, or what only the leaders offer. */
export const requirementLevels = ['basic', 'advanced', 'leading'] as const;
export const RequirementLevel = z.enum(requirementLevels);
export type RequirementLevel = z.infer<typeof RequirementLevel>;

/**
 * Whether the requirement should be traced to needs. `linked` means it should
 * be (its `needIds` say which; an empty list is a gap the review points out);
 * `not-needed` means it deliberately stands alone, for example a legal or
 * formal requirement, and `tracingReason` says why.
 */
export const tracingStates = ['linked', 'not-needed'] as const;
export const Tracing = z.enum(tracingStates);
export type Tracing = z.infer<typeof Tracing>;

/** Where a requirement came from when it was taken from a template pack. */
export const Provenance = z
  .object({
    packId: z.string(),
    requirementId: z.string(),
    packVersion: z.string(),
  })
  .strict();
export type Provenance = z.infer<typeof Provenance>;

/** A quality-checker finding the user chose to dismiss, with the reason kept in the document. */
export const DismissedFinding = z
  .object({
    ruleId: z.string(),
    reason: z.string(),
    at: IsoDateTime,
  })
  .strict();
export type DismissedFinding = z.infer<typeof DismissedFinding>;

/**
 * How an evaluated (or minimum-and-evaluated) requirement counts in the
 * award: points under weighted points, or a fictitious price deduction (sv
 * mervärdesavdrag, nb fradrag) in the procurement's currency under value
 * deduction. Ignored for mandatory requirements (kept so that switching
 * obligation back and forth loses nothing).
 */
export const RequirementEvaluation = z
  .object({
    points: z.number().nonnegative().optional(),
    deduction: Amount.optional(),
  })
  .strict();
export type RequirementEvaluation = z.infer<typeof RequirementEvaluation>;

/**
 * The buyer's own number for a requirement, as the tender prints it
 * ("K3", "F12", "1.11"): used where its section numbers requirements by
 * fixed numbers (SectionNumbering 'fixed'), typically after an import.
 */
export const FixedRequirementNumber = z
  .string()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._\-/]{0,19}$/u, 'A requirement number is 1–20 letters, digits, ".", "_", "-" or "/", starting with a letter or digit');

/**
 * One requirement of the specification. Its texts (text, title aside, and
 * the response instruction) are rich text: a CommonMark subset with
 * paragraphs, bulleted and numbered lists, emphasis and cross-references
 * written as a link to `ref:` and the other requirement's id
 * (`[K1](ref:REQ-ID)`), which always prints that requirement's current
 * number (shared/text/rich-text.ts).
 */
export const Requirement = z
  .object({
    id: ItemId,
    sectionId: ItemId,
    order: SortOrder,
    title: LocalisedText.optional().describe('A short name for the requirement, printed before its text ("Single sign-on").'),
    fixedNumber: FixedRequirementNumber.optional().describe("The buyer's own number, printed where the section uses fixed numbers."),
    text: LocalisedText,
    responseInstruction: LocalisedText.optional().describe(
      'What the tenderer must answer, describe or attach for this requirement (nb "Krav til besvarelse"); printed under the requirement and in the response form.',
    ),
    obligation: Obligation.describe(
      'mandatory: must be met (ska-krav, skal-krav); evaluated: scored in the award (bör-krav, bør-krav); minimum-and-evaluated: must be met and is also scored.',
    ),
    role: RequirementRole.describe('qualification: on the supplier; specification: on the service; contract: a contract condition.'),
    verification: Verification,
    answerType: AnswerType,
    parameters: z.array(RequirementParameter),
    level: RequirementLevel.describe('Ambition: basic, advanced or leading.'),
    standards: z.array(z.string()).describe('Ids in the standards catalogue (templates/), e.g. "en-301-549".'),
    needIds: z.array(ItemId),
    tracing: Tracing.describe('linked: traced to the needs in `needIds`; not-needed: stands alone for the reason in `tracingReason`.'),
    tracingReason: z.string(),
    provenance: Provenance.nullable().describe('The template pack requirement this one was taken from, if any.'),
    dismissedFindings: z.array(DismissedFinding),
    notes: z.string(),
    evaluation: RequirementEvaluation.optional().describe('Points or value deduction, for evaluated requirements.'),
  })
  .strict()
  .meta({ id: 'Requirement' });
export type Requirement = z.infer<typeof Requirement>;

/** True for a requirement that is scored in the award: evaluated, or minimum-and-evaluated. */
export function isScored(obligation: Obligation): boolean {
  return obligation !== 'mandatory';
}

/** True for a requirement every tender must meet: mandatory, or minimum-and-evaluated. */
export function isBinding(obligation: Obligation): boolean {
  return obligation !== 'evaluated';
}
