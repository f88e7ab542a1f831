/**
 * The supplier's answering screen, the pure part: the buyer's requirements
 * grouped by section with the numbers the tender document prints, an answer
 * set or cleared, what counts as answered, an answer put in words for the
 * offer from a profile, and the findings worded with requirement numbers.
 * The screen calls these; the tests call them directly.
 */
import { formatIsoDate } from '../format/dates';
import { formatNumber } from '../format/numbers';
import type { LocalisedText, Requirement, Specification } from '../specification/model';
import type { DocumentLanguage } from '../specification/model/common';
import { numberAsExported, type NumberedSection } from '../specification/numbering';
import { textIn } from '../text/localised';
import type { Answer } from './answers';
import type { ResponseDraft } from './work';

/** One heading of the answering screen and the requirements under it, in the tender document's order. */
export interface ResponseGroup {
  key: string;
  /** The section number as the tender document prints it ("4.2"); '' for a group with no section. */
  number: string;
  /** Null for requirements outside any section. */
  title: LocalisedText | null;
  level: number;
  requirements: { requirement: Requirement; number: string }[];
}

function flatten(section: NumberedSection, into: ResponseGroup[]): void {
  if (section.requirements.length > 0) {
    into.push({ key: section.section?.id ?? `orphans-${section.number}`, number: section.number, title: section.section?.title ?? null, level: section.level, requirements: section.requirements });
  }
  for (const child of section.children) flatten(child, into);
}

/** The requirements to answer, section by section, with the numbers the buyer's document prints. */
export function responseGroups(specification: Specification): ResponseGroup[] {
  const numbering = numberAsExported(specification);
  const groups: ResponseGroup[] = [];
  for (const chapter of numbering.chapters) flatten(chapter, groups);
  for (const chapter of [numbering.qualification, numbering.contract]) {
    if (chapter === null) continue;
    for (const group of chapter.groups) {
      if (group.requirements.length === 0) continue;
      groups.push({ key: `${chapter.role}-${group.section?.id ?? group.number}`, number: group.number, title: group.section?.title ?? null, level: 2, requirements: group.requirements });
    }
  }
  return groups;
}

/** The response with this requirement's answer set, or removed when `answer` is null. */
export function withAnswer<R extends ResponseDraft>(response: R, requirementId: string, answer: Answer | null): R {
  const answers = Object.fromEntries(Object.entries(response.answers).filter(([id]) => id !== requirementId));
  if (answer !== null) answers[requirementId] = answer;
  return { ...response, answers };
}

/** Whether an answer says something: a text answer of white space only, or no option chosen, is not an answer yet. */
export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (answer.kind === 'text') return answer.text.trim() !== '';
  if (answer.kind === 'choice') return answer.selected.length > 0;
  return true;
}

/** How many of the specification's requirements the response answers. */
export function answeredCount(specification: Pick<Specification, 'requirements'>, response: Pick<ResponseDraft, 'answers'>): number {
  return specification.requirements.filter((requirement) => isAnswered(response.answers[requirement.id])).length;
}

/** A requirement's text in the reader's language when the specification has it, else in its primary language. */
export function specificationText(text: LocalisedText | undefined, language: DocumentLanguage, specification: Pick<Specification, 'primaryLanguage'>): string {
  return textIn(text, language, [specification.primaryLanguage]);
}

type Words = Record<'yes' | 'no' | 'complies' | 'addition' | 'doesNotComply' | 'from', string>;
const words: Record<DocumentLanguage, Words> = {
  sv: { yes: 'ja', no: 'nej', complies: 'uppfylls', addition: 'uppfylls med tillägg', doesNotComply: 'uppfylls inte', from: 'från' },
  nb: { yes: 'ja', no: 'nei', complies: 'oppfylles', addition: 'oppfylles med tillegg', doesNotComply: 'oppfylles ikke', from: 'fra' },
  en: { yes: 'yes', no: 'no', complies: 'complies', addition: 'complies with an addition', doesNotComply: 'does not comply', from: 'from' },
};

/** An answer in a few words, for the offer of a profile's answer ("yes", "99,9 %", "complies from 1 March 2027"). */
export function answerInWords(answer: Answer, language: DocumentLanguage): string {
  const w = words[language];
  switch (answer.kind) {
    case 'yes-no':
      return answer.value ? w.yes : w.no;
    case 'compliance': {
      const state = answer.complies === 'yes' ? w.complies : answer.complies === 'addition' ? w.addition : w.doesNotComply;
      return answer.from === undefined ? state : `${state} ${w.from} ${formatIsoDate(answer.from, language)}`;
    }
    case 'number':
      return `${formatNumber(answer.value, language, 6)} ${answer.unit}`.trim();
    case 'choice':
      return answer.selected.join(', ');
    case 'date':
      return answer.to === undefined ? formatIsoDate(answer.from, language) : `${formatIsoDate(answer.from, language)} – ${formatIsoDate(answer.to, language)}`;
    case 'text':
      return answer.text.length > 120 ? `${answer.text.slice(0, 119)}…` : answer.text;
    case 'attachment':
      return answer.file.fileName;
  }
}
