/**
 * A supplier's response to one specification (`.kravsvar`): the
 * `response.json` inside the zip. It names the specification by id and by
 * the fingerprint of its tender content, the supplier, optionally a price,
 * and the answers keyed by requirement id. It never holds scores.
 */
import { z } from 'zod';
import type { DocumentFormat } from '../document-kinds/format';
import type { ParseBudget } from '../file-reading/budget';
import { documentProblem } from '../file-reading/problem';
import { Amount, IsoDateTime, ItemId } from '../specification/model/common';
import { Answer, Sha256Hex } from './answers';

export const responseFormat = 'kravstudio-response';
export const currentResponseVersion = 1;
export const responseExtension = 'kravsvar';

export const ResponseSupplier = z
  .object({
    name: z.string().trim().min(1).max(300),
    organisationNumber: z.string().max(40),
  })
  .strict();
export type ResponseSupplier = z.infer<typeof ResponseSupplier>;

export const SupplierResponse = z
  .object({
    format: z.literal(responseFormat),
    version: z.literal(currentResponseVersion),
    specification: z
      .object({
        id: z.uuid(),
        fingerprint: Sha256Hex.describe('SHA-256 of the tender content of the specification answered (shared/response/fingerprint.ts).'),
        title: z.string().max(1_000),
      })
      .strict(),
    supplier: ResponseSupplier,
    price: Amount.optional().describe("The tendered price, excluding VAT, in the specification's currency, when the response gives it."),
    answers: z.record(ItemId, Answer).describe('Answers keyed by requirement id.'),
    updatedAt: IsoDateTime,
  })
  .strict()
  .meta({ id: 'SupplierResponse' });
export type SupplierResponse = z.infer<typeof SupplierResponse>;

/** The JSON Schema published for `response.json` in schema/. */
export const responseSchema = {
  fileName: 'supplier-response.schema.json',
  $id: 'https://kravstudio.github.io/schema/supplier-response.schema.json',
  title: 'Kravstudio supplier response',
  description: 'The response.json of a .kravsvar file: answers to one specification, bound to it by id and fingerprint; never scores.',
};

/** A response answers at most a large specification's requirements: 30,000 answers of a few values each. */
export const responseBudget: ParseBudget = {
  maxValues: 1_000_000,
  maxListLength: 30_000,
  maxTextLength: 200_000,
  maxFields: 30_000,
};

/** How `response.json` is read: the shared JSON pipeline (size, UTF-8, budget, nesting, prototype keys), then the model. */
export const responseJsonFormat: DocumentFormat<SupplierResponse> = {
  format: responseFormat,
  currentVersion: currentResponseVersion,
  versionKeys: ['version'],
  model: SupplierResponse,
  // No response was ever written in format version 0: such a file is refused, not migrated.
  migrations: [() => ({ ok: false, problem: documentProblem('invalid', 'No supplier response has format version 0.', [{ path: '$.version', message: 'Expected 1' }]) })],
  noun: 'a supplier response',
  maxBytes: 20 * 1024 * 1024,
  budget: responseBudget,
};
