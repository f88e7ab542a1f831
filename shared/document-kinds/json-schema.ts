import { z } from 'zod';
import type { AnyDocumentKind } from './kind';

/**
 * The published JSON Schema of a kind's file, generated from its zod model:
 * the shape of the current format version. Checks that relate fields to each
 * other cannot be said in JSON Schema; the kind's model makes them.
 */
export function documentJsonSchema(kind: Pick<AnyDocumentKind, 'model' | 'schema'>): Record<string, unknown> {
  const generated = z.toJSONSchema(kind.model, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, title: _title, description: _description, ...rest } = generated;
  return { $schema, $id: kind.schema.$id, title: kind.schema.title, description: kind.schema.description, ...rest };
}
