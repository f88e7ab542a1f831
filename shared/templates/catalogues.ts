/**
 * The catalogues beside the packs: open standards, innovation criteria, and
 * procurement rules (thresholds, direct-award limits, procedures) with
 * validity dates and "verify" flags. All are data, never constants in code.
 */
import { z } from 'zod';
import { type DocumentLanguage, Jurisdiction } from '../specification/model/common';
import { ProcedureId } from '../specification/model/procurement';
import { Slug, Source, TriText } from './model';

export const StandardEntry = z
  .object({
    id: Slug,
    /** The name as its publisher gives it; an international standard keeps its official title in every language. */
    name: z.string().min(1),
    /**
     * The name in a document language where `name` is a description of ours
     * or a national name that reads otherwise in that language (e.g. the
     * Swedish FGS in a Norwegian document). Absent languages use `name`.
     */
    localNames: z
      .object({ sv: z.string().min(1).optional(), nb: z.string().min(1).optional(), en: z.string().min(1).optional() })
      .strict()
      .optional(),
    version: z.string().nullable(),
    publisher: z.string().min(1),
    kind: z.enum(['formal-standard', 'open-specification']),
    purpose: TriText,
    /** Status in the Norwegian reference catalogue for IT standards, where known. */
    norway: z.enum(['mandatory', 'recommended']).nullable(),
    /** What Swedish guidance says about it, where known. */
    sweden: TriText.nullable(),
    /** Why it matters for EU interoperability (EIF), where it does. */
    euInteroperability: TriText.nullable(),
    url: z.url({ protocol: /^https$/ }),
    source: Source,
  })
  .strict();
export type StandardEntry = z.infer<typeof StandardEntry>;

/** The standard's name in a document language, without its version. */
export function standardTitle(entry: Pick<StandardEntry, 'name' | 'localNames'>, language: DocumentLanguage): string {
  return entry.localNames?.[language] ?? entry.name;
}

/** The standard's name in a document language with its version once ("WCAG 2.1", never "WCAG 2.1 2.1"; "RFC 8446 … Version 1.3"). */
export function standardName(entry: Pick<StandardEntry, 'name' | 'localNames' | 'version'>, language: DocumentLanguage): string {
  const title = standardTitle(entry, language);
  const { version } = entry;
  if (version === null || title.includes(version)) return title;
  // "Extensible Markup Language (XML) 1.0" with version "1.0 (Fifth Edition)": the number once.
  const lead = /^[\p{L}\p{N}.:-]+/u.exec(version)?.[0];
  if (lead !== undefined && (title === lead || title.endsWith(` ${lead}`))) return `${title}${version.slice(lead.length)}`;
  return `${title} ${version}`;
}

export const StandardsCatalogue = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('kravstudio-standards'),
    version: z.string(),
    licence: z.string(),
    standards: z.array(StandardEntry),
  })
  .strict();
export type StandardsCatalogue = z.infer<typeof StandardsCatalogue>;

export const InnovationCriterion = z
  .object({
    id: Slug,
    title: TriText,
    explanation: TriText,
    anchor: TriText,
    /** What in a specification shows the criterion is met. */
    evidence: TriText,
    sources: z.array(Source).min(1),
  })
  .strict();
export type InnovationCriterion = z.infer<typeof InnovationCriterion>;

export const InnovationCatalogue = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('kravstudio-innovation-criteria'),
    version: z.string(),
    licence: z.string(),
    criteria: z.array(InnovationCriterion),
  })
  .strict();
export type InnovationCatalogue = z.infer<typeof InnovationCatalogue>;

/** A money limit that decides which rules apply, valid for a period; `verify` marks unconfirmed values. */
export const Threshold = z
  .object({
    id: Slug,
    kind: z.enum(['eu-threshold', 'direct-award-limit', 'national-threshold', 'act-applies-from']),
    label: TriText,
    amount: z.number().positive(),
    currency: z.enum(['SEK', 'NOK', 'EUR']),
    validFrom: z.iso.date(),
    validTo: z.iso.date().nullable(),
    verify: z.boolean(),
    note: TriText.optional(),
    source: Source,
  })
  .strict();
export type Threshold = z.infer<typeof Threshold>;

export const ProcedureRule = z
  .object({
    id: ProcedureId,
    label: TriText,
    anchor: TriText,
    /** Where the procedure may be used: above the EU thresholds, below them, or both. */
    applies: z.enum(['above-threshold', 'below-threshold', 'any']),
    note: TriText.optional(),
  })
  .strict();
export type ProcedureRule = z.infer<typeof ProcedureRule>;

export const JurisdictionRules = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('kravstudio-procurement-rules'),
    jurisdiction: Jurisdiction,
    version: z.string(),
    licence: z.string(),
    checkedAt: z.iso.date(),
    thresholds: z.array(Threshold),
    procedures: z.array(ProcedureRule),
    sources: z.array(Source).min(1),
  })
  .strict();
export type JurisdictionRules = z.infer<typeof JurisdictionRules>;
