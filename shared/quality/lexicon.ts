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

/** Before a phrase that starts with a letter or digit: not inside a word. */
const wordStart = '(?<![\\p{L}\\p{N}])';

/** A phrase as a pattern source, without the `wordStart` it needs when `startsWithWord`. */
function phrasePattern(phrase: string, headOfCompound: boolean): { startsWithWord: boolean; body: string } {
  const wildcard = phrase.endsWith('*');
  const body = literalWords(wildcard ? phrase.slice(0, -1) : phrase);
  const startsWithWord = /^[\p{L}\p{N}]/u.test(phrase);
  const endsWithWord = /[\p{L}\p{N}*]$/u.test(phrase);
  // A word joined by a hyphen to another ("Excel-fil") is part of a compound, not the word itself,
  // except in the lists whose words stay themselves at the head of one ("Oracle-databas").
  const after = headOfCompound ? '(?![\\p{L}\\p{N}])' : '(?![\\p{L}\\p{N}]|-\\p{L})';
  return { startsWithWord, body: `${body}${wildcard ? '[\\p{L}-]*' : ''}${endsWithWord ? after : ''}` };
}

/**
 * The alternation of a list's phrases, longest first. Neighbouring phrases that start with a word
 * share one `wordStart` check — the same matches in the same order as a check per phrase, tested
 * once per position instead of once per phrase.
 */
function listSourceOf(phrases: readonly string[], headOfCompound: boolean): string {
  const alternatives: string[] = [];
  let run: string[] = [];
  const endRun = (): void => {
    if (run.length > 0) alternatives.push(`${wordStart}(?:${run.join('|')})`);
    run = [];
  };
  for (const phrase of phrases) {
    const { startsWithWord, body } = phrasePattern(phrase, headOfCompound);
    if (startsWithWord) run.push(body);
    else {
      endRun();
      alternatives.push(body);
    }
  }
  endRun();
  return alternatives.length === 0 ? '(?!)' : alternatives.join('|');
}

/** Names are matched as written (capitalised): "Windows" is a brand, "maintenance windows" is not. */
const caseSensitiveLists: ReadonlySet<PhraseList> = new Set(['brands', 'infrastructureNames']);
/** A name, set term or file type at the head of a compound is still itself: "Oracle-databas", "PDF/A-filer", ".msg-format". */
const compoundHeadLists: ReadonlySet<PhraseList> = new Set(['brands', 'infrastructureNames', 'slashTerms', 'proprietaryFormat']);

/** By language, the compiled lists (looked up per requirement, so without building a key). */
const compiled: Record<DocumentLanguage, Map<PhraseList, RegExp>> = { sv: new Map(), nb: new Map(), en: new Map() };

/** A matcher for one list of one language (cached). */
export function listPattern(language: DocumentLanguage, list: PhraseList): RegExp {
  const cache = compiled[language];
  let pattern = cache.get(list);
  if (pattern === undefined) {
    const phrases = [...lexicons[language][list]].sort((a, b) => b.length - a.length);
    pattern = new RegExp(listSourceOf(phrases, compoundHeadLists.has(list)), caseSensitiveLists.has(list) ? 'gu' : 'giu');
    cache.set(list, pattern);
  }
  return pattern;
}

/**
 * A quick test that a text may hold one of a list's phrases: the longest word of each phrase, taken
 * literally with the list's own case rule. Every match of a phrase holds each of its words, so a text
 * without any of these has no match, and the list's full pattern need not run over it.
 */
const screens: Record<DocumentLanguage, Map<PhraseList, RegExp>> = { sv: new Map(), nb: new Map(), en: new Map() };

export function listScreen(language: DocumentLanguage, list: PhraseList): RegExp {
  const cache = screens[language];
  let screen = cache.get(list);
  if (screen === undefined) {
    screen = screenFor(lexicons[language][list], caseSensitiveLists.has(list));
    cache.set(list, screen);
  }
  return screen;
}

/**
 * The screen for phrases matched word by word (`literalWords`, `anyOf`): the longest word of each,
 * leaving out a word that holds another one (a text with "snabba" also holds "snabb").
 */
export function screenFor(phrases: readonly string[], caseSensitive = false): RegExp {
  const longest = phrases.map((phrase) =>
    (phrase.endsWith('*') ? phrase.slice(0, -1) : phrase)
      .split(/\s+/)
      .reduce((best, word) => (word.length > best.length ? word : best), ''),
  );
  const fold = (word: string): string => (caseSensitive ? word : word.toLowerCase());
  const distinct = [...new Set(longest)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const word of distinct) if (!kept.some((shorter) => fold(word).includes(fold(shorter)))) kept.push(word);
  return new RegExp(phrases.length === 0 ? '(?!)' : kept.map(escape).join('|'), caseSensitive ? 'u' : 'iu');
}

/** Every match of one list in a text. */
export function listMatches(text: string, language: DocumentLanguage, list: PhraseList): Match[] {
  return listScreen(language, list).test(text) ? findAll(text, listPattern(language, list)) : [];
}

/** Whether a list has a match in a text. */
export function listOccursIn(text: string, language: DocumentLanguage, list: PhraseList): boolean {
  return listScreen(language, list).test(text) && occursIn(text, listPattern(language, list));
}

/** Whether a pattern matches anywhere in a text: `findAll(text, pattern).length > 0` without collecting the matches. */
export function occursIn(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
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
