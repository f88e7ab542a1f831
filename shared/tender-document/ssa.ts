/**
 * The appendices of the Norwegian state standard agreements (Statens
 * standardavtaler, SSA) that Bilag 1 sits in, with who fills each in. Their
 * names are document texts (docx.<lang>.json, "ssa.<letter>.appendices.<n>").
 * Numbering is kept when an appendix is not used. SSA-V follows SSA-D's
 * pattern and only SSA-T's appendices 1, 2 and 4 are confirmed, so the cover
 * asks the reader to check the list against the current agreement.
 */
import type { SsaAgreement } from '../export-choices';

export type FilledBy = 'customer' | 'supplier' | 'both' | 'atSigning' | 'duringContract';

export interface SsaAppendix {
  number: number;
  filledBy: FilledBy;
}

/** The key of an agreement's texts: "L" for SSA-L. */
export function ssaKey(ssa: SsaAgreement): string {
  return ssa.slice('SSA-'.length);
}

const operationsPattern: readonly SsaAppendix[] = [
  { number: 1, filledBy: 'customer' },
  { number: 2, filledBy: 'supplier' },
  { number: 3, filledBy: 'customer' },
  { number: 4, filledBy: 'both' },
  { number: 5, filledBy: 'both' },
  { number: 6, filledBy: 'both' },
  { number: 7, filledBy: 'both' },
  { number: 8, filledBy: 'atSigning' },
  { number: 9, filledBy: 'duringContract' },
  { number: 10, filledBy: 'supplier' },
];

export const ssaAppendices: Readonly<Record<SsaAgreement, readonly SsaAppendix[]>> = {
  'SSA-L': [
    { number: 1, filledBy: 'customer' },
    { number: 2, filledBy: 'supplier' },
    { number: 3, filledBy: 'both' },
    { number: 4, filledBy: 'both' },
    { number: 5, filledBy: 'both' },
    { number: 6, filledBy: 'both' },
    { number: 7, filledBy: 'atSigning' },
    { number: 8, filledBy: 'duringContract' },
    { number: 9, filledBy: 'supplier' },
  ],
  'SSA-D': operationsPattern,
  'SSA-V': operationsPattern,
  'SSA-T': [
    { number: 1, filledBy: 'customer' },
    { number: 2, filledBy: 'supplier' },
    { number: 4, filledBy: 'both' },
  ],
};
