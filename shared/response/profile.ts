/**
 * A supplier's profile (`.kravprofil`): the company's facts and its
 * reusable answers. An answer is kept under the library requirement it
 * answered (the id a specification's requirement names in its provenance)
 * and the SHA-256 of the text it answered, so that it is offered again
 * wherever the same library requirement appears, and marked "text changed —
 * check" when the buyer's text is not the one answered.
 */
import { z } from 'zod';
import { defineDocumentKind } from '../document-kinds/kind';
import type { ParseBudget } from '../file-reading/budget';
import { documentProblem } from '../file-reading/problem';
import { Amount, DocumentLanguage, IsoDate, IsoDateTime, type LocalisedText } from '../specification/model/common';
import type { VersionComparison } from '../documents';
import type { AnswerType } from '../specification/model/answer-types';
import { Answer, answerMisfit, EvidenceFile, Sha256Hex } from './answers';
import { sha256Hex } from './fingerprint';

export const profileFormat = 'kravstudio-supplier-profile';
export const currentProfileVersion = 1;
export const profileExtension = 'kravprofil';

export const Certification = z
  .object({
    name: z.string().trim().min(1).max(300).describe('E.g. "ISO/IEC 27001".'),
    issuer: z.string().max(300).optional(),
    validUntil: IsoDate.optional().describe('When the certificate expires.'),
    evidence: EvidenceFile.optional(),
  })
  .strict();
export type Certification = z.infer<typeof Certification>;

export const CustomerReference = z
  .object({
    customer: z.string().trim().min(1).max(300),
    description: z.string().max(5_000),
    year: z.number().int().min(1900).max(2200).optional(),
    contact: z.string().max(300).optional(),
  })
  .strict();
export type CustomerReference = z.infer<typeof CustomerReference>;

export const CompanyFacts = z
  .object({
    name: z.string().max(300),
    organisationNumber: z.string().max(40),
    certifications: z.array(Certification).max(500),
    references: z.array(CustomerReference).max(500),
    turnover: z.object({ amount: Amount, currency: z.string().regex(/^[A-Z]{3}$/), year: z.number().int().min(1900).max(2200) }).strict().optional(),
    staff: z.number().int().nonnegative().optional(),
  })
  .strict();
export type CompanyFacts = z.infer<typeof CompanyFacts>;

/** The id of a library requirement, as a specification's requirement names it in `provenance.requirementId`. */
export const LibraryRequirementId = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, 'A library requirement id, e.g. SEC-ACCESS-01');

/** An answer given once, kept for every specification that takes the same library requirement. */
export const ReusableAnswer = z
  .object({
    libraryRequirementId: LibraryRequirementId,
    answeredText: z
      .object({ language: DocumentLanguage, sha256: Sha256Hex })
      .strict()
      .describe('The language and SHA-256 of the requirement text the answer was given to (see requirementTextHash).'),
    answer: Answer,
    evidence: z.array(EvidenceFile).max(100),
    updatedAt: IsoDateTime,
  })
  .strict();
export type ReusableAnswer = z.infer<typeof ReusableAnswer>;

export const SupplierProfile = z
  .object({
    format: z.literal(profileFormat),
    version: z.literal(currentProfileVersion),
    id: z.uuid(),
    company: CompanyFacts,
    answers: z.array(ReusableAnswer).max(30_000),
    updatedAt: IsoDateTime,
  })
  .strict()
  .superRefine((profile, context) => {
    const seen = new Set<string>();
    profile.answers.forEach((answer, index) => {
      const key = `${answer.libraryRequirementId}\u0000${answer.answeredText.language}`;
      if (seen.has(key)) context.addIssue({ code: 'custom', path: ['answers', index], message: `A second answer to ${answer.libraryRequirementId} in ${answer.answeredText.language}` });
      seen.add(key);
    });
  })
  .meta({ id: 'SupplierProfile' });
export type SupplierProfile = z.infer<typeof SupplierProfile>;

export const profileBudget: ParseBudget = { maxValues: 1_000_000, maxListLength: 30_000, maxTextLength: 200_000, maxFields: 1_000 };

/**
 * The profile as a document kind. It is not in the registry of kinds the app
 * opens yet: the supplier screens that edit it come with the UI.
 */
export const profileKind = defineDocumentKind({
  id: 'supplier-profile',
  extension: profileExtension,
  contentKey: 'profile',
  fallbackFileName: 'Supplier profile',
  format: profileFormat,
  currentVersion: currentProfileVersion,
  versionKeys: ['version'],
  model: SupplierProfile,
  migrations: [() => ({ ok: false, problem: documentProblem('invalid', 'No supplier profile has format version 0.', [{ path: '$.version', message: 'Expected 1' }]) })],
  noun: 'a supplier profile',
  maxBytes: 20 * 1024 * 1024,
  budget: profileBudget,
  summarise: (profile) => ({ id: profile.id, title: profile.company.name, requirementCount: profile.answers.length, updatedAt: profile.updatedAt }),
  recentDetails: { model: z.object({ organisationNumber: z.string().optional() }), of: (profile) => ({ organisationNumber: profile.company.organisationNumber }) },
  compare: compareProfiles,
  withId: (profile, id) => ({ ...profile, id }),
  schema: {
    fileName: 'supplier-profile.schema.json',
    $id: 'https://kravstudio.github.io/schema/supplier-profile.schema.json',
    title: 'Kravstudio supplier profile',
    description: "A supplier's company facts and reusable answers to library requirements.",
  },
});

