/**
 * The one rule for reading a text written in several languages: take it in
 * the wanted language, else in each fallback language in turn, else in any
 * other language it has (Swedish, Norwegian, English). A language whose text
 * is missing, empty or only white space counts as not written. The text found
 * is returned as written; '' when no language has one.
 */
import { documentLanguages, type DocumentLanguage } from '../specification/model/common';

/** A text per language, as specifications, templates and catalogues hold them. */
export type TextPerLanguage = Partial<Record<DocumentLanguage, string>>;

const written = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

export function textIn(text: TextPerLanguage | undefined, language: DocumentLanguage, fallbacks: readonly DocumentLanguage[] = []): string {
  if (text === undefined) return '';
  for (const candidate of [language, ...fallbacks, ...documentLanguages]) {
    const value = text[candidate];
    if (written(value)) return value;
  }
  return '';
}
