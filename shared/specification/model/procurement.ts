import { z } from 'zod';
import { isValidCpvCode } from '../identifiers';
import { Amount, IsoDate, ItemId, type Jurisdiction, Months } from './common';

/**
 * Every procurement procedure Kravstudio knows, across jurisdictions. Which
 * ones a document may use depends on its jurisdiction: see
 * `proceduresByJurisdiction`.
 */
export const procedureIds = [
  'open',
  'restricted',
  'negotiated',
  'negotiated-with-notice',
  'negotiated-without-notice',
  'competitive-negotiation',
  'competitive-dialogue',
  'innovation-partnership',
  'simplified',
  'selective-below-threshold',
  'below-threshold-competition',
  'direct-award',
] as const;
export const ProcedureId = z.enum(procedureIds);
export type ProcedureId = z.infer<typeof ProcedureId>;

/** The procedures each jurisdiction offers, in the order a form should list them. */
export const proceduresByJurisdiction: Readonly<Record<Jurisdiction, readonly ProcedureId[]>> = {
  // LOU 6 kap. above the thresholds; 19 kap. below them (förenklat förfarande,
  // urvalsförfarande) and direktupphandling.
  se: [
    'open',
    'restricted',
    'negotiated-with-notice',
    'negotiated-without-notice',
    'competitive-dialogue',
    'innovation-partnership',
    'simplified',
    'selective-below-threshold',
    'direct-award',
  ],
  // FOA: åpen and begrenset anbudskonkurranse, konkurranse med forhandling,
  // konkurransepreget dialog, innovasjonspartnerskap, anbudskonkurranse under
  // nasjonal terskel, direkte anskaffelse.
  no: [
    'open',
    'restricted',
    'negotiated',
    'competitive-dialogue',
    'innovation-partnership',
    'below-threshold-competition',
    'direct-award',
  ],
  // Directive 2014/24/EU articles 27–32.
  eu: [
    'open',
    'restricted',
    'competitive-negotiation',
    'competitive-dialogue',
    'innovation-partnership',
    'negotiated-without-notice',
  ],
};

export function isProcedureAllowed(jurisdiction: Jurisdiction, procedure: ProcedureId): boolean {
  return proceduresByJurisdiction[jurisdiction].includes(procedure);
}

export const currencies = ['SEK', 'NOK', 'EUR'] as const;
export const Currency = z.enum(currencies);
export type Currency = z.infer<typeof Currency>;

/** The currency a new document in each jurisdiction starts with. */
export const defaultCurrency: Readonly<Record<Jurisdiction, Currency>> = {
  se: 'SEK',
  no: 'NOK',
  eu: 'EUR',
};

/** A CPV code such as 72000000-5, with its check digit verified. */
export const CpvCode = z
  .string()
  .regex(/^\d{8}-\d$/, { message: 'A CPV code is written NNNNNNNN-N', abort: true })
  .refine(isValidCpvCode, 'The check digit of this CPV code is wrong');
export type CpvCode = z.infer<typeof CpvCode>;

/** When the contract runs. Dates stay null until decided. */
export const ContractPeriod = z
  .object({
    startDate: IsoDate.nullable(),
    endDate: IsoDate.nullable(),
    durationMonths: Months.optional(),
  })
  .strict();
export type ContractPeriod = z.infer<typeof ContractPeriod>;

/** An option the buyer may call on (extension, extra volume, added service). */
export const ContractOption = z
  .object({
    description: z.string(),
    durationMonths: Months.optional(),
    estimatedValue: Amount.optional(),
  })
  .strict();
export type ContractOption = z.infer<typeof ContractOption>;

/** A lot (sv delkontrakt, nb delkontrakt) that suppliers may bid for separately. */
export const Lot = z
  .object({
    id: ItemId,
    title: z.string(),
    description: z.string(),
    estimatedValue: Amount.optional(),
  })
  .strict();
export type Lot = z.infer<typeof Lot>;

/**
 * Whether suppliers may offer a variant (sv alternativt anbud, nb alternativt
 * tilbud): a different solution to the same need. Directive 2014/24/EU art. 45
 * asks the buyer to say so in the notice and, if variants are allowed, to give
 * the minimum requirements a variant must meet.
 */
export const Variants = z
  .object({
    allowed: z.boolean().nullable().describe('True if variants are allowed, false if not; null while undecided.'),
    conditions: z.string().describe('The minimum requirements a variant must meet and how it is submitted; used when variants are allowed.'),
  })
  .strict();
export type Variants = z.infer<typeof Variants>;

/** The facts of the procurement: reference, procedure, value, period, classification, lots, variants. */
export const Procurement = z
  .object({
    referenceNumber: z.string().describe('The case reference: sv diarienummer, nb saksnummer.'),
    procedure: ProcedureId.nullable().describe('The procurement procedure; must be one the jurisdiction offers. Null while undecided.'),
    estimatedValue: Amount.nullable().describe('Estimated total value excluding VAT, options included. Null until estimated.'),
    currency: Currency,
    contractPeriod: ContractPeriod,
    options: z.array(ContractOption),
    cpvCodes: z.array(CpvCode),
    lots: z.array(Lot),
    notDividedReason: z.string().describe('Why the contract is not divided into lots (Directive 2014/24/EU art. 46).'),
    variants: Variants,
  })
  .strict();
export type Procurement = z.infer<typeof Procurement>;
