/**
 * What the supplier's answer cell shows before it is filled in, by answer
 * type: tick boxes for yes/no and confirmations, a labelled field for a value
 * with its unit, a date or period, the options of a choice as tick boxes, a
 * field for text or the name of an attached document. The boxes and fields
 * are Word content controls (see tables.ts).
 */
import type { AnswerType, DocumentLanguage } from '../../../shared/specification/model';
import { formatNumber } from '../../../shared/format/numbers';
import type { Texts } from './labels';
import { oneLine } from './sanitise';
import { type CellContent, type CellParagraph, cellField, cellParagraph, cellTickBox } from './tables';

function prompt(text: string): CellParagraph {
  return cellParagraph(oneLine(text), { italics: true });
}

/** A field after its label ("Värde (kr):"); the field is titled with the label less its colon. */
function labelledField(label: string, t: Texts): CellParagraph {
  return cellField(label.replace(/:\s*$/, ''), label, t('answer.placeholder'));
}

/**
 * A cell the supplier fills in: a field after `label`, titled `title` (the
 * label by default). A blank cell would read as layout, not as a place to answer.
 */
export function fillInCell(t: Texts, label: string, title?: string): CellContent {
  return title === undefined ? [labelledField(label, t)] : [cellField(title, label, t('answer.placeholder'))];
}

function bounds(answer: Extract<AnswerType, { kind: 'number' }>, language: DocumentLanguage, t: Texts): string {
  const unit = oneLine(answer.unit);
  const { min, max } = answer;
  if (min !== undefined && max !== undefined) return t('answer.numberBetween', { unit, min: formatNumber(min, language), max: formatNumber(max, language) });
  if (min !== undefined) return t('answer.numberAtLeast', { unit, min: formatNumber(min, language) });
  if (max !== undefined) return t('answer.numberAtMost', { unit, max: formatNumber(max, language) });
  return unit === '' ? t('answer.numberPlain') : t('answer.number', { unit });
}

/** The empty answer cell for a requirement of this answer type. */
export function answerCell(answer: AnswerType, language: DocumentLanguage, t: Texts): CellContent {
  switch (answer.kind) {
    case 'yes-no':
      return [cellTickBox(t('answer.yes')), cellTickBox(t('answer.no'))];
    case 'confirmation':
      return [cellTickBox(t('answer.confirm'))];
    case 'number':
      return [labelledField(bounds(answer, language, t), t)];
    case 'text':
      return [labelledField(answer.maxLength === undefined ? t('answer.text') : t('answer.textLimited', { max: formatNumber(answer.maxLength, language) }), t)];
    case 'choice':
      return [prompt(answer.multiple ? t('answer.chooseSeveral') : t('answer.chooseOne')), ...answer.options.map((option) => cellTickBox(option))];
    case 'date':
      return answer.period ? [labelledField(t('answer.periodFrom'), t), labelledField(t('answer.periodTo'), t)] : [labelledField(t('answer.date'), t)];
    case 'attachment': {
      const what = answer.description === undefined || oneLine(answer.description) === '' ? [] : [prompt(t('answer.attachmentWhat', { description: oneLine(answer.description) }))];
      return [...what, labelledField(t('answer.attachmentName'), t)];
    }
  }
}
