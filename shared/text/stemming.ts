/**
 * Word stems in Swedish, Norwegian (bokmål) and English, so that texts can be
 * compared word by word whatever the inflection ("leverantören",
 * "leverantörens" and "leverantör" are one word). The stemmers are the
 * maintained Snowball ports of @orama/stemmers; used wherever the app matches
 * texts (need suggestions, course feedback), never for text the user reads.
 */
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemNorwegian } from '@orama/stemmers/norwegian';
import { stemmer as stemSwedish } from '@orama/stemmers/swedish';
import type { DocumentLanguage } from '../specification/model/common';

const stemmers: Record<DocumentLanguage, (word: string) => string> = {
  sv: stemSwedish,
  nb: stemNorwegian,
  en: stemEnglish,
};

/** The stem of one lower-case word in the language; digits and decimals ("99,5", "24/7") are kept as written. */
export function stem(word: string, language: DocumentLanguage): string {
  return /\p{L}/u.test(word) ? stemmers[language](word) : word;
}
