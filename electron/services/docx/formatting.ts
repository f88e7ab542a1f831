/** Numbers, money and dates written the way the document's language writes them. */
import { localeOf } from '../../../shared/languages';
import type { Currency, DocumentLanguage } from '../../../shared/specification/model';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Number formats are slow to make and used thousands of times in a large document: keep them. */
function numberFormat(language: DocumentLanguage, minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${language}:${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(localeOf[language], { minimumFractionDigits, maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, language: DocumentLanguage, decimals = 2): string {
  return numberFormat(language, 0, decimals).format(value);
}

/** Points with exactly two decimals, so that the columns of a worked example line up. */
export function formatPoints(value: number, language: DocumentLanguage): string {
  return numberFormat(language, 2, 2).format(value);
}

export function formatMoney(value: number, currency: Currency, language: DocumentLanguage): string {
  return `${formatNumber(value, language)} ${currency}`;
}

/** A share (0–1) as a percentage. */
export function formatShare(share: number, language: DocumentLanguage): string {
  return new Intl.NumberFormat(localeOf[language], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A weight given in per cent (0–100). */
export function formatPercent(percent: number, language: DocumentLanguage): string {
  return formatShare(percent / 100, language);
}

/** A calendar date (ISO yyyy-mm-dd) written out, e.g. "1 september 2026". */
export function formatIsoDate(isoDate: string, language: DocumentLanguage): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The export date, in the computer's time zone. */
export function formatDate(date: Date, language: DocumentLanguage): string {
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long' }).format(date);
}
