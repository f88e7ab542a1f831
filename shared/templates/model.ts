/**
 * The open template format: requirement packs per ICT service type, and
 * shared modules (security, privacy, accessibility, …) that several packs
 * include without copying. Shipped packs live in templates/packs/ and
 * templates/modules/, published under CC BY 4.0; users can import their own.
 */
import { z } from 'zod';
import { ValueUnit } from '../format/units';
import { AnswerType } from '../specification/model/answer-types';
import { Jurisdiction } from '../specification/model/common';
import {
  Obligation,
  ParameterType,
  RequirementLevel,
  RequirementRole,
  VerificationMethod,
} from '../specification/model/requirements';

/**
 * A text in Swedish, Norwegian bokmål and English. A user's own pack may have
 * only some of them; the shipped library has all three (a content test checks).
 */
export const TriText = z
  .object({ sv: z.string().trim().min(1).optional(), nb: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
  .strict()
  .refine((text) => text.sv !== undefined || text.nb !== undefined || text.en !== undefined, 'Give the text in at least one language')
  .meta({ id: 'TriText', description: 'The same text in Swedish (sv), Norwegian bokmål (nb) and English (en); at least one.' });
export type TriText = z.infer<typeof TriText>;

/** Stable public ids: upper-case letters and digits in dash-separated groups, e.g. SAAS-AVAIL-01. */
export const TemplateRequirementId = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, 'A template requirement id is upper-case groups joined by "-", e.g. SEC-ACCESS-01');

/** Pack, module, section and catalogue ids: lower-case words joined by "-". */
export const Slug = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'Use lower-case letters and digits joined by "-"');

export const serviceTypes = [
  'cloud-service',
  'it-operations',
  'application-maintenance',
  'software-development',
  'case-and-records-management',
  'public-e-services',
  'open-data-and-apis',
  'it-consultancy',
  'school-administration',
  'health-and-care-records',
  'hr-and-payroll',
  'identity-and-access',
  'gis-and-maps',
  'shared-module',
  'other',
] as const;
export const ServiceType = z.enum(serviceTypes);
export type ServiceType = z.infer<typeof ServiceType>;

/** A value the buyer fills in, placed in the text as {name}. */
export const TemplateParameter = z
  .object({
    name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
    type: ParameterType,
    label: TriText,
    /** A unit code (shared/format/units.ts), shown in the reader's language; any other text is shown as written. */
    unit: ValueUnit.optional(),
    /** A text default that differs by language (a register, an eIDAS level) is written per language; instantiate takes the document's. */
    default: z.union([z.string(), z.number(), TriText]),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict();
export type TemplateParameter = z.infer<typeof TemplateParameter>;

/** A parameter's default in one language: a per-language text default gives that language's, or the first it has. */
export function parameterDefault(parameter: Pick<TemplateParameter, 'default'>, language: 'sv' | 'nb' | 'en'): string | number {
  const value = parameter.default;
  if (typeof value !== 'object') return value;
  return value[language] ?? value.sv ?? value.nb ?? value.en ?? '';
}

/** Why a requirement matters, its pitfalls, how to adapt it, and its legal or guidance anchor. */
export const Guidance = z
  .object({
    why: TriText,
    pitfalls: TriText,
    adapt: TriText,
    anchor: TriText,
  })
  .strict();
export type Guidance = z.infer<typeof Guidance>;

export const Source = z
  .object({
    title: z.string().min(1),
    url: z.url({ protocol: /^https$/ }),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const TemplateRequirement = z
  .object({
    id: TemplateRequirementId,
    section: Slug,
    title: TriText,
    text: TriText,
    /** Required in the shipped library (a content test checks); a user's own pack may leave it out. */
    guidance: Guidance.optional(),
    obligation: Obligation,
    role: RequirementRole,
    verification: VerificationMethod,
    answerType: AnswerType,
    parameters: z.array(TemplateParameter).default([]),
    level: RequirementLevel,
    standards: z.array(Slug).default([]),
    innovation: z.array(Slug).default([]),
    jurisdictions: z.array(Jurisdiction).min(1),
    sources: z.array(Source).default([]),
    /**
     * Requirements that set another rule for the same thing (data location
     * within the EEA only, or also in countries with an adequacy decision): a
     * specification takes one of them, chosen by the buyer. Adding a pack takes
     * the first the pack lists; the preflight reports a document holding two.
     */
    alternatives: z.array(TemplateRequirementId).default([]),
  })
  .strict();
export type TemplateRequirement = z.infer<typeof TemplateRequirement>;

export const TemplateSection = z
  .object({
    id: Slug,
    parent: Slug.nullable().default(null),
    title: TriText,
  })
  .strict();
export type TemplateSection = z.infer<typeof TemplateSection>;

export const Author = z.object({ name: z.string().min(1), organisation: z.string().optional() }).strict();

export const ChangelogEntry = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    date: z.iso.date(),
    changes: TriText,
  })
  .strict();

export const templateFormat = 'kravstudio-template-pack';
export const templateFormatVersion = 1;

/**
 * A pack (a service type's requirements) or a module (a theme shared by
 * several packs). A pack lists the modules it includes; their sections and
 * requirements become part of the pack without being copied.
 */
export const TemplatePack = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(templateFormat),
    formatVersion: z.literal(templateFormatVersion),
    kind: z.enum(['pack', 'module']),
    id: Slug,
    version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'Use semantic versioning, e.g. 1.2.0'),
    title: TriText,
    description: TriText,
    serviceType: ServiceType,
    licence: z.string().min(1),
    authors: z.array(Author).min(1),
    changelog: z.array(ChangelogEntry).min(1),
    includes: z.array(Slug).default([]),
    sections: z.array(TemplateSection),
    requirements: z.array(TemplateRequirement),
  })
  .strict();
export type TemplatePack = z.infer<typeof TemplatePack>;
