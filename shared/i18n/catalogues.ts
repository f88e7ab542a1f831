/**
 * The UI text catalogues, one per language. English is the reference shape;
 * a unit test fails when any key is missing or extra in another language.
 */
import type { UiLanguage } from '../languages';
import docxEn from './docx.en.json' with { type: 'json' };
import docxNb from './docx.nb.json' with { type: 'json' };
import docxSv from './docx.sv.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };

/**
 * The texts of exported documents (DOCX) live in their own files, docx.<lang>.json,
 * under the key "docx"; they are checked for completeness like the UI texts.
 */
export type Catalogue = typeof en & { docx: typeof docxEn };

export const catalogues: Record<UiLanguage, Catalogue> = {
  sv: { ...sv, docx: docxSv },
  nb: { ...nb, docx: docxNb },
  en: { ...en, docx: docxEn },
};

/** Reads a dotted key ("menu.file") from a catalogue; returns the key itself when missing. */
export function lookup(catalogue: Catalogue, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return key;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
