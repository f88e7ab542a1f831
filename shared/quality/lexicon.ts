/**
 * The checker's word lists (lexicon/<lang>.json), compiled into matchers.
 * A phrase matches whole words, case-insensitively (brand names as written); a trailing "*" lets a
 * word take any ending (inflections: "användarvänlig*" finds
 * "användarvänligt" and "användarvänliga"). Longer phrases are tried first.
 */
import type { DocumentLanguage } from '../specification/model/common';
import en from './lexicon/en.json' with { type: 'json' };
import nb from './lexicon/nb.json' with { type: 'json' };
import sv from './lexicon/sv.json' with { type: 'json' };

export type PhraseList = Exclude<keyof typeof sv, 'passiveSuffix' | 'infinitiveSuffix'>;
export type Lexicon = Record<PhraseList, string[]> & { passiveSuffix: string; infinitiveSuffix: string };

const lexicons: Record<DocumentLanguage, Lexicon> = { sv, nb, en: en as Lexicon };

export interface Match {
  start: number;
  end: number;
  text: string;
}

export const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A phrase as a regular-expression source: its words taken literally, any whitespace between them. */
const literalWords = (phrase: string): string => phrase.split(/\s+/).map(escape).join('\\s+');

/** A word list as one alternation source ("ska|skall"), for patterns built around the list. */
export const anyOf = (list: readonly string[]): string => list.map(literalWords).join('|');

function phrasePattern(phrase: string): string {
  const wildcard = phrase.endsWith('*');
  const body = literalWords(wildcard ? phrase.slice(0, -1) : phrase);
  const startsWithWord = /^[\p{L}\p{N}]/u.test(phrase);
  const endsWithWord = /[\p{L}\p{N}*]$/u.test(phrase);
  // A word joined by a hyphen to another ("Excel-fil") is part of a compound, not the word itself.
  return `${startsWithWord ? '(?<![\\p{L}\\p{N}])' : ''}${body}${wildcard ? '[\\p{L}-]*' : ''}${endsWithWord ? '(?![\\p{L}\\p{N}]|-\\p{L})' : ''}`;
}

/** Names are matched as written (capitalised): "Windows" is a brand, "maintenance windows" is not. */
const caseSensitiveLists: ReadonlySet<PhraseList> = new Set(['brands']);

const compiled = new Map<string, RegExp>();

/** A matcher for one list of one language (cached). */
export function listPattern(language: DocumentLanguage, list: PhraseList): RegExp {
  const key = `${language}:${list}`;
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    const phrases = [...lexicons[language][list]].sort((a, b) => b.length - a.length);
    pattern = new RegExp(phrases.length === 0 ? '(?!)' : phrases.map(phrasePattern).join('|'), caseSensitiveLists.has(list) ? 'gu' : 'giu');
    compiled.set(key, pattern);
  }
  return pattern;
}

export function findAll(text: string, pattern: RegExp): Match[] {
  const out: Match[] = [];
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    out.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return out;
}

export function lexicon(language: DocumentLanguage): Lexicon {
  return lexicons[language];
}
