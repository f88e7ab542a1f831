/**
 * The words of the tender document in the document's language (which may
 * differ from the UI language), from shared/i18n/docx.<lang>.json.
 */
import { catalogues } from '../i18n/catalogues';
import type { DocumentLanguage } from '../specification/model/common';

export type TextValues = Readonly<Record<string, string | number>>;

/** Looks a text up by its dotted key and fills its {{placeholders}}. */
export type Texts = (key: string, values?: TextValues) => string;

/**
 * The document texts of one language. A missing key is a programming error
 * (the catalogue test checks that every language has every key), so it
 * throws rather than print the key into a tender document.
 */
export function documentTexts(language: DocumentLanguage): Texts {
  const root: unknown = catalogues[language].docx;
  return (key, values = {}) => {
    let node = root;
    for (const part of key.split('.')) {
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== 'string') throw new Error(`The document text "${key}" is missing for "${language}"`);
    return node.replace(/\{\{(\w+)\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
  };
}
