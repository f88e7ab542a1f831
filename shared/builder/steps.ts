/**
 * The guided builder's steps, in the order a specification is written:
 * the procurement's facts, the needs behind it, the requirements that answer
 * them, how bids are evaluated, and a review before export. Every step can
 * be opened at any time; the order is the suggested path.
 */
import type { Jurisdiction } from '../specification/model/common';

export const builderSteps = ['procurement', 'needs', 'requirements', 'evaluation', 'review'] as const;
export type BuilderStep = (typeof builderSteps)[number];

/** The step after (+1) or before (-1) this one, or the same step at either end. */
export function neighbourStep(step: BuilderStep, direction: 1 | -1): BuilderStep {
  const index = builderSteps.indexOf(step) + direction;
  return builderSteps[Math.min(builderSteps.length - 1, Math.max(0, index))] ?? step;
}

/**
 * The legal or guidance text each step's "why this matters" panel points
 * to, per jurisdiction. Shown as written (law names are not translated).
 */
export const stepAnchors: Readonly<Record<BuilderStep, Readonly<Record<Jurisdiction, string>>>> = {
  procurement: {
    se: 'LOU (2016:1145) 5 kap. (tröskelvärden, beräkning av kontraktets värde), 4 kap. 12 § (delkontrakt), 19 a kap. (direktupphandling)',
    no: 'Anskaffelsesforskriften (FOA) kap. 5 (terskelverdier og beregning av anskaffelsens verdi); direktiv 2014/24/EU art. 46 (delkontrakter)',
    eu: 'Directive 2014/24/EU art. 4–5 (thresholds, estimated value), art. 46 (division into lots)',
  },
  needs: {
    se: 'Upphandlingsmyndigheten: behovsanalys och dialog med leverantörer; LOU 4 kap. 1 § (proportionalitet)',
    no: 'Anskaffelser.no: behovskartlegging og dialog med markedet; FOA § 9-3 og § 12-2 (markedsdialog)',
    eu: 'Directive 2014/24/EU art. 40 (preliminary market consultations), art. 18 (proportionality)',
  },
  requirements: {
    se: 'LOU 9 kap. (tekniska specifikationer, funktionskrav; 6 § "eller likvärdigt")',
    no: 'FOA § 8-5 og § 15-1 (tekniske spesifikasjoner, funksjonskrav, "eller tilsvarende")',
    eu: 'Directive 2014/24/EU art. 42 (technical specifications, "or equivalent")',
  },
  evaluation: {
    se: 'LOU 16 kap. (tilldelning av kontrakt, tilldelningskriterier och viktning)',
    no: 'FOA § 7-9 (klima og miljø vektes minst 30 % i tildelingskriteriene); direktiv 2014/24/EU art. 67',
    eu: 'Directive 2014/24/EU art. 67 (contract award criteria, weighting)',
  },
  review: {
    se: 'LOU 4 kap. 1 § (likabehandling, transparens, proportionalitet)',
    no: 'Anskaffelsesloven § 4 (grunnleggende prinsipper)',
    eu: 'Directive 2014/24/EU art. 18 (principles of procurement)',
  },
};
