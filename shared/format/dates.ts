/** Dates written the way a language writes them: in the tender document, and calendar dates in the UI. */
import { localeOf } from '../languages';
import type { DocumentLanguage } from '../specification/model/common';

/** A calendar date (ISO yyyy-mm-dd) written out, e.g. "1 september 2026". */
export function formatIsoDate(isoDate: string, language: DocumentLanguage): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The export date, in the computer's time zone. */
export function formatExportDate(date: Date, language: DocumentLanguage): string {
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long' }).format(date);
}

/** A calendar date (ISO yyyy-mm-dd) in the language's short words ("31 Dec 2027", "31 dec. 2027"), read as a date, not a moment. */
export function formatCalendarDate(isoDate: string, language: DocumentLanguage): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
