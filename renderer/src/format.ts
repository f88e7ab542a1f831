/** Dates, times and file names in the UI language's locale (sv-SE, nb-NO, en-GB); numbers are in shared/format/numbers.ts. */
import { localeOf, type UiLanguage } from '../../shared/languages';

/** "12:04" today; "27 nov. 12:04" (per locale) on other days. */
export function formatSavedTime(language: UiLanguage, iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(localeOf[language], sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(date);
}

export function formatDateTime(language: UiLanguage, iso: string): string {
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function fileNameOf(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

export function folderOf(filePath: string): string {
  const parts = filePath.split(/[\\/]/);
  parts.pop();
  return parts.join(filePath.includes('\\') ? '\\' : '/');
}
