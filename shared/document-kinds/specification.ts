/**
 * The requirement specification as a kind of document: the buyer's
 * `.kravspec` file, its format and migrations, what the recent list shows
 * (buyer, jurisdiction, how much of the Review checklist holds), and how the
 * Versions view compares two versions.
 */
import { z } from 'zod';
import { checkCompleteness } from '../builder/completeness';
import { documentExtension } from '../document-file';
import { specificationFileFormat } from '../specification/format';
import { IncrementalSerializer } from '../specification/incremental-serializer';
import { currentSchemaVersion, Jurisdiction, type Specification } from '../specification/model';
import { compareVersions } from '../version-comparison';
import { defineDocumentKind } from './kind';

/** Where the published JSON Schema of the current specification format lives. */
export const specificationSchemaId = `https://kravstudio.se/schema/specification-${currentSchemaVersion}.json`;

/** The recent list's columns for a specification. */
export const SpecificationRecentDetails = z.object({
  buyer: z.string(),
  jurisdiction: Jurisdiction,
  /** How many of the Review step's completeness checks held when it was last saved; absent in older app states. */
  progress: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).optional(),
});
export type SpecificationRecentDetails = z.infer<typeof SpecificationRecentDetails>;

/** The share of the Review step's checks that hold, for the home screen's list of recent documents. */
function completenessOf(spec: Specification): { done: number; total: number } {
  const checks = checkCompleteness(spec);
  return { done: checks.filter((check) => check.done).length, total: checks.length };
}

export const specificationKind = defineDocumentKind<Specification, SpecificationRecentDetails>({
  ...specificationFileFormat,
  id: 'specification',
  extension: documentExtension,
  contentKey: 'specification',
  fallbackFileName: 'Specification',
  summarise: (spec) => ({ id: spec.id, title: spec.title, requirementCount: spec.requirements.length, updatedAt: spec.updatedAt }),
  recentDetails: {
    model: SpecificationRecentDetails,
    of: (spec) => ({ buyer: spec.buyer.name, jurisdiction: spec.jurisdiction, progress: completenessOf(spec) }),
  },
  compare: compareVersions,
  withId: (spec, id) => ({ ...spec, id }),
  withTitle: (spec, title) => ({ ...spec, title }),
  createWriter: () => new IncrementalSerializer(),
  schema: {
    fileName: 'specification.schema.json',
    $id: specificationSchemaId,
    title: 'Kravstudio requirement specification',
    description:
      'A requirement specification for an ICT service written with Kravstudio (file extension .kravspec). ' +
      'The schema describes the shape of format version ' +
      String(currentSchemaVersion) +
      '; Kravstudio also checks that ids are unique, references resolve, sections form a tree, ' +
      'procedures fit the jurisdiction and CPV check digits are right. Organisation numbers and e-mail addresses ' +
      'are checked as content (kravstudio validate reports them), so that a draft always saves.',
  },
});
