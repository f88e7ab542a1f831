/**
 * The fingerprint of a specification's tender content: what a supplier
 * answers — the outline and numbering, every requirement with its texts,
 * obligation, answer type, response instruction, parameters and scoring, and
 * the evaluation model — written in one canonical form and hashed with
 * SHA-256. A response names the fingerprint of the specification it
 * answers, so that a buyer sees at once when it answers another version.
 *
 * What the buyer edits for themselves (notes, dismissed findings, tracing,
 * library provenance, editing dates, revisions, background prose) is left
 * out: changing it does not change what suppliers were asked.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import type { Requirement, Section, Specification } from '../specification/model';

/** A JSON value in canonical form: objects' keys sorted, `undefined` left out. */
type Canonical = null | boolean | number | string | Canonical[] | { [key: string]: Canonical };

/**
 * JSON text with every object's keys in code-unit order and no spaces, so
 * that the same content gives the same text whatever order its keys were in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('A canonical form has only finite numbers.');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new Error(`A canonical form cannot hold a ${typeof value}.`);
}

function sectionContent(section: Section): Canonical {
  return {
    id: section.id,
    parentId: section.parentId,
    order: section.order,
    title: section.title,
    intro: section.intro ?? null,
    numbering: section.numbering ?? null,
  };
}

function requirementContent(requirement: Requirement): Canonical {
  return {
    id: requirement.id,
    sectionId: requirement.sectionId,
    order: requirement.order,
    title: requirement.title ?? null,
    fixedNumber: requirement.fixedNumber ?? null,
    text: requirement.text,
    responseInstruction: requirement.responseInstruction ?? null,
    obligation: requirement.obligation,
    role: requirement.role,
    verification: requirement.verification as Canonical,
    answerType: requirement.answerType as Canonical,
    parameters: requirement.parameters as Canonical,
    evaluation: (requirement.evaluation ?? null) as Canonical,
  };
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The tender content of a specification in canonical form (lists in id order: their own `order` fields keep the sequence). */
export function tenderContent(specification: Specification): string {
  return canonicalJson({
    id: specification.id,
    languages: specification.languages,
    currency: specification.procurement.currency,
    sections: [...specification.sections].sort(byId).map(sectionContent),
    requirements: [...specification.requirements].sort(byId).map(requirementContent),
    evaluation: specification.evaluation,
  });
}

/** SHA-256 of UTF-8 text or bytes, as 64 lower-case hexadecimal characters. */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? new TextEncoder().encode(input) : input));
}

/** A SHA-256 as written in files: 64 lower-case hexadecimal characters. */
export const sha256Pattern = /^[0-9a-f]{64}$/;

/** The fingerprint of a specification's tender content: SHA-256 of `tenderContent`, 64 hexadecimal characters. */
export function specificationFingerprint(specification: Specification): string {
  return sha256Hex(tenderContent(specification));
}
