/**
 * The answer matrix: the requirement matrix (XLSX or semicolon CSV) a buyer
 * sends to suppliers who do not use Kravstudio, filled in and read back as
 * the same answers a `.kravsvar` holds. This module is the part both
 * directions share and that needs no file: the words a cell may hold in the
 * document's language, the hint that tells a supplier what to enter, and
 * how one filled cell becomes an Answer (or why it cannot).
 *
 * The matrix names the specification it answers by id and fingerprint
 * (shared/response/fingerprint.ts) in a very hidden sheet (XLSX) or its
 * first row (CSV), so a filled matrix is checked like a `.kravsvar`.
 */
import { catalogues, lookup } from '../i18n/catalogues';
import type { UiLanguage } from '../languages';
import { uiLanguages } from '../languages';
import { IsoDate } from '../specification/model/common';
import type { AnswerType } from '../specification/model/answer-types';
import { complianceStates, type Answer, type ComplianceState } from './answers';

export const answerMatrixFormat = 'kravstudio-answer-matrix';
/** The layout version of the matrix; a reader refuses a newer one. */
export const answerMatrixVersion = 1;

/** A filled cell as read: text, a number, a truth value, a date, or empty. */
export type MatrixCellValue = string | number | boolean | Date | null;

/** The matrix's words in a document language. */
export function matrixWord(language: UiLanguage, key: string, values: Record<string, string | number> = {}): string {
  return lookup(catalogues[language], `answerMatrix.${key}`, values);
}

/** The yes/no labels of the drop-down, in the document language: [yes, no]. */
export function yesNoLabels(language: UiLanguage): [string, string] {
  return [matrixWord(language, 'yes'), matrixWord(language, 'no')];
}

/** The compliance labels of the drop-down, in the order of `complianceStates`. */
export function complianceLabels(language: UiLanguage): string[] {
  return complianceStates.map((state) => matrixWord(language, `complies.${state}`));
}

function formatBound(value: number, language: UiLanguage): string {
  return language === 'en' ? String(value) : String(value).replace('.', ',');
}

/** What a supplier enters for an answer type, in one sentence: the drop-down's prompt and the CSV's format column. */
export function answerHint(answerType: AnswerType, language: UiLanguage): string {
  switch (answerType.kind) {
    case 'yes-no':
    case 'confirmation':
      return matrixWord(language, 'hint.yesNo');
    case 'compliance':
      return matrixWord(language, 'hint.compliance');
    case 'number': {
      const unit = answerType.unit.trim() === '' ? '–' : answerType.unit;
      const min = answerType.min === undefined ? null : formatBound(answerType.min, language);
      const max = answerType.max === undefined ? null : formatBound(answerType.max, language);
      if (min !== null && max !== null) return matrixWord(language, 'hint.numberBetween', { unit, min, max });
      if (min !== null) return matrixWord(language, 'hint.numberMin', { unit, min });
      if (max !== null) return matrixWord(language, 'hint.numberMax', { unit, max });
      return matrixWord(language, 'hint.number', { unit });
    }
    case 'date':
      return matrixWord(language, answerType.period ? 'hint.period' : 'hint.date');
    case 'choice':
      return matrixWord(language, answerType.multiple ? 'hint.choices' : 'hint.choice', { options: answerType.options.join('; ') });
    case 'text':
      return answerType.maxLength === undefined ? matrixWord(language, 'hint.text') : matrixWord(language, 'hint.textMax', { max: answerType.maxLength });
    case 'attachment':
      return matrixWord(language, 'hint.attachment');
  }
}

/** A cell's value as the text a supplier sees, for messages (cut short). */
export function shownValue(value: MatrixCellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).replace(/\s+/g, ' ').trim().slice(0, 60);
}

const normalised = (text: string): string => text.normalize('NFC').trim().toLocaleLowerCase('sv');

/** Yes or no from a cell: a drop-down label in any of the languages, or a truth value; null when it is neither. */
export function yesNoOf(value: MatrixCellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const text = normalised(value);
  for (const language of uiLanguages) {
    const [yes, no] = yesNoLabels(language);
    if (text === normalised(yes)) return true;
    if (text === normalised(no)) return false;
  }
  return null;
}

