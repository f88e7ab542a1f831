/**
 * The quality of a supplier's answers, checked before the response goes
 * out: a binding requirement answered "no" or "does not comply", an
 * attachment asked for and not given (or named and not attached), a value
 * outside the requirement's bounds, an answer of the wrong kind, and a
 * binding requirement left unanswered. Each finding is typed, names the
 * requirement, and has its wording in Swedish, Norwegian and English.
 */
import type { DocumentLanguage } from '../specification/model/common';
import { formatNumberInText as formatNumber } from '../format/numbers';
import { isBinding, type Requirement } from '../specification/model/requirements';
import type { Specification } from '../specification/model';
import { answerMisfit, type Answer } from './answers';

export type AnswerFinding =
  | { kind: 'mandatory-not-met'; requirementId: string; answer: 'no' | 'does-not-comply' }
  | { kind: 'attachment-missing'; requirementId: string; fileName: string | null }
  | { kind: 'value-out-of-range'; requirementId: string; value: number; min: number | null; max: number | null }
  | { kind: 'answer-does-not-fit'; requirementId: string }
  | { kind: 'mandatory-unanswered'; requirementId: string };
export type AnswerFindingKind = AnswerFinding['kind'];

/** Findings that stop a tender from qualifying come first (a binding "no", then a binding unanswered), then the rest. */
const severityOrder: Record<AnswerFindingKind, number> = {
  'mandatory-not-met': 0,
  'mandatory-unanswered': 1,
  'attachment-missing': 2,
  'value-out-of-range': 3,
  'answer-does-not-fit': 4,
};

export interface AnswerCheckInput {
  specification: Pick<Specification, 'requirements'>;
  answers: Readonly<Record<string, Answer>>;
  /** The names of the files attached so far; when given, an attachment answer whose file is not among them is a finding. */
  attachedFiles?: ReadonlySet<string>;
}

function checkOne(requirement: Requirement, answer: Answer | undefined, attachedFiles: ReadonlySet<string> | undefined): AnswerFinding[] {
  const requirementId = requirement.id;
  const binding = isBinding(requirement.obligation);
  const type = requirement.answerType;
  if (answer === undefined) {
    if (type.kind === 'attachment') return [{ kind: 'attachment-missing', requirementId, fileName: null }];
    return binding ? [{ kind: 'mandatory-unanswered', requirementId }] : [];
  }
  const misfit = answerMisfit(type, answer);
  if (misfit !== null) {
    if ((misfit.reason === 'below-minimum' || misfit.reason === 'above-maximum') && type.kind === 'number') {
      return [{ kind: 'value-out-of-range', requirementId, value: misfit.value, min: type.min ?? null, max: type.max ?? null }];
    }
    return [{ kind: 'answer-does-not-fit', requirementId }];
  }
  if (binding && answer.kind === 'yes-no' && !answer.value) return [{ kind: 'mandatory-not-met', requirementId, answer: 'no' }];
  if (binding && answer.kind === 'compliance' && answer.complies === 'no') return [{ kind: 'mandatory-not-met', requirementId, answer: 'does-not-comply' }];
  if (answer.kind === 'attachment' && attachedFiles !== undefined && !attachedFiles.has(answer.file.fileName)) {
    return [{ kind: 'attachment-missing', requirementId, fileName: answer.file.fileName }];
  }
  if (binding && answer.kind === 'text' && answer.text.trim() === '') return [{ kind: 'mandatory-unanswered', requirementId }];
  return [];
}

/** Every finding on the answers, the ones that disqualify first, then in the specification's requirement order. */
export function checkAnswers(input: AnswerCheckInput): AnswerFinding[] {
  const findings = input.specification.requirements.flatMap((requirement) => checkOne(requirement, input.answers[requirement.id], input.attachedFiles));
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityOrder[a.finding.kind] - severityOrder[b.finding.kind] || a.index - b.index)
    .map(({ finding }) => finding);
}

/** True for findings that make a tender fail a binding requirement. */
export function isDisqualifying(finding: AnswerFinding): boolean {
  return finding.kind === 'mandatory-not-met' || finding.kind === 'mandatory-unanswered';
}

function bounds(finding: Extract<AnswerFinding, { kind: 'value-out-of-range' }>, language: DocumentLanguage): string {
  const n = (value: number): string => formatNumber(value, language, 6);
  const words = { sv: ['minst', 'högst', 'mellan', 'och'], nb: ['minst', 'høyst', 'mellom', 'og'], en: ['at least', 'at most', 'between', 'and'] }[language];
  if (finding.min !== null && finding.max !== null) return `${words[2]} ${n(finding.min)} ${words[3]} ${n(finding.max)}`;
  if (finding.min !== null) return `${words[0]} ${n(finding.min)}`;
  return `${words[1]} ${n(finding.max ?? 0)}`;
}

/**
 * The finding in words, in Swedish, Norwegian or English. `label` is how the
 * requirement is named to the reader (its number, say); its id otherwise.
 */
export function answerFindingMessage(finding: AnswerFinding, language: DocumentLanguage, label: string = finding.requirementId): string {
  switch (finding.kind) {
    case 'mandatory-not-met': {
      const said = { sv: finding.answer === 'no' ? '”nej”' : '”uppfylls inte”', nb: finding.answer === 'no' ? '«nei»' : '«oppfylles ikke»', en: finding.answer === 'no' ? '"no"' : '"does not comply"' }[language];
      return {
        sv: `${label} är ett ska-krav och besvaras med ${said}: anbudet kan förkastas.`,
        nb: `${label} er et skal-krav og besvares med ${said}: tilbudet kan bli avvist.`,
        en: `${label} is mandatory and is answered ${said}: the tender may be rejected.`,
      }[language];
    }
    case 'mandatory-unanswered':
      return {
        sv: `${label} är ett ska-krav och saknar svar.`,
        nb: `${label} er et skal-krav og mangler svar.`,
        en: `${label} is mandatory and has no answer.`,
      }[language];
    case 'attachment-missing':
      if (finding.fileName === null) {
        return {
          sv: `${label} begär en bilaga, och ingen är bifogad.`,
          nb: `${label} ber om et vedlegg, og ingen er lagt ved.`,
          en: `${label} asks for an attachment, and none is attached.`,
        }[language];
      }
      return {
        sv: `${label}: bilagan ”${finding.fileName}” är namngiven men inte bifogad.`,
        nb: `${label}: vedlegget «${finding.fileName}» er navngitt, men ikke lagt ved.`,
        en: `${label}: the attachment "${finding.fileName}" is named but not attached.`,
      }[language];
    case 'value-out-of-range':
      return {
        sv: `${label}: värdet ${formatNumber(finding.value, language, 6)} ligger utanför det tillåtna (${bounds(finding, language)}).`,
        nb: `${label}: verdien ${formatNumber(finding.value, language, 6)} ligger utenfor det tillatte (${bounds(finding, language)}).`,
        en: `${label}: the value ${formatNumber(finding.value, language, 6)} is outside what is allowed (${bounds(finding, language)}).`,
      }[language];
    case 'answer-does-not-fit':
      return {
        sv: `${label}: svaret passar inte kravets svarstyp.`,
        nb: `${label}: svaret passer ikke kravets svartype.`,
        en: `${label}: the answer does not fit the requirement's answer type.`,
      }[language];
  }
}
