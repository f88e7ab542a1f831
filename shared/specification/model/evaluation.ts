import { z } from 'zod';
import { ItemId } from './common';

/** What the award rests on: lowest price, lowest (life-cycle) cost, or best price–quality ratio. */
export const evaluationBases = ['price', 'cost', 'price-quality'] as const;
export const EvaluationBasis = z.enum(evaluationBases);
export type EvaluationBasis = z.infer<typeof EvaluationBasis>;

/**
 * How quality is weighed against price: weighted points, or value deduction
 * (quality expressed as money off the tendered price; sv mervärdesavdrag,
 * nb fradrag / prissetting av kvalitet). Null when only price or cost counts.
 */
export const evaluationMethods = ['weighted-points', 'value-deduction'] as const;
export const EvaluationMethod = z.enum(evaluationMethods);
export type EvaluationMethod = z.infer<typeof EvaluationMethod>;

/** How tendered prices become price points. */
export const priceFormulas = ['proportional', 'linear'] as const;
export const PriceFormula = z.enum(priceFormulas);
export type PriceFormula = z.infer<typeof PriceFormula>;

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
  })
  .strict();
export type EvaluationModel = z.infer<typeof EvaluationModel>;
