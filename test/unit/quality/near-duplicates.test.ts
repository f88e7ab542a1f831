/**
 * SET01 finds exactly the pairs that comparing every requirement with every
 * earlier one finds (test/support/naive-near-duplicates.ts): on random texts
 * made to sit around the threshold, on the shipped library's texts in each
 * language, and on large documents of adapted library texts.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentLanguage } from '../../../shared/specification/model/common';
import { nearDuplicates, wordsOf } from '../../../shared/quality/near-duplicates';
import { makeLargeSpecification } from '../../support/large-specification';
import { naiveNearDuplicates } from '../../support/naive-near-duplicates';
import { libraryRequirements, seededRandom, variedRequirementTexts } from '../../support/varied-requirements';

const languages: readonly DocumentLanguage[] = ['sv', 'nb', 'en'];

const withIds = (texts: readonly string[]): { id: string; text: string }[] => texts.map((text, index) => ({ id: `R${index + 1}`, text }));

/** Both passes over the same requirements, as sorted [requirement, earlier requirement] pairs. */
function bothPasses(requirements: readonly { id: string; text: string }[]): { found: [string, string][]; expected: [string, string][] } {
  const sorted = (pairs: Map<string, string>): [string, string][] => [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { found: sorted(nearDuplicates(requirements)), expected: sorted(naiveNearDuplicates(requirements)) };
}

/**
 * Random texts from a small vocabulary, most of them an earlier text with a
 * few words added, dropped or swapped, so that many pairs land just above or
 * just below the threshold. The vocabulary has words too short to count,
 * letters outside ASCII, digits, case and punctuation.
 */
function randomTexts(seed: number, count: number, vocabularySize: number, longest = 40): string[] {
  const random = seededRandom(seed);
  const base = ['ärende', 'Tjänsten', 'ska', 'ÖPPET', 'API', 'e-arkiv', 'log', 'öl', 'åtta', 'ID', '2026', '24', 'naïve', 'straße', 'ǅemal', '𝐀𝐁𝐂', 'a', 'i', 'xy'];
  const vocabulary = [...base, ...Array.from({ length: Math.max(0, vocabularySize - base.length) }, (_, index) => `ord${index}`)].slice(0, vocabularySize);
  const word = (): string => vocabulary[Math.floor(random() * vocabulary.length)] as string;
  const separator = (): string => [' ', ' ', ' ', ', ', '. ', ' – ', '/', '\n'][Math.floor(random() * 8)] as string;
  const texts: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    const earlier = texts[Math.floor(random() * texts.length)];
    let words: string[];
    if (earlier === undefined || random() < 0.3) {
      words = Array.from({ length: 1 + Math.floor(random() * longest) }, word);
    } else {
      words = [...earlier];
      // Up to three changes, or a tenth of a long text's words: pairs land on both sides of the threshold.
      const changes = Math.floor(random() * Math.max(4, words.length / 10));
      for (let change = 0; change < changes; change += 1) {
        const at = Math.floor(random() * (words.length + 1));
        const roll = random();
        if (roll < 0.35) words.splice(at, 0, word());
        else if (roll < 0.7) words.splice(at, 1);
        else if (roll < 0.85) words.splice(at, 1, word());
        else words = words.map((w) => (random() < 0.2 ? w.toUpperCase() : w));
      }
    }
    texts.push(words);
  }
  return texts.map((words) => words.map((w, at) => (at === 0 ? w : `${separator()}${w}`)).join('') + (random() < 0.5 ? '.' : ''));
}

describe('the words SET01 compares', () => {
  it('are the runs of letters and digits longer than two UTF-16 units, lower-cased, as splitting the text gives them', () => {
    const random = seededRandom(7);
    // ASCII, Nordic letters, digits from other scripts, astral letters, a lone surrogate, marks, punctuation, spaces.
    const alphabet = ['a', 'B', 'z', '0', '9', 'å', 'Ö', 'ß', 'İ', 'ǅ', '٣', '𝐀', '😀', '\ud800', '\u0301', '-', '.', ' ', '\u00a0', '/', '_', 'Σ'];
    for (let round = 0; round < 2000; round += 1) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(wordsOf(text)).toEqual(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2));
    }
  });
});

