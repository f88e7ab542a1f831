/**
 * The content words of a text by their stems, for comparing what two texts
 * are about (a pack's wording with a need's): short words, numbers and the
 * language's stop words are left out.
 */
import type { DocumentLanguage } from '../specification/model/common';
import { stem } from './stemming';

const shortest = 4;

/** Words that say nothing about a service when two texts are compared. */
const stopWords: Record<DocumentLanguage, ReadonlySet<string>> = {
  sv: new Set(['och', 'eller', 'för', 'med', 'som', 'att', 'till', 'från', 'inom', 'samt', 'krav', 'kraven', 'tjänst', 'tjänsten', 'system', 'systemet', 'ska', 'vara', 'kunna', 'detta', 'denna', 'alla', 'även', 'paketet', 'omfattar']),
  nb: new Set(['og', 'eller', 'for', 'med', 'som', 'til', 'fra', 'innen', 'samt', 'krav', 'kravene', 'tjeneste', 'tjenesten', 'system', 'systemet', 'skal', 'være', 'kunne', 'dette', 'denne', 'alle', 'også', 'pakken', 'dekker', 'anskaffelse']),
  en: new Set(['and', 'or', 'for', 'with', 'that', 'the', 'from', 'within', 'requirement', 'requirements', 'service', 'system', 'shall', 'must', 'this', 'these', 'all', 'also', 'pack', 'covers', 'procuring']),
};

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
    const key = stem(lower, language);
    if (!stems.has(key)) stems.set(key, lower);
  }
  return stems;
}
