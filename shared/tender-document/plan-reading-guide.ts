/**
 * The reading guide of the introduction ("How to read this specification"),
 * in the document language: what each obligation present in THIS document
 * means (minimum-and-evaluated included), how the requirements are numbered
 * (the buyer's own prefixes and fixed numbers where sections use them), the
 * kinds of answer this document asks for, and where the tenderer answers.
 */
import type { AnswerType, Obligation, Section } from '../specification/model';
import { obligations } from '../specification/model/requirements';
import { blank, type PlanContext } from './plan-context';
import type { PlanBlock } from './plan-types';

const answerKinds: readonly AnswerType['kind'][] = ['yes-no', 'confirmation', 'number', 'text', 'choice', 'date', 'attachment', 'compliance'];

type Scheme = NonNullable<Section['numbering']>;

/** The scheme a section numbers by: its own, else its parent's, automatic at the top. */
function schemeOf(sectionId: string, sections: ReadonlyMap<string, Section>): { scheme: Scheme; section: Section | null } {
  const seen = new Set<string>();
  let current = sections.get(sectionId);
  while (current !== undefined && !seen.has(current.id)) {
    if (current.numbering !== undefined) return { scheme: current.numbering, section: current };
    seen.add(current.id);
    current = current.parentId === null ? undefined : sections.get(current.parentId);
  }
  return { scheme: { scheme: 'automatic' }, section: null };
}

/** An example of the buyer's prefix numbers ("K1") and of fixed numbers ("1.11"), when the document uses them. */
function buyerNumbering(context: PlanContext): { prefix: string | null; fixed: string | null } {
  const sections = new Map(context.spec.sections.map((section) => [section.id, section]));
  let prefix: string | null = null;
  let fixed: string | null = null;
  for (const { requirement } of context.numbering.inOrder) {
    const { scheme } = schemeOf(requirement.sectionId, sections);
    if (scheme.scheme === 'prefix' && prefix === null) prefix = `${scheme.prefix.trim()}${scheme.start}`;
    if (scheme.scheme === 'fixed' && fixed === null && !blank(requirement.fixedNumber)) fixed = (requirement.fixedNumber ?? '').trim();
    if (prefix !== null && fixed !== null) break;
  }
  return { prefix, fixed };
}

export function readingGuide(context: PlanContext): PlanBlock[] {
  const { t } = context;
  const requirements = context.numbering.inOrder.map((item) => item.requirement);
  const key = (part: string): string => `introduction.readingGuide.${part}`;
  const blocks: PlanBlock[] = [{ kind: 'text', text: t(key('numbers')) }];
  const { prefix, fixed } = buyerNumbering(context);
  if (prefix !== null) blocks.push({ kind: 'text', text: t(key('numbersPrefix'), { example: prefix }) });
  if (fixed !== null) blocks.push({ kind: 'text', text: t(key('numbersFixed'), { example: fixed }) });

  const present = new Set<Obligation>(requirements.map((requirement) => requirement.obligation));
  // A document without requirements yet still says what Shall and Should mean.
  const explained = present.size === 0 ? (['mandatory', 'evaluated'] as const) : obligations.filter((obligation) => present.has(obligation));
  blocks.push({ kind: 'leadIn', text: t(key('obligationsIntro')) }, ...explained.map((obligation): PlanBlock => ({ kind: 'bullet', text: t(key(`obligation.${obligation}`)) })));

  const kinds = new Set(requirements.map((requirement) => requirement.answerType.kind));
  if (kinds.size > 0) {
    blocks.push({ kind: 'leadIn', text: t(key('answersIntro')) }, ...answerKinds.filter((kind) => kinds.has(kind)).map((kind): PlanBlock => ({ kind: 'bullet', text: t(key(`answer.${kind}`)) })));
  }
  if (requirements.some((requirement) => !blank(context.local(requirement.responseInstruction)))) blocks.push({ kind: 'text', text: t(key('instruction')) });
  blocks.push({ kind: 'text', text: t(key('where')) });
  return blocks;
}
