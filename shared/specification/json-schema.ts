import { documentJsonSchema } from '../document-kinds/json-schema';
import { specificationKind, specificationSchemaId } from '../document-kinds/specification';

export { specificationSchemaId };

/**
 * The published JSON Schema of a specification file, generated from the zod
 * model. Checks that relate fields to each other (references, the section
 * tree, procedures per jurisdiction, CPV check digits) cannot be said in JSON
 * Schema; the schema describes the shape.
 */
export function specificationJsonSchema(): Record<string, unknown> {
  return documentJsonSchema(specificationKind);
}
