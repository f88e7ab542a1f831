/**
 * The words of a requirement as the matching compares them: plain text (the
 * rich-text markup and cross-references taken out), lower case, split into
 * words, each reduced to its Snowball stem in its language, so that
 * "leverantören", "leverantörens" and "leverantör" are one word. The
 * stemmers are the maintained Snowball ports of @orama/stemmers.
 */
import type { DocumentLanguage } from '../specification/model/common';
import { plainTextOf } from '../text/rich-text';
import { stem } from '../text/stemming';

/** The lower-case words of a text: letters and digits, a decimal comma or point kept inside a number, and "%" (a share is a concept too). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+|%/gu) ?? [];
}

/** A word of a text as written (lower case) and its stem. */
export interface Word {
  word: string;
  stem: string;
}

/** The words of a rich text with their stems, in order. */
export function wordsWithStems(richText: string, language: DocumentLanguage): Word[] {
  let plain: string;
  try {
    plain = plainTextOf(richText);
  } catch {
    plain = richText;
  }
  return wordsOf(plain).map((word) => ({ word, stem: stem(word, language) }));
}

/** The stems of a rich text's words, in order. */
export function stemsOf(richText: string, language: DocumentLanguage): string[] {
  return wordsWithStems(richText, language).map((each) => each.stem);
}

/**
 * The words of a requirement, for looking terms up: a term's word is found
 * where a word has the same stem, and in Swedish and Norwegian, where words
 * are compounded, where a word as written holds the term's word or its stem,
 * when that has five letters or more ("tvåfaktorsinloggning" holds
 * "inloggning", "kalendermånad" holds "månad").
 */
export class StemIndex {
  readonly stems: ReadonlySet<string>;
  readonly #ordered: readonly Word[];
  readonly #distinct: readonly Word[];
  readonly #compounding: boolean;

  constructor(words: readonly Word[], language: DocumentLanguage) {
    this.stems = new Set(words.map((each) => each.stem));
    this.#ordered = words;
    this.#distinct = [...new Map(words.map((each) => [each.word, each])).values()];
    this.#compounding = language !== 'en';
  }

  /** Whether a text's word is the term's word (by stem), or a compound that holds the term's word or its stem. */
  #matches(word: Word, term: Word): boolean {
    if (word.stem === term.stem) return true;
    if (!this.#compounding || !/\p{L}/u.test(term.word) || word.word.length <= Math.min(term.word.length, term.stem.length)) return false;
    if (term.stem.length >= 5 && (word.stem.startsWith(term.stem) || word.word.includes(term.stem))) return true;
    return term.word.length >= 5 && word.word.includes(term.word);
  }

  has(term: Word): boolean {
    if (this.stems.has(term.stem)) return true;
    for (const word of this.#distinct) if (this.#matches(word, term)) return true;
    return false;
  }

  /** Whether the words of a phrase stand together, in order, in the text. */
  hasPhrase(phrase: string, language: DocumentLanguage): boolean {
    const wanted = wordsOf(phrase).map((word) => ({ word, stem: stem(word, language) }));
    if (wanted.length === 0) return false;
    for (let start = 0; start + wanted.length <= this.#ordered.length; start += 1) {
      if (wanted.every((term, offset) => this.#matches(this.#ordered[start + offset] ?? { word: '', stem: '' }, term))) return true;
    }
    return false;
  }

  /** Whether every word of a term (a word or a phrase) is in the text. */
  hasTerm(term: string, language: DocumentLanguage): boolean {
    const words = wordsOf(term);
    return words.length > 0 && words.every((word) => this.has({ word, stem: stem(word, language) }));
  }
}
