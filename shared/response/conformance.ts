/**
 * Whether a response fits the specification it says it answers: the same
 * specification (id) and version (fingerprint), and answers only to its
 * requirements, each of the shape and within the bounds its answer type
 * allows. A response whose fingerprint matches but whose answers do not fit
 * was edited after it was made, and is refused; one whose fingerprint does
 * not match answers another version and is flagged, not compared.
 */
import type { Specification } from '../specification/model';
import { answerMisfit, describeMisfit } from './answers';
import { specificationFingerprint } from './fingerprint';
import type { SupplierResponse } from './model';

export type ConformanceProblem =
  | { kind: 'unknown-requirement'; requirementId: string; message: string }
  | { kind: 'answer-misfit'; requirementId: string; message: string };

export type Conformance =
  | { kind: 'fits' }
  | { kind: 'other-specification'; message: string }
  | { kind: 'specification-mismatch'; message: string }
  | { kind: 'tampered'; problems: ConformanceProblem[] };

/** Checks a response against the buyer's specification; `fingerprint` may be passed when already computed. */
export function checkConformance(specification: Specification, response: SupplierResponse, fingerprint = specificationFingerprint(specification)): Conformance {
  if (response.specification.id !== specification.id) {
    return { kind: 'other-specification', message: `The response answers another specification (id ${response.specification.id}).` };
  }
  if (response.specification.fingerprint !== fingerprint) {
    return {
      kind: 'specification-mismatch',
      message: `The response answers another version of the specification (fingerprint ${response.specification.fingerprint.slice(0, 12)}…, this version ${fingerprint.slice(0, 12)}…).`,
    };
  }
  const requirements = new Map(specification.requirements.map((requirement) => [requirement.id, requirement]));
  const problems: ConformanceProblem[] = [];
  for (const [requirementId, answer] of Object.entries(response.answers)) {
    const requirement = requirements.get(requirementId);
    if (requirement === undefined) {
      problems.push({ kind: 'unknown-requirement', requirementId, message: `An answer is given to the requirement "${requirementId}", which the specification does not have.` });
      continue;
    }
    const misfit = answerMisfit(requirement.answerType, answer);
    if (misfit !== null) problems.push({ kind: 'answer-misfit', requirementId, message: `The answer to "${requirementId}" does not fit: ${describeMisfit(misfit)}.` });
  }
  return problems.length === 0 ? { kind: 'fits' } : { kind: 'tampered', problems };
}
