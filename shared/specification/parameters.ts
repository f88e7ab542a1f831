/**
 * The values a buyer sets inside a requirement text ({availability},
 * {supportStart}, …), read and written per type and language: a time of day
 * ("07:30", "7.30", "0730", "7"), a duration or a number given in its unit
 * ("4", "1,5", "1 000", "4 timmar"), a percentage (0–100 unless the parameter
 * says otherwise) and free text. Pure: the requirement editor, the live
 * preview and the tender document all read values through here, so a value
 * reads the same everywhere.
 */
import { formatEditable, formatNumberInText } from '../format/numbers';
import { unitName } from '../format/units';
import { localeOf } from '../languages';
import { parseDecimal } from '../locale-input';
import type { DocumentLanguage } from './model/common';
import type { ParameterType, RequirementParameter } from './model/requirements';

/** What a parameter's value must be: its type and, for numbers, its bounds and unit. */
export interface ParameterRule {
  type: ParameterType;
  unit?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
}

/** Why a typed value is not taken; the UI turns it into a sentence. */
export type ParameterProblem =
  | { kind: 'notANumber' }
  | { kind: 'notATime' }
  | { kind: 'belowMin'; min: number }
  | { kind: 'aboveMax'; max: number }
  | { kind: 'outOfRange'; min: number; max: number };

export type ParameterValue = RequirementParameter['value'];

export type ParsedParameter = { ok: true; value: ParameterValue } | { ok: false; problem: ParameterProblem };

/** Whether the parameter holds a number (a count, a duration in its unit, a percentage). */
export function isNumericParameter(type: ParameterType): boolean {
  return type === 'number' || type === 'duration' || type === 'percentage';
}

/** The bounds a value must keep: the parameter's own, and 0–100 for a percentage that sets none. */
export function parameterBounds(rule: ParameterRule): { min: number | undefined; max: number | undefined } {
  if (rule.type === 'percentage') return { min: rule.min ?? 0, max: rule.max ?? 100 };
  if (isNumericParameter(rule.type)) return { min: rule.min, max: rule.max };
  return { min: undefined, max: undefined };
}

/** The problem with a number against the bounds, or undefined when it fits. */
function boundsProblem(value: number, rule: ParameterRule): ParameterProblem | undefined {
  const { min, max } = parameterBounds(rule);
  const below = min !== undefined && value < min;
  const above = max !== undefined && value > max;
  if (!below && !above) return undefined;
  if (min !== undefined && max !== undefined) return { kind: 'outOfRange', min, max };
  return below && min !== undefined ? { kind: 'belowMin', min } : { kind: 'aboveMax', max: max ?? value };
}

// ---------------------------------------------------------------- time of day

/**
 * A time of day as typed, in the stored form "HH:MM": "07:30", "7:30",
 * "7.30", "7,30", "0730", "730", "7", "kl. 7.30", "07.30 h"; null for
 * anything else ("25:00", "7:5", "half past seven").
 */
