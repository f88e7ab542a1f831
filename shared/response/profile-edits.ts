/**
 * The company profile editor, the pure part: the company's facts as the
 * form holds them (every field text, as typed), read back into the profile's
 * model with the language's numbers, blank rows of certifications and
 * references left out, and every field that cannot be read named.
 */
import type { UiLanguage } from '../languages';
import { parseDecimal } from '../locale-input';
import type { Requirement } from '../specification/model';
import type { DocumentLanguage } from '../specification/model/common';
import type { Answer } from './answers';
import { currentProfileVersion, LibraryRequirementId, profileFormat, requirementTextHash, type CompanyFacts, type ReusableAnswer, type SupplierProfile } from './profile';

export interface CertificationDraft {
  name: string;
  issuer: string;
  /** yyyy-mm-dd, or '' for none. */
  validUntil: string;
}

export interface ReferenceDraft {
  customer: string;
  description: string;
  year: string;
  contact: string;
}

export interface CompanyDraft {
  name: string;
  organisationNumber: string;
  staff: string;
  turnoverAmount: string;
  turnoverCurrency: string;
  turnoverYear: string;
  certifications: CertificationDraft[];
  references: ReferenceDraft[];
}

/** A field of the form that cannot be read; `row` counts from 0 among the certifications or references. */
export type CompanyProblem =
  | { field: 'staff' | 'turnoverAmount' | 'turnoverCurrency' | 'turnoverYear' }
  | { field: 'validUntil'; row: number }
  | { field: 'referenceYear'; row: number };

export function emptyProfile(id: string, now: Date): SupplierProfile {
  return {
    format: profileFormat,
    version: currentProfileVersion,
    id,
    company: { name: '', organisationNumber: '', certifications: [], references: [] },
    answers: [],
    updatedAt: now.toISOString(),
  };
}

function shown(value: number | undefined, language: UiLanguage): string {
  return value === undefined ? '' : String(value).replace('.', language === 'en' ? '.' : ',');
}

export function companyDraft(company: CompanyFacts, language: UiLanguage): CompanyDraft {
  return {
    name: company.name,
    organisationNumber: company.organisationNumber,
    staff: shown(company.staff, language),
    turnoverAmount: shown(company.turnover?.amount, language),
    turnoverCurrency: company.turnover?.currency ?? '',
    turnoverYear: company.turnover === undefined ? '' : String(company.turnover.year),
    certifications: company.certifications.map((c) => ({ name: c.name, issuer: c.issuer ?? '', validUntil: c.validUntil ?? '' })),
    references: company.references.map((r) => ({ customer: r.customer, description: r.description, year: r.year === undefined ? '' : String(r.year), contact: r.contact ?? '' })),
  };
}

const year = (text: string): number | null => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The company's facts from the form. Certifications without a name and
 * references without a customer are blank rows and left out; evidence files
 * the profile kept for a certification stay with it.
 */
export function companyFromDraft(draft: CompanyDraft, language: UiLanguage, previous?: CompanyFacts): { ok: true; company: CompanyFacts } | { ok: false; problems: CompanyProblem[] } {
  const problems: CompanyProblem[] = [];
  let staff: number | undefined;
  if (draft.staff.trim() !== '') {
    const value = parseDecimal(draft.staff, language);
    if (value === null || !Number.isInteger(value) || value < 0) problems.push({ field: 'staff' });
    else staff = value;
  }
  let turnover: CompanyFacts['turnover'];
  if (draft.turnoverAmount.trim() !== '') {
    const amount = parseDecimal(draft.turnoverAmount, language);
    const currency = draft.turnoverCurrency.trim().toUpperCase();
    const when = year(draft.turnoverYear);
    if (amount === null || amount < 0) problems.push({ field: 'turnoverAmount' });
    if (!/^[A-Z]{3}$/.test(currency)) problems.push({ field: 'turnoverCurrency' });
    if (when === null) problems.push({ field: 'turnoverYear' });
    if (amount !== null && amount >= 0 && /^[A-Z]{3}$/.test(currency) && when !== null) turnover = { amount, currency, year: when };
  }
  const certifications: CompanyFacts['certifications'] = [];
  draft.certifications.forEach((row, index) => {
    if (row.name.trim() === '') return;
    const validUntil = row.validUntil.trim();
    if (validUntil !== '' && !isoDate.test(validUntil)) problems.push({ field: 'validUntil', row: index });
    const evidence = previous?.certifications.find((c) => c.name === row.name.trim())?.evidence;
    certifications.push({
      name: row.name.trim(),
      ...(row.issuer.trim() === '' ? {} : { issuer: row.issuer.trim() }),
      ...(validUntil === '' ? {} : { validUntil }),
      ...(evidence === undefined ? {} : { evidence }),
    });
  });
  const references: CompanyFacts['references'] = [];
  draft.references.forEach((row, index) => {
    if (row.customer.trim() === '') return;
    const when = row.year.trim() === '' ? undefined : year(row.year);
    if (when === null) problems.push({ field: 'referenceYear', row: index });
    references.push({
      customer: row.customer.trim(),
      description: row.description,
      ...(when === undefined || when === null ? {} : { year: when }),
      ...(row.contact.trim() === '' ? {} : { contact: row.contact.trim() }),
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    company: {
      name: draft.name.trim(),
      organisationNumber: draft.organisationNumber.trim(),
      certifications,
      references,
      ...(turnover === undefined ? {} : { turnover }),
      ...(staff === undefined ? {} : { staff }),
    },
  };
}

/** What keeping a response's answers in the profile needs of the specification answered. */
export interface AnsweredSpecification {
  primaryLanguage: DocumentLanguage;
  requirements: readonly Pick<Requirement, 'id' | 'text' | 'provenance'>[];
}

/**
 * The profile with a response's answers kept as reusable answers: one per
 * requirement taken from the library, under its library id and the SHA-256
 * of the text answered in the specification's primary language, replacing
 * the answer kept before for the same library requirement and language.
 * Requirements written by the buyer (no library id) cannot be offered again
 * and are not kept. Attachment answers are kept with their file's name and
 * hash as evidence.
 */
export function keepAnswers(profile: SupplierProfile, specification: AnsweredSpecification, answers: Readonly<Record<string, Answer>>, now: Date): { profile: SupplierProfile; kept: number } {
  const language = specification.primaryLanguage;
  const kept = new Map<string, ReusableAnswer>();
  for (const requirement of specification.requirements) {
    const answer = answers[requirement.id];
    const libraryRequirementId = requirement.provenance?.requirementId;
    const text = requirement.text[language];
    if (answer === undefined || libraryRequirementId === undefined || text === undefined || !LibraryRequirementId.safeParse(libraryRequirementId).success) continue;
    kept.set(`${libraryRequirementId}\u0000${language}`, {
      libraryRequirementId,
      answeredText: { language, sha256: requirementTextHash(text) },
      answer,
      evidence: answer.kind === 'attachment' ? [answer.file] : [],
      updatedAt: now.toISOString(),
    });
  }
  const key = (answer: ReusableAnswer): string => `${answer.libraryRequirementId}\u0000${answer.answeredText.language}`;
  const answersKept = [...profile.answers.filter((answer) => !kept.has(key(answer))), ...kept.values()];
  return { profile: { ...profile, answers: answersKept, updatedAt: now.toISOString() }, kept: kept.size };
}
