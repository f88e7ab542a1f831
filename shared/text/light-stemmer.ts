/**
 * A light stemmer for matching words across texts in Swedish, Norwegian
 * (bokmål) and English: lower case, then the longest common inflectional
 * ending is cut off while at least four letters remain ("tjenestene" and
 * "tjeneste" both give "tjenest", "archiving" and "archive" give "archiv").
 * Enough to compare a pack's wording with a need's; not a full Snowball
 * stemmer, and never used for anything the user reads as text.
 */
import type { DocumentLanguage } from '../specification/model/common';

const endings: Record<DocumentLanguage, readonly string[]> = {
  sv: ['heterna', 'heten', 'arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ande', 'ende', 'het', 'ning', 'ar', 'er', 'or', 'en', 'et', 'na', 'a', 'e', 's', 't'],
  nb: ['hetene', 'heten', 'ingen', 'ene', 'ane', 'ing', 'het', 'er', 'en', 'et', 'a', 'e', 's'],
  en: ['ations', 'ation', 'ings', 'ing', 'ies', 'ed', 'es', 'ly', 's', 'e'],
};

const shortest = 4;

/** Words that say nothing about a service when two texts are compared. */
const stopWords: Record<DocumentLanguage, ReadonlySet<string>> = {
  sv: new Set(['och', 'eller', 'för', 'med', 'som', 'att', 'till', 'från', 'inom', 'samt', 'krav', 'kraven', 'tjänst', 'tjänsten', 'system', 'systemet', 'ska', 'vara', 'kunna', 'detta', 'denna', 'alla', 'även', 'paketet', 'omfattar']),
  nb: new Set(['og', 'eller', 'for', 'med', 'som', 'til', 'fra', 'innen', 'samt', 'krav', 'kravene', 'tjeneste', 'tjenesten', 'system', 'systemet', 'skal', 'være', 'kunne', 'dette', 'denne', 'alle', 'også', 'pakken', 'dekker', 'anskaffelse']),
  en: new Set(['and', 'or', 'for', 'with', 'that', 'the', 'from', 'within', 'requirement', 'requirements', 'service', 'system', 'shall', 'must', 'this', 'these', 'all', 'also', 'pack', 'covers', 'procuring']),
};

/** The stem of one word in a language. */
export function stem(word: string, language: DocumentLanguage): string {
  const lower = word.toLocaleLowerCase(language === 'en' ? 'en' : language === 'nb' ? 'nb' : 'sv');
  for (const ending of endings[language]) {
    if (lower.endsWith(ending) && lower.length - ending.length >= shortest) return lower.slice(0, lower.length - ending.length);
  }
  return lower;
}

/**
 * The content words of a text as stem → the first way it was written, so a
 * match can be explained in the user's own words. Short words and the
 * language's stop words are left out.
 */
export function contentStems(text: string, language: DocumentLanguage): Map<string, string> {
  const stems = new Map<string, string>();
  const stops = stopWords[language];
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const lower = word.toLocaleLowerCase();
    if (lower.length < shortest || stops.has(lower) || /^\p{N}+$/u.test(lower)) continue;
    const key = stem(word, language);
    if (!stems.has(key)) stems.set(key, lower);
  }
  return stems;
}
