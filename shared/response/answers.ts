/**
 * A supplier's answer to one requirement, one shape per answer type of the
 * specification (shared/specification/model/answer-types.ts). Answers hold
 * what the supplier says, never a score: the buyer scores from their own
 * specification.
 */
import { z } from 'zod';
import { IsoDate } from '../specification/model/common';
import type { AnswerType } from '../specification/model/answer-types';
import { sha256Pattern } from './fingerprint';

/**
 * The name of a file the supplier attaches, as stored under `attachments/`:
 * a plain name, never a path — no slash, backslash, NUL or other control
 * character, not "." or "..", at most 200 characters.
 */
export const AttachmentFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\\p{Cc}]/u.test(name), 'An attachment name is a plain file name: no "/", "\\" or control characters')
  .refine((name) => name !== '.' && name !== '..', 'An attachment name cannot be "." or ".."');
export type AttachmentFileName = z.infer<typeof AttachmentFileName>;

export const Sha256Hex = z.string().regex(sha256Pattern, 'A SHA-256 is 64 lower-case hexadecimal characters');

/** A file that backs an answer: its name and the SHA-256 of its bytes. */
export const EvidenceFile = z.object({ fileName: AttachmentFileName, sha256: Sha256Hex }).strict();
export type EvidenceFile = z.infer<typeof EvidenceFile>;

/** The compliance answer of real tenders: yes (from `from` when given), no, or only with an addition priced in the price annex. */
export const complianceStates = ['yes', 'no', 'addition'] as const;
export const ComplianceState = z.enum(complianceStates);
export type ComplianceState = z.infer<typeof ComplianceState>;

const comment = z.string().max(20_000).optional().describe('Where the tender describes it, or a short explanation.');

export const Answer = z
  .discriminatedUnion('kind', [
    /** For yes-no and confirmation requirements. */
    z.object({ kind: z.literal('yes-no'), value: z.boolean(), comment }).strict(),
    z.object({ kind: z.literal('compliance'), complies: ComplianceState, from: IsoDate.optional(), comment }).strict(),
    z.object({ kind: z.literal('number'), value: z.number().finite(), unit: z.string().max(100), comment }).strict(),
    z.object({ kind: z.literal('choice'), selected: z.array(z.string().max(2_000)).max(1_000), comment }).strict(),
    z.object({ kind: z.literal('date'), from: IsoDate, to: IsoDate.optional(), comment }).strict(),
    z.object({ kind: z.literal('text'), text: z.string().max(200_000) }).strict(),
    z.object({ kind: z.literal('attachment'), file: EvidenceFile, comment }).strict(),
  ])
  .meta({ id: 'Answer' });
export type Answer = z.infer<typeof Answer>;
export type AnswerShape = Answer['kind'];

/** The answer shape a requirement's answer type asks for. */
export function answerShapeFor(answerType: AnswerType): AnswerShape {
  switch (answerType.kind) {
    case 'yes-no':
    case 'confirmation':
      return 'yes-no';
    default:
      return answerType.kind;
  }
}

/** Why an answer does not fit its requirement's answer type; null when it fits. */
export type AnswerMisfit =
  | { reason: 'wrong-kind'; expected: AnswerShape; found: AnswerShape }
  | { reason: 'below-minimum'; value: number; min: number }
  | { reason: 'above-maximum'; value: number; max: number }
  | { reason: 'unknown-option'; option: string }
  | { reason: 'too-many-options'; count: number }
  | { reason: 'too-long'; length: number; maxLength: number }
  | { reason: 'period-reversed'; from: string; to: string };

/**
 * Checks an answer against the answer type it answers: the kind, a number
 * within the requirement's bounds, choices among its options (one unless
 * several are allowed), a text within its length, a period that ends after
 * it starts.
 */
export function answerMisfit(answerType: AnswerType, answer: Answer): AnswerMisfit | null {
  const expected = answerShapeFor(answerType);
  if (answer.kind !== expected) return { reason: 'wrong-kind', expected, found: answer.kind };
  if (answerType.kind === 'number' && answer.kind === 'number') {
    if (answerType.min !== undefined && answer.value < answerType.min) return { reason: 'below-minimum', value: answer.value, min: answerType.min };
    if (answerType.max !== undefined && answer.value > answerType.max) return { reason: 'above-maximum', value: answer.value, max: answerType.max };
  }
  if (answerType.kind === 'choice' && answer.kind === 'choice') {
    const unknown = answer.selected.find((option) => !answerType.options.includes(option));
    if (unknown !== undefined) return { reason: 'unknown-option', option: unknown };
    if (!answerType.multiple && answer.selected.length > 1) return { reason: 'too-many-options', count: answer.selected.length };
  }
  if (answerType.kind === 'text' && answer.kind === 'text' && answerType.maxLength !== undefined && answer.text.length > answerType.maxLength) {
    return { reason: 'too-long', length: answer.text.length, maxLength: answerType.maxLength };
  }
  if (answer.kind === 'date' && answer.to !== undefined && answer.to < answer.from) return { reason: 'period-reversed', from: answer.from, to: answer.to };
  return null;
}

/** An English sentence for a misfit, for logs and the command line. */
export function describeMisfit(misfit: AnswerMisfit): string {
  switch (misfit.reason) {
    case 'wrong-kind':
      return `the answer is of kind "${misfit.found}" where the requirement asks for "${misfit.expected}"`;
    case 'below-minimum':
      return `the value ${misfit.value} is below the minimum ${misfit.min}`;
    case 'above-maximum':
      return `the value ${misfit.value} is above the maximum ${misfit.max}`;
    case 'unknown-option':
      return `"${misfit.option.slice(0, 80)}" is not one of the requirement's options`;
    case 'too-many-options':
      return `${misfit.count} options are chosen where one is allowed`;
    case 'too-long':
      return `the text has ${misfit.length} characters, more than ${misfit.maxLength}`;
    case 'period-reversed':
      return `the period ends (${misfit.to}) before it starts (${misfit.from})`;
  }
}

/**
 * Whether an answer meets its requirement: a yes, compliance (today, from a
 * date, or with a priced addition), a value within bounds, any choice, date,
 * text or attachment given. Unanswered is not met.
 */
export function answerMeets(answerType: AnswerType, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (answerMisfit(answerType, answer) !== null) return false;
  switch (answer.kind) {
    case 'yes-no':
      return answer.value;
    case 'compliance':
      return answer.complies !== 'no';
    case 'choice':
      return answer.selected.length > 0;
    case 'text':
      return answer.text.trim() !== '';
    default:
      return true;
  }
}
