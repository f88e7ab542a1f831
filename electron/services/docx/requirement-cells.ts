/**
 * The cells of a requirement row: number and id, text with its parameters
 * filled in, obligation in the language's words (Ska/Bör, Skal/Bør,
 * Shall/Should) with its points or deduction, and how compliance is shown.
 */
import type { Currency, DocumentLanguage, Requirement } from '../../../shared/specification/model';
import { fillParameters } from '../../../shared/templates/instantiate';
import { formatMoney, formatNumber } from '../../../shared/format/numbers';
import type { Texts } from './labels';
import { textIn } from '../../../shared/text/localised';
import { oneLine } from './sanitise';
import { type CellContent, cellParagraph, textCell } from './tables';

export interface RowContext {
  language: DocumentLanguage;
  primary: DocumentLanguage;
  currency: Currency;
  t: Texts;
  /** Standard id → how it is named in the document. */
  standardNames: ReadonlyMap<string, string>;
}

/** The requirement's text in the export language (else the primary one), parameters filled in. */
export function requirementText(requirement: Requirement, language: DocumentLanguage, primary: DocumentLanguage): string {
  const values = Object.fromEntries(requirement.parameters.map((parameter) => [parameter.name, parameter.value]));
  return fillParameters(textIn(requirement.text, language, [primary]), values);
}

export function numberCell(number: string, requirement: Requirement): CellContent {
  return [cellParagraph(number, { bold: true }), cellParagraph(oneLine(requirement.id), { size: 16 })];
}

/** The text, and the standards it refers to. */
export function textCellOf(requirement: Requirement, context: RowContext): CellContent {
  const paragraphs = [...textCell(requirementText(requirement, context.language, context.primary))];
  if (requirement.standards.length > 0) {
    const names = requirement.standards.map((id) => context.standardNames.get(id) ?? id).join(', ');
    paragraphs.push(cellParagraph(oneLine(context.t('requirements.standards', { standards: names })), { italics: true, size: 17 }));
  }
  return paragraphs;
}

export function obligationWord(requirement: Requirement, t: Texts): string {
  return t(`obligation.${requirement.obligation}`);
}

/** "Ska", or "Bör" with the points or deduction it can earn. */
export function obligationCell(requirement: Requirement, context: RowContext): CellContent {
  const paragraphs = [cellParagraph(obligationWord(requirement, context.t), { bold: true })];
  const evaluation = requirement.obligation === 'evaluated' ? requirement.evaluation : undefined;
  if (evaluation?.points !== undefined) {
    paragraphs.push(cellParagraph(context.t('requirements.points', { points: formatNumber(evaluation.points, context.language) }), { size: 17 }));
  }
  if (evaluation?.deduction !== undefined) {
    paragraphs.push(cellParagraph(context.t('requirements.deduction', { amount: formatMoney(evaluation.deduction, context.currency, context.language) }), { size: 17 }));
  }
  return paragraphs;
}

export function verificationCell(requirement: Requirement, t: Texts): CellContent {
  const method = requirement.verification.method === null ? t('verification.none') : t(`verification.${requirement.verification.method}`);
  return [...textCell(method), ...textCell(requirement.verification.description ?? '')];
}
