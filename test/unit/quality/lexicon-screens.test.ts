/**
 * The checker skips a word list's full pattern when a quick screen says the
 * text cannot hold any of its phrases. The screen must never hide a match:
 * on texts made of the lists' own phrases — in other cases, glued to digits
 * and hyphens, with letters that fold to ASCII under Unicode case rules
 * (ſ, K, İ) — a list finds exactly what its full pattern finds.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentLanguage } from '../../../shared/specification/model/common';
import { findAll, lexicon, listMatches, listOccursIn, listPattern, type PhraseList } from '../../../shared/quality/lexicon';
import { seededRandom } from '../../support/varied-requirements';

const languages: readonly DocumentLanguage[] = ['sv', 'nb', 'en'];

function phraseLists(language: DocumentLanguage): PhraseList[] {
  const words = lexicon(language);
  return (Object.keys(words) as (keyof typeof words)[]).filter((key): key is PhraseList => Array.isArray(words[key]));
}

describe('word-list screens', () => {
  // Mostly the engine compiling every list once more for texts beyond Latin-1 (ſ, K, İ): seconds on a quiet machine, room for a loaded one.
  it('never hide a match of any list, in any language', { timeout: 120_000 }, () => {
    const random = seededRandom(3);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const oddCase = (text: string): string =>
      [...text]
        .map((c) => {
          const roll = random();
          if (roll < 0.2) return c.toUpperCase();
          if (roll < 0.25 && c === 's') return 'ſ';
          if (roll < 0.25 && c === 'k') return '\u212a';
          if (roll < 0.25 && c === 'i') return 'İ';
          return c;
        })
        .join('');
    const glue = ['', ' ', '  ', '-', '5', '.', ', ', '\n', '/', '(', 'x'];
    let matched = 0;
    const hidden: string[] = [];
    for (const language of languages) {
      const lists = phraseLists(language);
      const phrases = lists.flatMap((list) => lexicon(language)[list].map((phrase) => phrase.replace(/\*$/u, pick(['', 'a', 'ade', '-x']))));
      for (let round = 0; round < 150; round += 1) {
        const text = Array.from({ length: 1 + Math.floor(random() * 6) }, () => `${pick(glue)}${oddCase(pick(phrases))}`).join(pick(glue));
        for (const list of lists) {
          const expected = findAll(text, listPattern(language, list));
          const found = listMatches(text, language, list);
          const same = found.length === expected.length && found.every((m, at) => m.start === expected[at]?.start && m.end === expected[at]?.end);
          if (!same || listOccursIn(text, language, list) !== expected.length > 0) hidden.push(`${language} ${list}: ${JSON.stringify(text)}`);
          matched += expected.length;
        }
      }
    }
    expect(hidden).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });
});
