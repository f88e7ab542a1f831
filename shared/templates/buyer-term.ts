/**
 * The one name the library gives the buyer in each language, as a defined
 * term with a capital letter: "Beställaren" (sv), "Kunden" (nb, as in the
 * Norwegian state's standard agreements, SSA) and "the Customer" (en, as in
 * their English versions). A requirement specification becomes part of the
 * contract, so the contract's name for the party is used rather than the
 * procedural one ("den upphandlande myndigheten", "oppdragsgiver"), which
 * also does not fit a utility (upphandlande enhet). The export defines the
 * term in the document's glossary when the requirements use it.
 */
import type { DocumentLanguage } from '../specification/model/common';

export const buyerTerm: Readonly<Record<DocumentLanguage, string>> = { sv: 'Beställaren', nb: 'Kunden', en: 'the Customer' };

/** The defined term in its forms (genitive included); case-sensitive, as the capital marks the definition. */
const buyerTermPattern: Readonly<Record<DocumentLanguage, RegExp>> = {
  sv: /\bBeställar(?:en|ens)\b/u,
  nb: /\bKunden(?:s)?\b/u,
  en: /\b[Tt]he Customer(?:'s)?\b/u,
};

/** Whether a text in the language uses the library's defined term for the buyer. */
export function usesBuyerTerm(text: string, language: DocumentLanguage): boolean {
  return buyerTermPattern[language].test(text);
}
