import { z } from 'zod';
import { ItemId } from './common';

/** What the award rests on: lowest price, lowest (life-cycle) cost, or best price–quality ratio. */
export const evaluationBases = ['price', 'cost', 'price-quality'] as const;
export const EvaluationBasis = z.enum(evaluationBases);
export type EvaluationBasis = z.infer<typeof EvaluationBasis>;

/**
 * How quality is weighed against price: weighted points, value deduction
 * (quality expressed as money off the tendered price; sv mervärdesavdrag,
 * nb fradrag / prissetting av kvalitet), or value addition (what a tender
 * lacks in quality added to its price; nb tillegg). Null when only price or
 * cost counts. Value addition arrived in format version 4.
 */
export const evaluationMethods = ['weighted-points', 'value-deduction', 'value-addition'] as const;
export const EvaluationMethod = z.enum(evaluationMethods);
export type EvaluationMethod = z.infer<typeof EvaluationMethod>;

/**
 * How tendered prices become price points: in proportion to the lowest price,
 * falling linearly from the lowest price, or interpolated between the lowest
 * and the highest price (format version 4).
 */
export const priceFormulas = ['proportional', 'linear', 'interpolated'] as const;
export const PriceFormula = z.enum(priceFormulas);
export type PriceFormula = z.infer<typeof PriceFormula>;

/** The scale a quality criterion is scored on; 0–10 unless the buyer sets another. */
export const ScoringScale = z
  .object({
    min: z.number().min(0).max(1000),
    max: z.number().min(0).max(1000),
  })
  .strict()
  .refine((scale) => scale.max > scale.min, { message: 'The top of a scoring scale must be above its bottom', path: ['max'] })
  .describe('The lowest and highest score a tender can get on the criterion.');
export type ScoringScale = z.infer<typeof ScoringScale>;

/** The scale every criterion has until the buyer sets another. */
export const defaultScoringScale: ScoringScale = { min: 0, max: 10 };

/** The maximum points of weighted points until the buyer sets another. */
export const defaultMaxPoints = 100;

/**
 * A price as a decimal string in the procurement's currency, to the öre/øre
 * ("125000", "99.50"): kept as text so that no binary rounding touches money.
 */
export const DecimalAmount = z
  .string()
  .regex(/^\d{1,13}(\.\d{1,2})?$/, 'A price is a number of whole units with at most two decimals, such as 125000 or 99.50')
  .meta({ id: 'DecimalAmount', description: 'An amount of money excluding VAT, as a decimal string with at most two decimals.' });
export type DecimalAmount = z.infer<typeof DecimalAmount>;

/** The most fictitious bids a simulation holds. */
export const maxSimulatedBids = 10;

/** A fictitious bid of the evaluation simulator: its price and how it scores. */
export const SimulatedBid = z
  .object({
    id: ItemId,
    name: z.string().max(200),
    price: DecimalAmount,
    scores: z.record(ItemId, z.number().min(0).max(1000)).describe('The score on each quality criterion, by criterion id, within its scale.'),
    answers: z
      .record(ItemId, z.boolean())
      .optional()
      .describe('Per evaluated requirement, whether the bid meets it; used where a criterion has no score of its own.'),
  })
  .strict();
export type SimulatedBid = z.infer<typeof SimulatedBid>;

/**
 * The buyer's simulation of the award model on fictitious bids. Saved with
 * the document, never printed in a tender document unless `exportExample`.
 */
export const EvaluationSimulation = z
  .object({
    bids: z.array(SimulatedBid).max(maxSimulatedBids),
    exportExample: z.boolean().optional().describe('True to print the simulation as a fictitious worked example in the evaluation chapter.'),
  })
  .strict();
export type EvaluationSimulation = z.infer<typeof EvaluationSimulation>;

/**
 * An award criterion with its weight, made up of evaluated requirements.
 * Weights should add up to 100; the review says so, the file format does not
 * insist while the buyer is still working on them.
 */
export const EvaluationCriterion = z
  .object({
    id: ItemId,
    name: z.string(),
    weightPercent: z.number().min(0).max(100).describe('Weight in percent; the weights of all criteria should add up to 100.'),
    requirementIds: z.array(ItemId),
    description: z.string().optional(),
    environmental: z
      .boolean()
      .optional()
      .describe('True when the criterion weighs climate and environment (counted for the Norwegian 30 % rule, FOA § 7-9).'),
    scale: ScoringScale.optional().describe('The scoring scale of a quality criterion; 0–10 when absent.'),
    amount: z
      .number()
      .nonnegative()
      .optional()
      .describe('Under value deduction, the money a top score takes off the price (D); under value addition, the money the lowest score adds (A).'),
  })
  .strict();
export type EvaluationCriterion = z.infer<typeof EvaluationCriterion>;

/**
 * The evaluation model. Per-requirement points or deductions live on the
 * requirements themselves (`Requirement.evaluation`).
 */
export const EvaluationModel = z
  .object({
    basis: EvaluationBasis,
    method: EvaluationMethod.nullable(),
    priceFormula: PriceFormula.nullable(),
    criteria: z.array(EvaluationCriterion),
    environmentalReason: z
      .string()
      .optional()
      .describe('Norway: why climate and environment are secured by requirements instead of a 30 % weight (FOA § 7-9).'),
    maxPoints: z.number().positive().max(1_000_000).optional().describe('The maximum points M of weighted points; 100 when absent.'),
    simulation: EvaluationSimulation.optional(),
  })
  .strict();
export type EvaluationModel = z.infer<typeof EvaluationModel>;
