import { z } from 'zod';
import { uuidFromText } from './derived-id';

/**
 * Format version 0: the first draft format, written before the model had
 * needs, evaluation or more than one language. Frozen here as it was, so
 * that later changes to the current model cannot change how it migrates.
 */
export const SpecificationV0 = z
  .object({
    format: z.literal('kravstudio-specification'),
    version: z.literal(0),
    title: z.string(),
    jurisdiction: z.enum(['se', 'no', 'eu']),
    language: z.enum(['sv', 'nb', 'en']),
    buyer: z.object({ name: z.string(), orgNumber: z.string() }).strict(),
    requirements: z.array(
      z
        .object({
          id: z.string().min(1),
          /** The title of the section the requirement sits under. */
          section: z.string(),
          text: z.string(),
          mandatory: z.boolean(),
        })
        .strict(),
    ),
    savedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type SpecificationV0 = z.infer<typeof SpecificationV0>;

const currencyOf = { se: 'SEK', no: 'NOK', eu: 'EUR' } as const;

/**
 * Version 0 → version 1. Sections come from the distinct section titles in
 * order of first use; "mandatory" becomes the obligation; the single text is
 * kept under the document's one language; everything version 0 did not have
 * gets an empty default. The organisation number is kept as it was, even
 * when its check digit is wrong. The migration's revision entry is added by
 * `migrateToCurrent`, once for all steps.
 */
export function migrateV0ToV1(old: SpecificationV0, now: Date): Record<string, unknown> {
  const language = old.language;
  const stamp = old.savedAt ?? now.toISOString();

  const sectionIds = new Map<string, string>();
  for (const requirement of old.requirements) {
    if (!sectionIds.has(requirement.section)) sectionIds.set(requirement.section, `section-${sectionIds.size + 1}`);
  }
  const sections = [...sectionIds].map(([title, id], order) => ({
    id,
    parentId: null,
    order,
    title: { [language]: title },
  }));

  const usedIds = new Set<string>();
  const orderInSection = new Map<string, number>();
  const requirements = old.requirements.map((requirement) => {
    const sectionId = sectionIds.get(requirement.section) ?? 'section-1';
    const order = orderInSection.get(sectionId) ?? 0;
    orderInSection.set(sectionId, order + 1);
    return {
      id: itemIdFrom(requirement.id, usedIds),
      sectionId,
      order,
      text: { [language]: requirement.text },
      obligation: requirement.mandatory ? 'mandatory' : 'evaluated',
      role: 'specification',
      verification: { method: null },
      answerType: requirement.mandatory ? { kind: 'confirmation' } : { kind: 'text' },
      parameters: [],
      level: 'basic',
      standards: [],
      needIds: [],
      tracing: 'linked',
      tracingReason: '',
      provenance: null,
      dismissedFindings: [],
      notes: '',
    };
  });

  // Kept as it was, even when its check digit is wrong: the editor points that out
  // (content checks) and the user corrects it; nothing typed is thrown away.
  const orgNumber = old.buyer.orgNumber.trim();

  // Written out in full rather than built with createSpecification: a migration
  // must keep producing version 1 even when later versions change the defaults.
  return {
    format: 'kravstudio-specification',
    schemaVersion: 1,
    id: uuidFromText(JSON.stringify(old)),
    title: old.title,
    jurisdiction: old.jurisdiction,
    languages: [language],
    primaryLanguage: language,
    createdAt: stamp,
    updatedAt: stamp,
    buyer: { name: old.buyer.name, organisationNumber: orgNumber, contact: {} },
    procurement: {
      referenceNumber: '',
      procedure: null,
      estimatedValue: null,
      currency: currencyOf[old.jurisdiction],
      contractPeriod: { startDate: null, endDate: null },
      options: [],
      cpvCodes: [],
      lots: [],
      notDividedReason: '',
    },
    background: '',
    currentSituation: '',
    stakeholders: [],
    userGroups: [],
    needs: [],
    goals: [],
    marketDialogue: [],
    sections,
    requirements,
    evaluation: { basis: 'price-quality', method: 'weighted-points', priceFormula: 'proportional', criteria: [] },
    glossary: [],
    attachments: [],
    revisions: [],
  };
}

/**
 * Version 0 allowed any id; version 1 ids are 1–100 letters, digits and
 * ".", "_", ":", "-". Other characters become "-", and a clash gets a suffix.
 */
function itemIdFrom(oldId: string, used: Set<string>): string {
  let base = oldId
    .trim()
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 90);
  if (base === '') base = 'requirement';
  let candidate = base;
  for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${base}-${suffix}`;
  used.add(candidate);
  return candidate;
}
