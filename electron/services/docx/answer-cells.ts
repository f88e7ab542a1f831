/**
 * What the supplier's answer cell shows before it is filled in, by answer
 * type: tick boxes for yes/no and confirmations, a labelled place for a value
 * with its unit, a date or period, the options of a choice, room for text or
 * the name of an attached document.
 */
import type { AnswerType, DocumentLanguage } from '../../../shared/specification/model';
import { formatNumber } from './formatting';
import type { Texts } from './labels';
import { oneLine } from './sanitise';
import { type CellContent, type CellParagraph, cellParagraph } from './tables';

const box = '\u2610';

function boxed(label: string): CellParagraph {
  return cellParagraph(`${box} ${oneLine(label)}`);
}

function prompt(text: string): CellParagraph {
  return cellParagraph(oneLine(text), { italics: true });
}

/** A cell the supplier fills in, with a prompt saying what goes there (a blank cell reads as layout, not as a field). */
export function fillInCell(text: string): CellContent {
  return [prompt(text)];
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
      return [boxed(t('answer.yes')), boxed(t('answer.no'))];
    case 'confirmation':
      return [boxed(t('answer.confirm'))];
    case 'number':
      return [prompt(bounds(answer, language, t))];
    case 'text':
      return [prompt(answer.maxLength === undefined ? t('answer.text') : t('answer.textLimited', { max: formatNumber(answer.maxLength, language) }))];
    case 'choice':
      return [prompt(answer.multiple ? t('answer.chooseSeveral') : t('answer.chooseOne')), ...answer.options.map((option) => boxed(option))];
    case 'date':
      return answer.period ? [prompt(t('answer.periodFrom')), prompt(t('answer.periodTo'))] : [prompt(t('answer.date'))];
    case 'attachment': {
      const what = answer.description === undefined || oneLine(answer.description) === '' ? [] : [prompt(t('answer.attachmentWhat', { description: oneLine(answer.description) }))];
      return [...what, prompt(t('answer.attachmentName'))];
    }
  }
}
