/**
 * JSON Schemas for the template library files, generated from the zod
 * models and published in templates/schema/ so editors offer completion.
 * Cross-file checks (ids resolve, parameters used) are the content tests'.
 */
import { z } from 'zod';
import { AnchorReviewList } from './anchor-review';
import { InnovationCatalogue, JurisdictionRules, StandardsCatalogue } from './catalogues';
import { TemplatePack } from './model';

const schemas = {
  'template-pack': { model: TemplatePack, title: 'Kravstudio template pack or module' },
  standards: { model: StandardsCatalogue, title: 'Kravstudio standards catalogue' },
  'innovation-criteria': { model: InnovationCatalogue, title: 'Kravstudio innovation criteria' },
  'procurement-rules': { model: JurisdictionRules, title: 'Kravstudio procurement rules for one jurisdiction' },
  'anchor-review': { model: AnchorReviewList, title: 'Kravstudio reviewed list of legal anchors' },
} as const;

export type TemplateSchemaName = keyof typeof schemas;
export const templateSchemaNames = Object.keys(schemas) as TemplateSchemaName[];

export function templateJsonSchema(name: TemplateSchemaName): Record<string, unknown> {
  const { model, title } = schemas[name];
  const generated = z.toJSONSchema(model, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `https://kravstudio.se/schema/${name}-1.json`, title, ...rest };
}
