/**
 * The buyer's evaluation of the responses received for one open
 * specification, as the window sees it: each response received (its file
 * name and SHA-256, never its path), the files refused while reading (named,
 * with the reason), the prices the buyer entered, and the evaluation worked
 * by evaluate.ts from the buyer's own specification. These schemas check
 * what crosses the IPC boundary.
 */
import { z } from 'zod';
import { Amount, ItemId } from '../specification/model/common';
import { Answer, Sha256Hex } from './answers';
import { evaluationFlagKinds, type ResponsesEvaluation } from './evaluate';
import { ResponseSupplier } from './model';

/** A response received and read: what the window lists and the matrix shows. */
export const ReceivedResponse = z
  .object({
    /** Tells received responses apart (also the evaluation's `source`). */
    id: z.string().min(1).max(100),
    fileName: z.string().max(1000),
    sha256: Sha256Hex,
    supplier: ResponseSupplier,
    /** The price the response gives, if any. */
    ownPrice: Amount.nullable(),
    /** A price the buyer entered for it (wins over the response's own); kept with the evaluation, not in the specification. */
    buyerPrice: Amount.nullable(),
    answers: z.record(ItemId, Answer),
  })
  .strict();
export type ReceivedResponse = z.infer<typeof ReceivedResponse>;

/** A file that was not read as a response: its name and why, in a sentence that names it. */
export const RefusedResponse = z.object({ fileName: z.string().max(1000), problem: z.string().max(100), message: z.string().max(5000) }).strict();
export type RefusedResponse = z.infer<typeof RefusedResponse>;

const EvaluationFlagShape = z.object({ kind: z.enum(evaluationFlagKinds), message: z.string() }).strict();

const RequirementOutcomeShape = z
  .object({ requirementId: z.string(), met: z.boolean().nullable(), points: z.number(), deduction: z.number() })
  .strict();

const SupplierEvaluationShape = z
  .object({
    source: z.string(),
    name: z.string(),
    organisationNumber: z.string(),
    status: z.enum(['ranked', 'rejected', 'not-comparable']),
    rank: z.number().int().nullable(),
    mandatoryFailed: z.array(z.string()),
    price: z.number().nullable(),
    qualityPoints: z.number(),
    deductions: z.number(),
    total: z.number().nullable(),
    comparisonPrice: z.number().nullable(),
    requirements: z.array(RequirementOutcomeShape),
    flags: z.array(EvaluationFlagShape),
  })
  .strict();

export const ResponsesEvaluationShape = z
  .object({
    method: z.enum(['weighted-points', 'comparison-price']),
    fingerprint: Sha256Hex,
    suppliers: z.array(SupplierEvaluationShape),
  })
  .strict();

// The schema and the engine's type must stay the same shape.
const sameShape: (value: ResponsesEvaluation) => z.infer<typeof ResponsesEvaluationShape> = (value) => value;
void sameShape;

/** Everything the evaluation screen shows for one open specification. */
export const ResponsesOverview = z
  .object({
    responses: z.array(ReceivedResponse),
    /** Files refused by the last import (empty otherwise). */
    refused: z.array(RefusedResponse),
    evaluation: ResponsesEvaluationShape,
  })
  .strict();
export type ResponsesOverview = z.infer<typeof ResponsesOverview>;
