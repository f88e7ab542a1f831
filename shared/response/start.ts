/**
 * A new response to a specification, pre-filled from the supplier's
 * profile: the answers given before to the same library requirement with
 * the same text. Answers whose text changed are not filled in but listed to
 * be checked; attachments are not filled in either (the profile keeps the
 * evidence's names and hashes, not the files), and are listed.
 */
import type { Specification } from '../specification/model';
import type { Answer } from './answers';
import { specificationFingerprint } from './fingerprint';
import { currentResponseVersion, responseFormat, type SupplierResponse } from './model';
import { offerAnswers, type OfferedAnswer, type SupplierProfile } from './profile';

export interface StartedResponse {
  response: SupplierResponse;
  /** Filled in from the profile. */
  filled: OfferedAnswer[];
  /** Offered, but the buyer's text differs from the one answered: check, then fill in. */
  toCheck: OfferedAnswer[];
  /** Offered attachments: the file must be attached again. */
  toAttach: OfferedAnswer[];
}

export function startResponse(specification: Specification, profile: SupplierProfile, options: { supplierName?: string; now: Date }): StartedResponse {
  const offers = offerAnswers(profile, specification);
  const filled = offers.filter((offer) => offer.status === 'offered' && offer.answer.kind !== 'attachment');
  const answers: Record<string, Answer> = {};
  for (const offer of filled) answers[offer.requirementId] = offer.answer;
  const name = options.supplierName?.trim() ?? '';
  return {
    response: {
      format: responseFormat,
      version: currentResponseVersion,
      specification: { id: specification.id, fingerprint: specificationFingerprint(specification), title: specification.title.slice(0, 1_000) },
      supplier: { name: name === '' ? profile.company.name : name, organisationNumber: profile.company.organisationNumber },
      answers,
      updatedAt: options.now.toISOString(),
    },
    filled,
    toCheck: offers.filter((offer) => offer.status === 'text-changed'),
    toAttach: offers.filter((offer) => offer.status === 'offered' && offer.answer.kind === 'attachment'),
  };
}
