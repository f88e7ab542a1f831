/**
 * Rich text in the plan: a source parsed (shared/text/rich-text.ts) with its
 * cross-references resolved to the current number of the requirement they
 * name. A reference whose requirement no longer exists prints a visible
 * marker, and the preflight lists it so the buyer can fix it before sending.
 */
import { parseRichText, type RichBlock, type RichInline } from '../text/rich-text';
import type { PlanContext } from './plan-context';
import type { PlanGoTo, PlanInline, PlanRichBlock, PlanRichText } from './plan-types';

/** Where a rich text is printed, for the preflight: the place as the document names it, and where to fix it. */
export interface RichTextOwner {
  place: string;
  goTo: PlanGoTo;
}

function resolveInline(inline: RichInline, context: PlanContext, owner: RichTextOwner): PlanInline {
  if (inline.kind !== 'crossReference') return inline;
  const number = context.numbering.numberOf.get(inline.requirementId);
  if (number !== undefined) return { kind: 'reference', requirementId: inline.requirementId, text: number, missing: false };
  const marker = context.t('requirements.missingReference');
  context.note({ code: 'reference.missingTarget', category: 'inconsistent', place: owner.place, printed: marker, goTo: owner.goTo });
  return { kind: 'reference', requirementId: inline.requirementId, text: marker, missing: true };
}

function resolveBlock(block: RichBlock, context: PlanContext, owner: RichTextOwner): PlanRichBlock {
  if (block.kind === 'paragraph') return { kind: 'paragraph', inlines: block.inlines.map((inline) => resolveInline(inline, context, owner)) };
  return { kind: 'list', ordered: block.ordered, start: block.start, items: block.items.map((item) => item.map((child) => resolveBlock(child, context, owner))) };
}

/** The source as the plan prints it: parsed, with every cross-reference reading as its target's current number. */
export function planRichText(source: string, context: PlanContext, owner: RichTextOwner): PlanRichText {
  return parseRichText(source).map((block) => resolveBlock(block, context, owner));
}

function inlineText(inline: PlanInline): string {
  return inline.kind === 'lineBreak' ? '\n' : inline.text;
}

function plainLines(blocks: PlanRichText, out: string[]): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      out.push(...block.inlines.map(inlineText).join('').split('\n'));
      continue;
    }
    block.items.forEach((item, index) => {
      const lines: string[] = [];
      plainLines(item, lines);
      const [first = '', ...rest] = lines;
      out.push(`${block.ordered ? `${block.start + index}.` : '•'} ${first}`, ...rest.map((line) => `  ${line}`));
    });
  }
}

/** The rich text as plain lines (list items with their "•" or number), for formats and checks without formatting. */
export function planPlainText(content: PlanRichText): string {
  const lines: string[] = [];
  plainLines(content, lines);
  return lines.join('\n');
}
