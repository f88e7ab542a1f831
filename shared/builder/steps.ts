/**
 * The guided builder's steps, in the order a specification is written:
 * the procurement's facts, the needs behind it, the requirements that answer
 * them, how bids are evaluated, and a review before export. Every step can
 * be opened at any time; the order is the suggested path.
 */
import type { UiLanguage } from '../languages';
import type { Jurisdiction } from '../specification/model/common';

export const builderSteps = ['procurement', 'needs', 'requirements', 'evaluation', 'review'] as const;
export type BuilderStep = (typeof builderSteps)[number];

/** The step after (+1) or before (-1) this one, or the same step at either end. */
export function neighbourStep(step: BuilderStep, direction: 1 | -1): BuilderStep {
  const index = builderSteps.indexOf(step) + direction;
  return builderSteps[Math.min(builderSteps.length - 1, Math.max(0, index))] ?? step;
}

/**
 * The law or guidance behind a step: its citation, shown as written in the
 * jurisdiction's own language ("LOU (2016:1145) 5 kap."), and what it is
 * about, in the UI language.
 */
export interface LegalAnchor {
  citation: string;
  about: Readonly<Record<UiLanguage, string>>;
}

const anchor = (citation: string, sv: string, nb: string, en: string): LegalAnchor => ({ citation, about: { sv, nb, en } });

/** The legal or guidance anchors each step's "why this matters" panel points to, per jurisdiction. */
export const stepAnchors: Readonly<Record<BuilderStep, Readonly<Record<Jurisdiction, readonly LegalAnchor[]>>>> = {
  procurement: {
    se: [
      anchor('LOU (2016:1145) 5 kap.', 'tröskelvärden, beräkning av kontraktets värde', 'terskelverdier, beregning av kontraktens verdi', 'thresholds, estimated contract value'),
      anchor('LOU 4 kap. 12 §', 'delkontrakt', 'delkontrakter', 'division into lots'),
      anchor('LOU 19 a kap.', 'direktupphandling', 'direkteanskaffelse', 'direct award'),
    ],
    no: [
      anchor('Anskaffelsesforskriften (FOA) kap. 5', 'tröskelvärden och beräkning av upphandlingens värde', 'terskelverdier og beregning av anskaffelsens verdi', 'thresholds and estimated value'),
      anchor('Direktiv 2014/24/EU art. 46', 'delkontrakt', 'delkontrakter', 'division into lots'),
    ],
    eu: [
      anchor('Directive 2014/24/EU art. 4–5', 'tröskelvärden, uppskattat värde', 'terskelverdier, anslått verdi', 'thresholds, estimated value'),
      anchor('Directive 2014/24/EU art. 46', 'delkontrakt', 'delkontrakter', 'division into lots'),
    ],
  },
  needs: {
    se: [
      anchor('Upphandlingsmyndigheten', 'behovsanalys och dialog med leverantörer', 'behovsanalyse og dialog med leverandører', 'needs analysis and dialogue with suppliers'),
      anchor('LOU 4 kap. 1 §', 'proportionalitet', 'forholdsmessighet', 'proportionality'),
    ],
    no: [
      anchor('Anskaffelser.no', 'behovskartläggning och dialog med marknaden', 'behovskartlegging og dialog med markedet', 'needs assessment and dialogue with the market'),
      anchor('FOA § 9-3 og § 12-2', 'marknadsdialog', 'markedsdialog', 'market dialogue'),
    ],
    eu: [
      anchor('Directive 2014/24/EU art. 40', 'föregående marknadsundersökningar', 'forutgående markedsundersøkelser', 'preliminary market consultations'),
      anchor('Directive 2014/24/EU art. 18', 'proportionalitet', 'forholdsmessighet', 'proportionality'),
    ],
  },
  requirements: {
    se: [anchor('LOU 9 kap.', 'tekniska specifikationer, funktionskrav; 6 § "eller likvärdigt"', 'tekniske spesifikasjoner, funksjonskrav; 6 § «eller tilsvarende»', 'technical specifications, functional requirements; section 6 "or equivalent"')],
    no: [anchor('FOA § 8-5 og § 15-1', 'tekniska specifikationer, funktionskrav, "eller likvärdigt"', 'tekniske spesifikasjoner, funksjonskrav, «eller tilsvarende»', 'technical specifications, functional requirements, "or equivalent"')],
    eu: [anchor('Directive 2014/24/EU art. 42', 'tekniska specifikationer, "eller likvärdigt"', 'tekniske spesifikasjoner, «eller tilsvarende»', 'technical specifications, "or equivalent"')],
  },
  evaluation: {
    se: [anchor('LOU 16 kap.', 'tilldelning av kontrakt, tilldelningskriterier och viktning', 'tildeling av kontrakt, tildelingskriterier og vekting', 'contract award, award criteria and weighting')],
    no: [
      anchor('FOA § 7-9', 'klimat och miljö viktas med minst 30 % i tilldelningskriterierna', 'klima og miljø vektes minst 30 % i tildelingskriteriene', 'climate and environment weigh at least 30 % in the award criteria'),
      anchor('Direktiv 2014/24/EU art. 67', 'tilldelningskriterier', 'tildelingskriterier', 'contract award criteria'),
    ],
    eu: [anchor('Directive 2014/24/EU art. 67', 'tilldelningskriterier, viktning', 'tildelingskriterier, vekting', 'contract award criteria, weighting')],
  },
  review: {
    se: [anchor('LOU 4 kap. 1 §', 'likabehandling, transparens, proportionalitet', 'likebehandling, åpenhet, forholdsmessighet', 'equal treatment, transparency, proportionality')],
    no: [anchor('Anskaffelsesloven § 4', 'grundläggande principer', 'grunnleggende prinsipper', 'fundamental principles')],
    eu: [anchor('Directive 2014/24/EU art. 18', 'principer för upphandling', 'prinsipper for anskaffelser', 'principles of procurement')],
  },
};
