/**
 * The words real specifications use in requirement tables and requirement
 * paragraphs, in Swedish, Norwegian, Danish and English: what a header cell
 * names, and what an obligation cell or verb means.
 */
import type { Obligation } from '../../specification/model';

/** What a requirement table's column holds. */
export type ColumnRole = 'number' | 'title' | 'text' | 'obligation' | 'instruction' | 'answer' | 'unknown';

/** Lower case, single spaces, no trailing punctuation: "Krav til besvarelse:" → "krav til besvarelse". */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/^[\s.:*()]+|[\s.:*()]+$/g, '');
}

const instructionHeader = /krav til besvarelse|krav til dokumentasjon|dokumentasjonskrav|^dokumentasjon$|^dokumentation$|^documentation( required)?$|instruction|instruktion|verifiering|verifikat|how to respond|^evidence|^guidance( notes)?$|^veiledning$|^vägledning$/;
const obligationHeader = /^(ska\/bör|skall\/bör|skal\/bør|bør\/skal|shall\/should|must\/should|krav ?\/? ?type|kravtype|kravtyp|type|typ|obligation|moscow|priority|prioritet|prioritering|must have\/ ?nice to have|a\/v|a\/v\/av|kategori|kravkategori|m\/b|o\/v)$/;
const answerHeader = /svar|answer|response|kommentar|comment|besvarelse|leverandørens|leverantörens|leverandørens|tenderer|supplier|bidder|oppfylt|uppfyll|opfyldt|ja\/nei|ja\/nej|yes\/no|referanse|referens|reference|compliance|remarks|merknad|notes?$|sidehenvisning|page/;
const numberHeader = /^(nr|no|nummer|number|num|id|krav ?nr|kravnr|kravnummer|krav-id|krav id|kravid|ref|ref ?nr|#|løpenr|løpenummer|löpnummer|req\.? ?(id|no)|requirement (id|no|number)|punkt|pkt)$/;
const titleHeader = /^(tittel|titel|title|rubrik|overskrift|kravområde|område|emne|ämne|subject|heading)$/;
const textHeader = /krav|requirement|beskrivelse|beskrivning|description|expectation|specifikation|spesifikasjon|specification|behov|need|ønske|önskemål/;

export function columnRole(header: string): ColumnRole {
  const label = normaliseLabel(header);
  if (label === '') return 'unknown';
  if (instructionHeader.test(label)) return 'instruction';
  if (obligationHeader.test(label)) return 'obligation';
  if (numberHeader.test(label)) return 'number';
  if (titleHeader.test(label)) return 'title';
  if (answerHeader.test(label)) return 'answer';
  if (textHeader.test(label)) return 'text';
  return 'unknown';
}

const obligationValues: ReadonlyMap<string, Obligation> = new Map([
  ...['av', 'a+v', 'a/v', 'a og v', 'ska+bör', 'ska/bör', 'skal+bør', 'skal/bør', 'shall+should', 'minimum and evaluated', 'minimum-and-evaluated'].map((word) => [word, 'minimum-and-evaluated'] as const),
  ...['a', 'ska', 'skall', 'skal', 'shall', 'must', 'must have', 'mandatory', 'obligatorisk', 'obligatoriskt', 'absolutt', 'absolutt krav', 'minimumskrav', 'minimikrav', 'mindstekrav', 'krav', 'k', 'm', 'o', 'required'].map((word) => [word, 'mandatory'] as const),
  ...['v', 'bör', 'bør', 'should', 'could', 'nice to have', 'should have', 'could have', 'evaluated', 'vurderingskrav', 'evalueringskrav', 'tildelingskrav', 'utvärderingskrav', 'ønske', 'önskemål', 'option', 'b', 'e', 'desirable', 'optional'].map((word) => [word, 'evaluated'] as const),
]);

/** The obligation an obligation cell states ("A", "V", "AV", "Skal", "Must Have" …), or null when it says none we know. */
export function obligationFromCell(text: string): Obligation | null {
  const label = normaliseLabel(text).replace(/\s*\/\s*$/, '').replace(/\s*\+\s*/g, '+');
  if (label === '') return null;
  return obligationValues.get(label) ?? obligationValues.get(label.replace(/[^a-zæøåäö+/ ]/g, '').trim()) ?? null;
}

const bindingVerb = /(?<![\p{L}])(ska|skall|skal|shall|must|måste|må)(?![\p{L}])/iu;
const scoredVerb = /(?<![\p{L}])(bör|bør|should)(?![\p{L}])/iu;

/** The obligation a requirement's wording implies: "shall/ska/skal/must" binds, "should/bör/bør" alone is scored; null with neither. */
export function obligationFromWording(text: string): Obligation | null {
  if (bindingVerb.test(text)) return 'mandatory';
  if (scoredVerb.test(text)) return 'evaluated';
  return null;
}

export function hasBindingVerb(text: string): boolean {
  return bindingVerb.test(text);
}

/**
 * The answer rules of Swedish (and Norwegian) e-procurement questionnaires
 * that follow a question: "Ja/Nej. Ja krävs" (the answer must be yes),
 * "B - Beskriv hur - Fritext – obligatoriskt svar" (a scored description
 * that must be given).
 */
const requiredYes = /\b(ja krävs|ja kreves|ja kræves|yes required|ja påkrevd)\b/i;
const requiredAnswer = /(obligatoriskt svar|obligatorisk svar|obligatorisk besvarelse|mandatory (answer|response))/i;
const scoredMark = /^\s*B\s*[-–]\s/;

export interface AnswerRule {
  requiresYes: boolean;
  requiresAnswer: boolean;
  scored: boolean;
}

/** The answer rule a line states, or null when the line is not one. */
export function answerRule(line: string): AnswerRule | null {
  const requiresYes = requiredYes.test(line);
  const requiresAnswer = requiredAnswer.test(line);
  if (!requiresYes && !requiresAnswer) return null;
  return { requiresYes, requiresAnswer, scored: scoredMark.test(line) };
}

/** Words that lead to a cross-reference: "see K1", "jf. krav F3", "i lys av K1". */
export const referenceLead = /(see|se|jf|jfr|cf|enligt|ifølge|i lys av|according to|refer to|krav|kravet|requirement|punkt|pkt)\.?\s+$/i;