/** A compliance state from a drop-down label in any of the languages; null otherwise. */
export function complianceOf(value: MatrixCellValue): ComplianceState | null {
  if (typeof value !== 'string') return null;
  const text = normalised(value);
  for (const language of uiLanguages) {
    const index = complianceLabels(language).findIndex((label) => normalised(label) === text);
    if (index >= 0) return complianceStates[index] ?? null;
  }
  return null;
}

/**
 * A number from a cell: a number, or text written as one ("12", "-3.5",
 * "12,5", "1 200,50" with spaces between thousands); null otherwise.
 */
export function numberOf(value: MatrixCellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[+-]?\d+([.,]\d+)?$/.test(text)) return null;
  const number = Number(text.replace(',', '.'));
  return Number.isFinite(number) ? number : null;
}

/** An ISO date (YYYY-MM-DD) from a cell: a date cell or such text; null otherwise. */
export function dateOf(value: MatrixCellValue): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const iso = value.toISOString().slice(0, 10);
    return IsoDate.safeParse(iso).success ? iso : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return IsoDate.safeParse(text).success ? text : null;
}

/** Why a filled cell is not an answer: a key under answerMatrix.read and its values. */
export interface MatrixValueProblem {
  key: 'notYesNo' | 'notCompliance' | 'notNumber' | 'notDate' | 'tooLong';
  values: Record<string, string | number>;
}

export type MatrixAnswerResult = { ok: true; answer: Answer | null } | { ok: false; problem: MatrixValueProblem };

/** The most characters a matrix cell can hold (Excel's own limit). */
export const maxMatrixCellLength = 32_767;

/**
 * One filled row as an Answer for the requirement's answer type: the
 * answer cell (empty: unanswered) and the comment cell. An attachment
 * cannot travel in a matrix, so its row is never an answer. Values are
 * read as they are; whether they fit the requirement's range or options is
 * checked afterwards, as for a `.kravsvar`.
 */
export function matrixAnswer(answerType: AnswerType, value: MatrixCellValue, commentCell: MatrixCellValue, language: UiLanguage): MatrixAnswerResult {
  if (answerType.kind === 'attachment') return { ok: true, answer: null };
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true, answer: null };
  const commentText = commentCell === null ? '' : commentCell instanceof Date ? shownValue(commentCell) : String(commentCell).trim();
  const comment = commentText === '' ? {} : { comment: commentText.slice(0, 20_000) };
  const shown = shownValue(value);
  switch (answerType.kind) {
    case 'yes-no':
    case 'confirmation': {
      const yes = yesNoOf(value);
      return yes === null ? { ok: false, problem: { key: 'notYesNo', values: { value: shown } } } : { ok: true, answer: { kind: 'yes-no', value: yes, ...comment } };
    }
    case 'compliance': {
      const complies = complianceOf(value);
      if (complies === null) return { ok: false, problem: { key: 'notCompliance', values: { value: shown, choices: complianceLabels(language).join(', ') } } };
      return { ok: true, answer: { kind: 'compliance', complies, ...comment } };
    }
    case 'number': {
      const number = numberOf(value);
      return number === null ? { ok: false, problem: { key: 'notNumber', values: { value: shown } } } : { ok: true, answer: { kind: 'number', value: number, unit: answerType.unit, ...comment } };
    }
    case 'date': {
      const date = dateOf(value);
      return date === null ? { ok: false, problem: { key: 'notDate', values: { value: shown } } } : { ok: true, answer: { kind: 'date', from: date, ...comment } };
    }
    case 'choice': {
      const text = value instanceof Date ? shownValue(value) : String(value);
      const selected = answerType.multiple
        ? text
            .split(/[;\n]/)
            .map((option) => option.trim())
            .filter((option) => option !== '')
        : [text.trim()];
      return { ok: true, answer: { kind: 'choice', selected: selected.slice(0, 1_000), ...comment } };
    }
    case 'text': {
      const text = value instanceof Date ? shownValue(value) : String(value);
      if (text.length > 200_000) return { ok: false, problem: { key: 'tooLong', values: { max: 200_000 } } };
      return { ok: true, answer: { kind: 'text', text } };
    }
  }
}
