/**
 * Reading numbers and dates the way people type them, and writing them the
 * way each locale does: amounts ("1 200 000", "1.200.000", "1,2 milj",
 * "1,200,000.50", "€ 140 000"), month counts, and calendar dates (ISO or day
 * first). Pure, so the rules are unit-tested; the builder's fields show the
 * problem and commit nothing until the text reads as a value the document
 * schema accepts.
 */
import { localeOf, type UiLanguage } from './languages';

export type NumberProblem = 'notANumber' | 'negative' | 'notWhole';

export type Parsed = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

/** Words for "million" a buyer might add after an amount. */
const millionWords = /\s*(?:m|mn|mnkr|mkr|milj|miljon|miljoner|mill|million|millioner|millions)\.?$/i;
const thousandWords = /\s*(?:k|tkr|tusen|thousand)\.?$/i;
/** Currency codes and signs that may stand before or after the figure. */
const currencyWords = /^(?:sek|nok|eur|kr|kr\.|€)\s*|(?<![a-z])\s*(?:sek|nok|eur|kr|kr\.|:-|€)$/gi;

function decimalSeparator(language: UiLanguage): string {
  return new Intl.NumberFormat(localeOf[language]).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/**
 * The value of an amount typed in the language's conventions; empty text is
 * null (not estimated). A single separator followed by exactly three digits
 * is a thousands separator unless it is the language's decimal sign; where
 * both "," and "." appear, the last one is the decimal sign.
 */
export function parseAmount(text: string, language: UiLanguage): Parsed {
  let rest = text.trim().replace(currencyWords, '').trim();
  if (rest === '') return { ok: true, value: null };
  let factor = 1;
  if (millionWords.test(rest)) {
    factor = 1_000_000;
    rest = rest.replace(millionWords, '');
  } else if (thousandWords.test(rest)) {
    factor = 1_000;
    rest = rest.replace(thousandWords, '');
  }
  // Spaces of every kind (Intl uses no-break and narrow no-break spaces) and apostrophes group digits.
  rest = rest.replace(/[\s\u00a0\u202f']/g, '').replace(/^[\u2212\u2013]/, '-');
  if (rest.startsWith('-')) return /^-[\d.,]+$/.test(rest) ? { ok: false, problem: 'negative' } : { ok: false, problem: 'notANumber' };
  if (!/^\d(?:[\d.,]*\d)?$/.test(rest)) return { ok: false, problem: 'notANumber' };

  const commas = rest.split(',').length - 1;
  const points = rest.split('.').length - 1;
  let decimal: string | null = null;
  if (commas > 0 && points > 0) decimal = rest.lastIndexOf(',') > rest.lastIndexOf('.') ? ',' : '.';
  else if (commas + points === 1) {
    const separator = commas === 1 ? ',' : '.';
    const after = rest.length - rest.indexOf(separator) - 1;
    decimal = separator === decimalSeparator(language) || after !== 3 ? separator : null;
  }
  const [whole = '', fraction] = decimal === null ? [rest] : [rest.slice(0, rest.lastIndexOf(decimal)), rest.slice(rest.lastIndexOf(decimal) + 1)];
  // Grouped digits come in threes after the first group: "1.200.000", not "1.2.3".
  const groups = whole.split(/[.,]/);
  if (groups.slice(1).some((group) => group.length !== 3) || groups[0] === '') return { ok: false, problem: 'notANumber' };
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return { ok: false, problem: 'notANumber' };
  const wholeDigits = groups.join('');
  const value = Number(`${wholeDigits}.${fraction ?? '0'}`) * factor;
  if (!Number.isFinite(value)) return { ok: false, problem: 'notANumber' };
  // Öre and cents at most; "1,2 milj" must not come out as 1199999.9999998.
  return { ok: true, value: Math.round(value * 100) / 100 };
}

/**
 * A number as typed in the UI language (see `parseAmount`: "12,5", "1 250 000",
 * "1,250,000.5"); null for anything else. Negative numbers come back as they
 * are, so the schema check below can say they are out of range.
 */
export function parseDecimal(text: string, language: UiLanguage): number | null {
  const trimmed = text.trim().replace(/^[\u2212\u2013]/, '-');
  const negative = trimmed.startsWith('-');
  const parsed = parseAmount(negative ? trimmed.slice(1) : trimmed, language);
  if (!parsed.ok || parsed.value === null) return null;
  return negative ? -parsed.value : parsed.value;
}

/** A whole number of months; empty text is null. */
export function parseMonths(text: string): Parsed {
  const rest = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (rest === '') return { ok: true, value: null };
  if (/^[-\u2212]\d/.test(rest)) return { ok: false, problem: 'negative' };
  if (/^\d+[.,]\d+$/.test(rest)) return { ok: false, problem: 'notWhole' };
  if (!/^\d+$/.test(rest)) return { ok: false, problem: 'notANumber' };
  return { ok: true, value: Number(rest) };
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A calendar date as typed, in ISO form (2026-03-01) or day first as Norwegian
 * and British users write it (1.3.2026, 01/03/2026, 1-3-2026). Empty means
 * "no date". Returns the ISO date the document stores.
 */
export function parseLocalDate(text: string): { ok: true; value: string | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const parts = iso !== null ? [iso[1], iso[2], iso[3]] : dayFirst !== null ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  if (parts === null) return { ok: false };
  const value = isoDate(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  return value === null ? { ok: false } : { ok: true, value };
}

/** An ISO date written the way the locale writes dates in figures (2026-03-01, 01.03.2026, 01/03/2026); '' for none. */
export function formatLocalDate(iso: string | null, locale: string): string {
  if (iso === null) return '';
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
