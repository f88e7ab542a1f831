/**
 * The template pack as a file to share: the `.kravmall` a user exports from
 * the library and another imports. Its content is the pack exactly as the
 * library keeps it (format "kravstudio-template-pack", self-contained, with
 * the JSON Schema published in templates/schema/ and schema/), read through
 * the shared pipeline: size, UTF-8, the budget before JSON.parse, nesting,
 * prototype keys, format name and version, then the zod model.
 *
 * The window does not open packs as documents; the library imports, exports
 * and publishes them, so the kind is not in the registry of kinds the app opens.
 */
import { z } from 'zod';
import type { VersionComparison } from '../documents';
import { templatePackBudget } from '../file-reading/budget';
import { inLanguage } from '../languages';
import { TemplatePack, templateFormat, templateFormatVersion } from '../templates/model';
import { maxPackBytes } from '../templates/pack-file';
import { defineDocumentKind } from './kind';

/** The file name extension of a shared template pack, without the dot ("mall": template in Swedish). */
export const templatePackExtension = 'kravmall';

export const templatePackSchemaId = `https://kravstudio.se/schema/template-pack-file-${templateFormatVersion}.json`;

const PackRecentDetails = z.object({ requirements: z.number().int().nonnegative() });
type PackRecentDetails = z.infer<typeof PackRecentDetails>;

/** Requirements added, removed or changed between two versions of a pack. */
function comparePacks(current: TemplatePack, stored: TemplatePack): VersionComparison {
  const now = new Map(current.requirements.map((requirement) => [requirement.id, requirement]));
  const then = new Map(stored.requirements.map((requirement) => [requirement.id, requirement]));
  const textOf = (requirement: TemplatePack['requirements'][number]): string => inLanguage(requirement.title, 'en') || requirement.id;
  const changed: VersionComparison['changed'] = [];
  for (const [id, requirement] of then) {
    const before = now.get(id);
    if (before === undefined) continue;
    const fields = (Object.keys(requirement) as (keyof typeof requirement)[]).filter((key) => JSON.stringify(requirement[key]) !== JSON.stringify(before[key]));
    if (fields.length > 0) changed.push({ id, text: textOf(requirement), fields });
  }
  return {
    titleChanged: JSON.stringify(current.title) !== JSON.stringify(stored.title),
    added: stored.requirements.filter((requirement) => !now.has(requirement.id)).map((requirement) => ({ id: requirement.id, text: textOf(requirement) })),
    removed: current.requirements.filter((requirement) => !then.has(requirement.id)).map((requirement) => ({ id: requirement.id, text: textOf(requirement) })),
    changed,
    otherChanges: current.version === stored.version ? [] : ['version'],
  };
}

export const templatePackKind = defineDocumentKind<TemplatePack, PackRecentDetails>({
  format: templateFormat,
  currentVersion: templateFormatVersion,
  versionKeys: ['formatVersion'],
  model: TemplatePack,
  migrations: [],
  noun: 'a template pack',
  maxBytes: maxPackBytes,
  budget: templatePackBudget,
  id: 'template-pack',
  extension: templatePackExtension,
  contentKey: 'pack',
  fallbackFileName: 'Pack',
  summarise: (pack) => ({ id: pack.id, title: inLanguage(pack.title, 'en') || pack.id, requirementCount: pack.requirements.length, updatedAt: null }),
  recentDetails: { model: PackRecentDetails, of: (pack) => ({ requirements: pack.requirements.length }) },
  compare: comparePacks,
  withId: (pack, id) => ({ ...pack, id }),
  schema: {
    fileName: 'template-pack.schema.json',
    $id: templatePackSchemaId,
    title: 'Kravstudio template pack file',
    description:
      'A template pack shared as a file (file extension .kravmall): the sections and requirement templates of one service type, ' +
      'with their parameters, guidance and authors, exactly as the Kravstudio library keeps it. The schema describes the shape of format version ' +
      String(templateFormatVersion) +
      '; Kravstudio also checks that ids are unique and that the modules a pack includes are in the library.',
  },
});
