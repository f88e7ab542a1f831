/**
 * The Norwegian state standard agreements (Statens standardavtaler, SSA) that
 * Bilag 1 can belong to: for each, the version its appendix list follows,
 * where the list was read, whether it is confirmed, and its appendices with
 * who fills each in. The agreement's name and each appendix title are
 * document texts (docx.<lang>.json, "ssa.<letter>.name",
 * "ssa.<letter>.appendices.<n>"). Numbering is kept when an appendix is not
 * used, so a list may have gaps; an unconfirmed list holds only the
 * appendices that could be confirmed and never a guessed title.
 */
import type { SsaAgreement } from '../export-choices';

export type FilledBy = 'customer' | 'supplier' | 'both' | 'atSigning' | 'duringContract';

export interface SsaAppendix {
  number: number;
  filledBy: FilledBy;
}

/** Where an appendix list was read: the document's own title, and the copy that was consulted. */
export interface SsaSource {
  document: string;
  url: string;
}

export interface SsaAgreementFacts {
  /** The version the appendix list follows ("2015", "april 2018"), or null when no version could be established. */
  version: string | null;
  source: SsaSource;
  /**
   * True when the list could not be confirmed in full against the agreement's appendix template: the
   * cover then says so and asks the reader to check the list against the current agreement.
   */
  verify: boolean;
  appendices: readonly SsaAppendix[];
}

/** The key of an agreement's texts: "L" for SSA-L. */
export function ssaKey(ssa: SsaAgreement): string {
  return ssa.slice('SSA-'.length);
}

/** Appendices 1 and 2 of every SSA for a delivery: the customer's requirements and the supplier's answer. */
const requirementsAndSolution: readonly SsaAppendix[] = [
  { number: 1, filledBy: 'customer' },
  { number: 2, filledBy: 'supplier' },
];

/** The ten-appendix pattern of the 2015 delivery agreements (SSA-D, SSA-V, SSA-T): 3 is each agreement's own. */
function tenAppendices(third: FilledBy): readonly SsaAppendix[] {
  return [
    ...requirementsAndSolution,
    { number: 3, filledBy: third },
    { number: 4, filledBy: 'both' },
    { number: 5, filledBy: 'both' },
    { number: 6, filledBy: 'both' },
    { number: 7, filledBy: 'both' },
    { number: 8, filledBy: 'atSigning' },
    { number: 9, filledBy: 'duringContract' },
    { number: 10, filledBy: 'supplier' },
  ];
}

export const ssaAgreementFacts: Readonly<Record<SsaAgreement, SsaAgreementFacts>> = {
  'SSA-L': {
    version: '2018',
    source: { document: 'Bilag til SSA-L – Avtale om løpende tjenestekjøp over internett – versjon 2018', url: 'https://lawinsider.com/nb/contracts/2Zb8mKL7Rtx' },
    verify: false,
    appendices: [
      ...requirementsAndSolution,
      { number: 3, filledBy: 'both' },
      { number: 4, filledBy: 'both' },
      { number: 5, filledBy: 'both' },
      { number: 6, filledBy: 'both' },
      { number: 7, filledBy: 'atSigning' },
      { number: 8, filledBy: 'duringContract' },
      { number: 9, filledBy: 'supplier' },
    ],
  },
  'SSA-D': {
    version: '2015',
    source: { document: 'Veiledende bilag til SSA-D Driftsavtalen versjon 2015', url: 'http://docplayer.me/49865429-Veiledende-bilag-til-ssa-d-driftsavtalen-versjon-2015.html' },
    // The template's table of contents skips appendix 6; its title is the one every 2015 agreement uses.
    verify: false,
    appendices: tenAppendices('customer'),
  },
  'SSA-V': {
    version: '2015',
    source: { document: 'Veiledende bilag til SSA-V Vedlikeholdsavtalen versjon 2015', url: 'http://docplayer.me/38061260-Veiledende-bilag-til-ssa-v-vedlikeholdsavtalen-versjon-2015.html' },
    verify: false,
    appendices: tenAppendices('customer'),
  },
  'SSA-T': {
    version: '2015',
    // The English appendix instructions confirm all ten appendices; the Norwegian titles of 3, 5, 8, 9 and 10 are not confirmed word for word.
    source: { document: 'Appendix Instructions for SSA-T – Development and Customisation Agreement – version 2015', url: 'https://anyflip.com/hidcn/qcna/basic' },
    verify: true,
    appendices: tenAppendices('customer'),
  },
  'SSA-S': {
    version: null,
    source: { document: 'SSA-S Smidigavtalen (only the name and the appendices 1 and 2 confirmed)', url: 'https://www.rettighetsadvokater.no/kontrakt/statens-standardavtaler/ssa-s' },
    verify: true,
    appendices: requirementsAndSolution,
  },
  'SSA-B': {
    version: null,
    // The agreement has no appendix in which the supplier specifies a solution: the consultant is hired, not a result.
    source: { document: 'Bistandsavtalen SSA-B (appendix 1 "Beskrivelse av bistanden" confirmed)', url: 'https://grette.no/nyheter/it-gruk-5-2022-bistandsavtalen-ssa-b-enkelt-og-greit-eller-feilbruk/' },
    verify: true,
    appendices: [{ number: 1, filledBy: 'customer' }],
  },
  'SSA-O': {
    version: 'april 2018',
    source: { document: 'Bilag til SSA-O – Oppdragsavtalen – versjon april 2018', url: 'https://lawinsider.com/nb/contracts/dE2fC2sh4iZ' },
    // The copy read lists appendices 1–5; whether the agreement has more was not established.
    verify: true,
    appendices: [
      ...requirementsAndSolution,
      { number: 3, filledBy: 'both' },
      { number: 4, filledBy: 'both' },
      { number: 5, filledBy: 'both' },
    ],
  },
};

/** Whether the agreement has an appendix with this number (numbers are kept, so there may be gaps). */
export function hasSsaAppendix(ssa: SsaAgreement, number: number): boolean {
  return ssaAgreementFacts[ssa].appendices.some((appendix) => appendix.number === number);
}

/**
 * The agreement a pack's requirements are naturally Bilag 1 of, where it differs from the general
 * default (SSA-L). Only the software-development pack has one so far: agile development is SSA-S.
 */
const naturalAgreementOfPack: Readonly<Record<string, SsaAgreement>> = {
  'software-development': 'SSA-S',
};

/** What the export offers before the user has chosen: the documents' facts this decision reads. */
export interface SsaDefaultInput {
  jurisdiction: string;
  requirements: readonly { provenance: { packId: string } | null }[];
}

/**
 * The agreement an export offers when none is remembered: none outside Norway; SSA-L unless every
 * requirement taken from a pack comes from packs that naturally belong to one other agreement.
 */
export function defaultSsaAgreement(spec: SsaDefaultInput): SsaAgreement | null {
  if (spec.jurisdiction !== 'no') return null;
  const packs = new Set(spec.requirements.flatMap((requirement) => (requirement.provenance === null ? [] : [requirement.provenance.packId])));
  const natural = new Set([...packs].map((packId) => naturalAgreementOfPack[packId] ?? 'SSA-L'));
  const [only] = natural;
  return natural.size === 1 && only !== undefined ? only : 'SSA-L';
}
