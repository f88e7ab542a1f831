import { z } from 'zod';

/**
 * What a supplier fills in for a requirement. The `kind` decides the response
 * column in the exported document and the cell type in a requirement matrix.
 */
export const AnswerType = z
  .discriminatedUnion('kind', [
    /** Yes or no, where "no" is an acceptable answer (typical for evaluated requirements). */
    z.object({ kind: z.literal('yes-no') }).strict(),
    /** The supplier confirms that the requirement is met (typical for mandatory requirements). */
    z.object({ kind: z.literal('confirmation') }).strict(),
    /** A number in a given unit, optionally within bounds. */
    z
      .object({
        kind: z.literal('number'),
        unit: z.string(),
        min: z.number().optional(),
        max: z.number().optional(),
      })
      .strict(),
    /** Free text, optionally limited in length. */
    z
      .object({
        kind: z.literal('text'),
        maxLength: z.number().int().positive().optional(),
      })
      .strict(),
    /** One or several of the listed options. */
    z
      .object({
        kind: z.literal('choice'),
        options: z.array(z.string()).min(1),
        multiple: z.boolean(),
      })
      .strict(),
    /** A date, or a period (from–to) when `period` is true. */
    z
      .object({
        kind: z.literal('date'),
        period: z.boolean(),
      })
      .strict(),
    /** A document the supplier attaches, described for the supplier. */
    z
      .object({
        kind: z.literal('attachment'),
        description: z.string().optional(),
      })
      .strict(),
    /**
     * The compliance answer of real tenders: yes, today / yes, from a month
     * and year / no / needs an addition (priced in the named price annex),
     * with the tenderer's reference to where the tender describes it.
     */
    z
      .object({
        kind: z.literal('compliance'),
        additionPriceAnnex: z
          .string()
          .max(200)
          .optional()
          .describe('Where an addition is priced, e.g. "Bilag 6 – Prisbilag"; without it the form names the price annex in general.'),
      })
      .strict(),
  ])
  .meta({ id: 'AnswerType' });
export type AnswerType = z.infer<typeof AnswerType>;
export type AnswerKind = AnswerType['kind'];

export const answerKinds = [
  'yes-no',
  'confirmation',
  'number',
  'text',
  'choice',
  'date',
  'attachment',
  'compliance',
] as const satisfies readonly AnswerKind[];
