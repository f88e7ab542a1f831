/**
 * What the supplier's answering screen works on: the buyer's specification
 * (read from its `.kravspec`, never changed), the response being written to
 * it, and where that response is saved. The IPC contract carries it between
 * the main process, which reads and writes the files, and the window.
 */
import { z } from 'zod';
import { Specification } from '../specification/model';
import { specificationFingerprint } from './fingerprint';
import { currentResponseVersion, responseFormat, ResponseSupplier, SupplierResponse } from './model';

/** A response being written: as a saved one, except that the supplier's name may still be empty (saving asks for it). */
export const ResponseDraft = SupplierResponse.extend({ supplier: ResponseSupplier.extend({ name: z.string().max(300) }) });
export type ResponseDraft = z.infer<typeof ResponseDraft>;

export const ResponseWork = z
  .object({
    specificationPath: z.string(),
    specification: Specification,
    response: ResponseDraft,
    /** Where the response was last saved; null for a response not saved yet. */
    responsePath: z.string().nullable(),
    /**
     * True when the response was made for another version of the same
     * specification (its fingerprint differs): the answers are shown, and
     * saving binds them to the version open now.
     */
    specificationChanged: z.boolean(),
  })
  .strict();
export type ResponseWork = z.infer<typeof ResponseWork>;

/** A response with no answers yet, bound to the specification by its id and fingerprint. */
export function emptyResponse(specification: Specification, now: Date): ResponseDraft {
  return {
    format: responseFormat,
    version: currentResponseVersion,
    specification: { id: specification.id, fingerprint: specificationFingerprint(specification), title: specification.title.slice(0, 1_000) },
    supplier: { name: '', organisationNumber: '' },
    answers: {},
    updatedAt: now.toISOString(),
  };
}

/** The response bound to the specification as it is now (its fingerprint and title), for a response made to an earlier version. */
export function rebindResponse<R extends ResponseDraft>(response: R, specification: Specification): R {
  return {
    ...response,
    specification: { id: specification.id, fingerprint: specificationFingerprint(specification), title: specification.title.slice(0, 1_000) },
  };
}