// The reference compares every pair: a few seconds per case on a quiet machine, so room for a loaded one.
describe('near-duplicates (SET01) against comparing every pair', { timeout: 60_000 }, () => {
  it('finds the same pairs in random texts around the threshold, for small and large vocabularies', () => {
    let pairs = 0;
    for (const [seed, vocabularySize] of [
      [1, 12],
      [2, 30],
      [3, 60],
      [4, 200],
      [5, 1000],
      [6, 25],
    ] as const) {
      const { found, expected } = bothPasses(withIds(randomTexts(seed, 600, vocabularySize)));
      expect(found).toEqual(expected);
      pairs += expected.length;
    }
    // The texts really test the pass: many pairs are found (and many just missed).
    expect(pairs).toBeGreaterThan(500);
  });

  it('finds the same pairs in long texts, where sets of more than a hundred words are found by their rarest words', () => {
    let pairs = 0;
    for (const [seed, vocabularySize, longest] of [
      [7, 3000, 260],
      [8, 400, 130],
      [9, 150, 120],
    ] as const) {
      const { found, expected } = bothPasses(withIds(randomTexts(seed, 300, vocabularySize, longest)));
      expect(found).toEqual(expected);
      pairs += expected.length;
    }
    expect(pairs).toBeGreaterThan(100);
  });

  it('finds the same pairs across the size where sets stop being split into parts', () => {
    const words = Array.from({ length: 130 }, (_, index) => `ord${index}`);
    const text = (from: number, count: number): string => words.slice(from, from + count).join(' ');
    for (let larger = 95; larger <= 125; larger += 1) {
      for (let smaller = 85; smaller <= larger; smaller += 1) {
        // The smaller set is the first words of the larger one: similar exactly when 10 · smaller ≥ 9 · larger.
        for (const pair of [
          [text(0, larger), text(0, smaller)],
          [text(0, smaller), text(0, larger)],
        ]) {
          const { found, expected } = bothPasses(withIds(pair));
          expect(found, `${larger} and ${smaller} words`).toEqual(expected);
        }
      }
    }
  });

  it('finds the same pairs in the shipped library, in each language and all languages together', () => {
    const library = libraryRequirements();
    for (const language of languages) {
      const { found, expected } = bothPasses(library.map((requirement) => ({ id: requirement.id, text: requirement.text[language] ?? '' })));
      expect(found).toEqual(expected);
    }
    const all = languages.flatMap((language) => library.map((requirement) => ({ id: `${language}:${requirement.id}`, text: requirement.text[language] ?? '' })));
    const { found, expected } = bothPasses(all);
    expect(found).toEqual(expected);
  });

  it('finds the same pairs in large documents of adapted library texts, and every deliberate near-copy', () => {
    for (const [index, language] of languages.entries()) {
      const varied = variedRequirementTexts(1500, language, 10 + index);
      const requirements = withIds(varied.map((v) => v.text));
      const { found, expected } = bothPasses(requirements);
      expect(found).toEqual(expected);
      // A near-copy is always flagged (it may pair with an even earlier text than the one it copies).
      const flagged = new Set(found.map(([id]) => id));
      const copies = varied.flatMap((v, at) => (v.copyOf === undefined ? [] : [`R${at + 1}`]));
      expect(copies.length).toBeGreaterThan(30);
      expect(copies.filter((id) => !flagged.has(id))).toEqual([]);
    }
  });

  it('finds the same pairs in the generated large document and in many copies of one text', () => {
    const spec = makeLargeSpecification(1200);
    for (const language of ['sv', 'en'] as const) {
      const { found, expected } = bothPasses(spec.requirements.map((r) => ({ id: r.id, text: r.text[language] ?? '' })));
      expect(found).toEqual(expected);
    }
    const same = 'Leverantören ska leverera en månatlig rapport om tillgänglighet, incidenter och ändringar till beställaren.';
    const copies = withIds([...Array.from({ length: 50 }, () => same), 'Kort text.', same.toUpperCase()]);
    const { found, expected } = bothPasses(copies);
    expect(found).toEqual(expected);
    expect(found).toHaveLength(50);
  });

  it('pairs a requirement with the earliest similar one, and leaves short and different texts alone', () => {
    const pairs = nearDuplicates(
      withIds([
        'Tjänsten ska kunna exportera samtliga ärenden i ett öppet format.',
        'Leverantören ska leverera en månatlig rapport om tillgänglighet, incidenter och ändringar till beställaren.',
        'Leverantören ska leverera en månatlig rapport om tillgänglighet, incidenter, ändringar och avbrott till beställaren.',
        'Leverantören ska leverera en månatlig rapport om tillgänglighet, incidenter och ändringar till beställaren!',
        'Ja, ja, ja.',
        'Ja, ja, ja!',
      ]),
    );
    // R3 adds one word to R2's eleven (11/12 ≥ 0.9); R4 has R2's words exactly.
    expect([...pairs]).toEqual([
      ['R3', 'R2'],
      ['R4', 'R2'],
    ]);
  });
});
