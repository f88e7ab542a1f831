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

function phrasePattern(phrase: string, headOfCompound: boolean): string {
  const wildcard = phrase.endsWith('*');
  const body = literalWords(wildcard ? phrase.slice(0, -1) : phrase);
  const startsWithWord = /^[\p{L}\p{N}]/u.test(phrase);
  const endsWithWord = /[\p{L}\p{N}*]$/u.test(phrase);
  // A word joined by a hyphen to another ("Excel-fil") is part of a compound, not the word itself,
  // except in the lists whose words stay themselves at the head of one ("Oracle-databas").
  const after = headOfCompound ? '(?![\\p{L}\\p{N}])' : '(?![\\p{L}\\p{N}]|-\\p{L})';
  return `${startsWithWord ? '(?<![\\p{L}\\p{N}])' : ''}${body}${wildcard ? '[\\p{L}-]*' : ''}${endsWithWord ? after : ''}`;
}

/** Names are matched as written (capitalised): "Windows" is a brand, "maintenance windows" is not. */
const caseSensitiveLists: ReadonlySet<PhraseList> = new Set(['brands', 'infrastructureNames']);
/** A name, set term or file type at the head of a compound is still itself: "Oracle-databas", "PDF/A-filer", ".msg-format". */
const compoundHeadLists: ReadonlySet<PhraseList> = new Set(['brands', 'infrastructureNames', 'slashTerms', 'proprietaryFormat']);

const compiled = new Map<string, RegExp>();

/** A matcher for one list of one language (cached). */
export function listPattern(language: DocumentLanguage, list: PhraseList): RegExp {
  const key = `${language}:${list}`;
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    const phrases = [...lexicons[language][list]].sort((a, b) => b.length - a.length);
    const headOfCompound = compoundHeadLists.has(list);
    pattern = new RegExp(phrases.length === 0 ? '(?!)' : phrases.map((phrase) => phrasePattern(phrase, headOfCompound)).join('|'), caseSensitiveLists.has(list) ? 'gu' : 'giu');
    compiled.set(key, pattern);
  }
  return pattern;
}

/**
 * Every match of a pattern in a text. A global pattern is run in place (its lastIndex reset), not
 * copied: building a new RegExp for every requirement would cost more than the matching itself.
 */
export function findAll(text: string, pattern: RegExp): Match[] {
  const regex = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  const out: Match[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    out.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    if (match[0] === '') regex.lastIndex += 1;
  }
  regex.lastIndex = 0;
  return out;
}

export function lexicon(language: DocumentLanguage): Lexicon {
  return lexicons[language];
}
