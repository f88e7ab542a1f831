/**
 * The words of a requirement as the matching compares them: plain text (the
 * rich-text markup and cross-references taken out), lower case, split into
 * words, each reduced to its Snowball stem in its language, so that
 * "leverantören", "leverantörens" and "leverantör" are one word. The
 * stemmers are the maintained Snowball ports of @orama/stemmers.
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemNorwegian } from '@orama/stemmers/norwegian';
import { stemmer as stemSwedish } from '@orama/stemmers/swedish';
import type { DocumentLanguage } from '../specification/model/common';
import { plainTextOf } from '../text/rich-text';

const stemmers: Record<DocumentLanguage, (word: string) => string> = {
  sv: stemSwedish,
  nb: stemNorwegian,
  en: stemEnglish,
};

/** The stem of one lower-case word in the language. */
export function stem(word: string, language: DocumentLanguage): string {
  // Digits and decimals ("99,5", "24/7") are kept as written.
  return /\p{L}/u.test(word) ? stemmers[language](word) : word;
}

/** The lower-case words of a text: letters and digits, a decimal comma or point kept inside a number, and "%" (a share is a concept too). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+|%/gu) ?? [];
}

/** The stems of a rich text's words, in order. */
export function stemsOf(richText: string, language: DocumentLanguage): string[] {
  let plain: string;
  try {
    plain = plainTextOf(richText);
  } catch {
    plain = richText;
  }
  return wordsOf(plain).map((word) => stem(word, language));
}

/**
 * The stems of a requirement's words, for looking terms up: every stem, and
 * in Swedish and Norwegian, where words are compounded, whether a stem
 * begins or ends a compound ("tvåfaktorsinloggning" holds "inloggning").
 */
export class StemIndex {
  readonly stems: ReadonlySet<string>;
  readonly #ordered: readonly string[];
  readonly #compounding: boolean;

  constructor(stems: readonly string[], language: DocumentLanguage) {
    this.stems = new Set(stems);
    this.#ordered = stems;
    this.#compounding = language !== 'en';
  }

  /** Whether a text's word (a stem) is the term's word, or a compound that begins or ends with it. */
  #matches(word: string, termStem: string): boolean {
    if (word === termStem) return true;
    if (!this.#compounding || termStem.length < 5 || !/\p{L}/u.test(termStem)) return false;
    return word.length > termStem.length && (word.startsWith(termStem) || word.endsWith(termStem));
  }

  has(termStem: string): boolean {
    if (this.stems.has(termStem)) return true;
    for (const word of this.stems) if (this.#matches(word, termStem)) return true;
    return false;
  }

  /** Whether the words of a phrase stand together, in order, in the text. */
  hasPhrase(phrase: string, language: DocumentLanguage): boolean {
    const wanted = wordsOf(phrase).map((word) => stem(word, language));
    if (wanted.length === 0) return false;
    for (let start = 0; start + wanted.length <= this.#ordered.length; start += 1) {
      if (wanted.every((termStem, offset) => this.#matches(this.#ordered[start + offset] ?? '', termStem))) return true;
    }
    return false;
  }

  /** Whether every word of a term (a word or a phrase) is in the text. */
  hasTerm(term: string, language: DocumentLanguage): boolean {
    const words = wordsOf(term);
    return words.length > 0 && words.every((word) => this.has(stem(word, language)));
  }
}
