/**
 * A fact not decided yet, printed as a field for the buyer to fill in before
 * publishing: a Word content control titled "To fill in before publishing",
 * after the fact's label in bold, instead of a sentence such as "Not stated".
 */
import type { PlanFillIn } from '../../../shared/tender-document/plan-types';
import { escapeXml, PrewrittenBlock } from './prewritten';
import { oneLine } from './sanitise';
import { fieldXml } from './tables';

/** "Label: [field]", or the field alone when `label` is null. */
export function fillInParagraph(label: string | null, fillIn: PlanFillIn): PrewrittenBlock {
  const labelRun = label === null ? '' : `<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${escapeXml(`${oneLine(label)}: `)}</w:t></w:r>`;
  return new PrewrittenBlock(() => `<w:p>${labelRun}${fieldXml(oneLine(fillIn.title), oneLine(fillIn.placeholder))}</w:p>`);
}
