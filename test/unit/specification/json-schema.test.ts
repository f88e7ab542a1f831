import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema } from '../../../shared/document-kinds/json-schema';
import { publishedDocumentKinds } from '../../../shared/document-kinds/registry';
import { specificationJsonSchema, specificationSchemaId } from '../../../shared/specification';

/**
 * The published JSON Schema of every kind of document is generated from its
 * zod model. This test keeps the committed files in `schema/` in step: run
 * with UPDATE_SCHEMA=1 to rewrite them.
 */
describe.each(publishedDocumentKinds.map((kind) => [kind.schema.fileName, kind] as const))('schema/%s', (fileName, kind) => {
  const schemaFile = fileURLToPath(new URL(`../../../schema/${fileName}`, import.meta.url));
  const generated = `${JSON.stringify(documentJsonSchema(kind), null, 2)}\n`;

  it('matches the zod model', () => {
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(schemaFile, generated);
    let committed: string;
    try {
      committed = readFileSync(schemaFile, 'utf8');
    } catch {
      throw new Error(`schema/${fileName} is missing. Run: UPDATE_SCHEMA=1 npx vitest run test/unit/specification/json-schema.test.ts`);
    }
    if (committed !== generated) {
      throw new Error(
        `schema/${fileName} is out of date with the zod model of the ${kind.id} kind. ` +
          'Run: UPDATE_SCHEMA=1 npx vitest run test/unit/specification/json-schema.test.ts and commit the result.',
      );
    }
  });

  it('names itself and says what it describes', () => {
    const schema = documentJsonSchema(kind);
    expect(schema['$id']).toBe(kind.schema.$id);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toBe(kind.schema.title);
  });
});

describe('schema/specification.schema.json', () => {
  it('names itself and says what it describes', () => {
    const schema = specificationJsonSchema();
    expect(schema['$id']).toBe(specificationSchemaId);
    expect(schema['$id']).toBe('https://kravstudio.se/schema/specification-4.json');
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toBe('Kravstudio requirement specification');
    expect(schema['additionalProperties']).toBe(false);
    expect(Object.keys(schema['properties'] as object)).toContain('requirements');
  });
});