export function parseTimeOfDay(text: string): string | null {
  const rest = text
    .trim()
    .replace(/^(?:kl\.?|klockan|klokka|at)\s*/i, '')
    .replace(/\s*(?:h|hrs)$/i, '')
    .trim();
  const separated = /^(\d{1,2})[:.,h](\d{2})$/.exec(rest);
  const compact = /^(\d{3,4})$/.exec(rest);
  const hourOnly = /^(\d{1,2})$/.exec(rest);
  let hours: number;
  let minutes: number;
  if (separated !== null) {
    hours = Number(separated[1]);
    minutes = Number(separated[2]);
  } else if (compact !== null) {
    const digits = compact[1] ?? '';
    hours = Number(digits.slice(0, -2));
    minutes = Number(digits.slice(-2));
  } else if (hourOnly !== null) {
    hours = Number(hourOnly[1]);
    minutes = 0;
  } else return null;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const timeFormats = new Map<DocumentLanguage, Intl.DateTimeFormat>();

/** A stored time of day ("08:00") as the language writes it, on the 24-hour clock. */
export function formatTimeOfDay(time: string, language: DocumentLanguage): string {
  const parsed = parseTimeOfDay(time);
  if (parsed === null) return time.trim();
  let format = timeFormats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(localeOf[language], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
    timeFormats.set(language, format);
  }
  const [hours = 0, minutes = 0] = parsed.split(':').map(Number);
  return format.format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

// ---------------------------------------------------------------- numbers

/** A number with, after it, the unit's name in any of the languages ("4 timmar", "4 hours", "99,5 %"): the number part; the text as it is otherwise. */
function withoutUnit(text: string, unit: string | undefined): string {
  const trimmed = text.trim();
  const words = new Set<string>(['%']);
  if (unit !== undefined && unit.trim() !== '') {
    for (const language of ['sv', 'nb', 'en'] as const) {
      words.add(unitName(unit, language, 1).toLowerCase());
      words.add(unitName(unit, language).toLowerCase());
    }
  }
  const match = /^([-\u2212\u2013]?[\d\s.,\u00a0\u202f']*\d)\s*([^\d\s.,].*)$/u.exec(trimmed);
  if (match === null) return trimmed;
  const [, number = '', after = ''] = match;
  return words.has(after.trim().toLowerCase()) ? number : trimmed;
}

// ---------------------------------------------------------------- reading and writing

/**
 * A value typed into a parameter's field, in the UI language: the value to
 * store (a number for numeric types, "HH:MM" for a time, the text for text;
 * null when the field is emptied), or what is wrong with it.
 */
export function parseParameterValue(text: string, rule: ParameterRule, language: DocumentLanguage): ParsedParameter {
  if (text.trim() === '') return { ok: true, value: null };
  if (rule.type === 'text') return { ok: true, value: text };
  if (rule.type === 'time') {
    const time = parseTimeOfDay(text);
    return time === null ? { ok: false, problem: { kind: 'notATime' } } : { ok: true, value: time };
  }
  const value = parseDecimal(withoutUnit(text, rule.unit), language);
  if (value === null) return { ok: false, problem: { kind: 'notANumber' } };
  const problem = boundsProblem(value, rule);
  return problem === undefined ? { ok: true, value } : { ok: false, problem };
}

/**
 * What is wrong with a value already stored (a document written by hand or by
 * an older version: 150 for a percentage, 16 for a time, "abc" for a number);
 * undefined when it is fine or not set.
 */
export function storedValueProblem(value: ParameterValue, rule: ParameterRule): ParameterProblem | undefined {
  if (value === null || value === '') return undefined;
  if (rule.type === 'text') return undefined;
  if (rule.type === 'time') return timeOf(value) === null ? { kind: 'notATime' } : undefined;
  const number = typeof value === 'number' ? value : parseDecimal(withoutUnit(value, rule.unit), 'en');
  if (number === null) return typeof value === 'string' ? undefined : { kind: 'notANumber' };
  return boundsProblem(number, rule);
}

/** A stored time value as "HH:MM": the text read as a time, or a whole hour stored as a number (16 for 16:00). */
function timeOf(value: string | number): string | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 23 ? `${String(value).padStart(2, '0')}:00` : null;
  return parseTimeOfDay(value);
}

/**
 * A stored value as it reads in a sentence of the language: "16:00", "99,5",
 * "1 000", the text as written. The unit is not added (the requirement text
 * carries it); null gives ''.
 */
export function formatParameterValue(value: ParameterValue, type: ParameterType, language: DocumentLanguage): string {
  if (value === null) return '';
  if (type === 'time') {
    const time = timeOf(value);
    return time === null ? String(value).trim() : formatTimeOfDay(time, language);
  }
  // In a sentence: "2027" stays a year, "12 000" and "99,7" read as the language writes them.
  if (typeof value === 'number') return formatNumberInText(value, language, 10);
  return value;
}

/** A stored value as the user would type it back into its field: numbers without grouping ("12,5", "5000"). */
export function editableParameterValue(value: ParameterValue, type: ParameterType, language: DocumentLanguage): string {
  if (typeof value === 'number' && type !== 'time') {
    // A formatter kept per language: the editor writes every field's value again on each keystroke.
    return formatEditable(value, language, 10);
  }
  return formatParameterValue(value, type, language);
}

/** The values of a requirement's parameters as they read in a sentence of the language, by name (null stays null: the placeholder shows). */
export function parameterTexts(parameters: readonly RequirementParameter[], language: DocumentLanguage): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const parameter of parameters) out[parameter.name] = parameter.value === null || parameter.value === '' ? null : formatParameterValue(parameter.value, parameter.type, language);
  return out;
}
