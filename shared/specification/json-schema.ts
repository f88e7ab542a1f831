import { z } from 'zod';
import { currentSchemaVersion, Specification } from './model';

/** Where the published JSON Schema of the current format version lives. */
export const specificationSchemaId = `https://kravstudio.se/schema/specification-${currentSchemaVersion}.json`;

/**
 * The published JSON Schema of a specification file, generated from the zod
 * model. Checks that relate fields to each other (references, the section
 * tree, procedures per jurisdiction, CPV check digits) cannot be said in JSON
 * Schema; the schema describes the shape.
 */
export function specificationJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Specification, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, title: _title, description: _description, ...rest } = generated;
  return {
    $schema,
    $id: specificationSchemaId,
    title: 'Kravstudio requirement specification',
    description:
      'A requirement specification for an ICT service written with Kravstudio (file extension .kravspec). ' +
      'The schema describes the shape of format version ' +
      String(currentSchemaVersion) +
      '; Kravstudio also checks that ids are unique, references resolve, sections form a tree, ' +
      'procedures fit the jurisdiction and CPV check digits are right. Organisation numbers and e-mail addresses ' +
      'are checked as content (kravstudio validate reports them), so that a draft always saves.',
    ...rest,
  };
}
