import { describe, expect, it } from 'vitest';
import { catalogues, lookup } from '../../shared/i18n/catalogues';
import { uiLanguages } from '../../shared/languages';

function flatten(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') {
    out.set(prefix, node);
    return out;
  }
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    for (const [k, v] of flatten(value, prefix === '' ? key : `${prefix}.${key}`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('UI text catalogues', () => {
  const reference = flatten(catalogues.en);

  for (const language of uiLanguages) {
    const entries = flatten(catalogues[language]);

    it(`${language} has exactly the keys of every other language`, () => {
      const missing = [...reference.keys()].filter((key) => !entries.has(key));
      const extra = [...entries.keys()].filter((key) => !reference.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${language} has no empty texts and the same placeholders as English`, () => {
      for (const [key, text] of entries) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
      }
    });
  }

  it('Swedish and Norwegian are translated, not copies of English', () => {
    // Product names and runtime versions read the same in every language.
    const languageNeutral = new Set(['about.runtime', 'about.runtimeNode']);
    const en = flatten(catalogues.en);
    for (const language of ['sv', 'nb'] as const) {
      const same = [...flatten(catalogues[language])].filter(([key, text]) => !languageNeutral.has(key) && en.get(key) === text && text.length > 20);
      expect(same.map(([key]) => key), language).toEqual([]);
    }
  });

  it('lookup fills placeholders and returns the key when a text is missing', () => {
    expect(lookup(catalogues.sv, 'about.version', { version: '1.2.3' })).toBe('Version 1.2.3');
    expect(lookup(catalogues.nb, 'cli.unknownCommand', { command: 'x' })).toContain('«x»');
    expect(lookup(catalogues.en, 'no.such.key')).toBe('no.such.key');
  });
});