/** What restoring a stored profile would change: reusable answers added, removed or changed, and the company facts. */
function compareProfiles(current: SupplierProfile, stored: SupplierProfile): VersionComparison {
  const key = (answer: ReusableAnswer): string => `${answer.libraryRequirementId} (${answer.answeredText.language})`;
  const now = new Map(current.answers.map((answer) => [key(answer), answer]));
  const then = new Map(stored.answers.map((answer) => [key(answer), answer]));
  const describe = (answer: ReusableAnswer): { id: string; text: string } => ({ id: key(answer), text: answer.answer.kind });
  return {
    titleChanged: current.company.name !== stored.company.name,
    added: stored.answers.filter((answer) => !now.has(key(answer))).map(describe),
    removed: current.answers.filter((answer) => !then.has(key(answer))).map(describe),
    changed: stored.answers
      .filter((answer) => now.has(key(answer)) && JSON.stringify(now.get(key(answer))) !== JSON.stringify(answer))
      .map((answer) => ({ ...describe(answer), fields: ['answer'] })),
    otherChanges: JSON.stringify(current.company) === JSON.stringify(stored.company) ? [] : ['company'],
  };
}

/** Text as compared for reuse: line ends, runs of spaces and the ends trimmed, so that re-wrapping a text does not count as a change. */
export function normaliseRequirementText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
}

/** The SHA-256 of a requirement text in one language, as a reusable answer keeps it. */
export function requirementTextHash(text: string): string {
  return sha256Hex(normaliseRequirementText(text));
}

/** What offering needs of a requirement (a specification's Requirement is one). */
export interface OfferableRequirement {
  id: string;
  text: LocalisedText;
  answerType: AnswerType;
  provenance: { requirementId: string } | null;
}

/** An answer from the profile offered for one requirement of a specification. */
export interface OfferedAnswer {
  requirementId: string;
  libraryRequirementId: string;
  /** offered: the same text was answered; text-changed: the library requirement matches but the buyer's text differs — check before using. */
  status: 'offered' | 'text-changed';
  answer: Answer;
  evidence: EvidenceFile[];
}

/** The reusable answer for a library requirement, preferring one given to text in `language`. */
function answerFor(byLibraryId: ReadonlyMap<string, ReusableAnswer[]>, libraryId: string, text: LocalisedText, languages: readonly DocumentLanguage[]): { reusable: ReusableAnswer; same: boolean } | null {
  const candidates = byLibraryId.get(libraryId) ?? [];
  for (const reusable of candidates) {
    const written = text[reusable.answeredText.language];
    if (written !== undefined && requirementTextHash(written) === reusable.answeredText.sha256) return { reusable, same: true };
  }
  const preferred = candidates.find((reusable) => languages.includes(reusable.answeredText.language)) ?? candidates[0];
  return preferred === undefined ? null : { reusable: preferred, same: false };
}

/**
 * The profile's answers offered for a specification's requirements: one per
 * requirement taken from the library whose library id the profile has
 * answered and whose answer still fits the requirement's answer type.
 */
export function offerAnswers(profile: SupplierProfile, specification: { requirements: readonly OfferableRequirement[]; languages: readonly DocumentLanguage[] }): OfferedAnswer[] {
  const byLibraryId = new Map<string, ReusableAnswer[]>();
  for (const reusable of profile.answers) byLibraryId.set(reusable.libraryRequirementId, [...(byLibraryId.get(reusable.libraryRequirementId) ?? []), reusable]);
  const offers: OfferedAnswer[] = [];
  for (const requirement of specification.requirements) {
    const offer = offerFor(byLibraryId, requirement, specification.languages);
    if (offer !== null) offers.push(offer);
  }
  return offers;
}

function offerFor(byLibraryId: ReadonlyMap<string, ReusableAnswer[]>, requirement: OfferableRequirement, languages: readonly DocumentLanguage[]): OfferedAnswer | null {
  const libraryId = requirement.provenance?.requirementId;
  if (libraryId === undefined) return null;
  const found = answerFor(byLibraryId, libraryId, requirement.text, languages);
  if (found === null || answerMisfit(requirement.answerType, found.reusable.answer) !== null) return null;
  return {
    requirementId: requirement.id,
    libraryRequirementId: libraryId,
    status: found.same ? 'offered' : 'text-changed',
    answer: found.reusable.answer,
    evidence: found.reusable.evidence,
  };
}
