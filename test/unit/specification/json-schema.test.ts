import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { specificationJsonSchema, specificationSchemaId } from '../../../shared/specification';

const schemaFile = fileURLToPath(new URL('../../../schema/specification.schema.json', import.meta.url));

/**
 * The published JSON Schema is generated from the zod model. This test keeps
 * the committed file in step: run with UPDATE_SCHEMA=1 to rewrite it.
 */
describe('schema/specification.schema.json', () => {
  const generated = `${JSON.stringify(specificationJsonSchema(), null, 2)}\n`;

  it('matches the zod model', () => {
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(schemaFile, generated);
    let committed: string;
    try {
      committed = readFileSync(schemaFile, 'utf8');
    } catch {
      throw new Error('schema/specification.schema.json is missing. Run: UPDATE_SCHEMA=1 npx vitest run test/unit/specification/json-schema.test.ts');
    }
    if (committed !== generated) {
      throw new Error(
        'schema/specification.schema.json is out of date with the zod model in shared/specification/. ' +
          'Run: UPDATE_SCHEMA=1 npx vitest run test/unit/specification/json-schema.test.ts and commit the result.',
      );
    }
  });

  it('names itself and says what it describes', () => {
    const schema = specificationJsonSchema();
    expect(schema['$id']).toBe(specificationSchemaId);
    expect(schema['$id']).toBe('https://kravstudio.se/schema/specification-2.json');
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toBe('Kravstudio requirement specification');
    expect(schema['additionalProperties']).toBe(false);
    expect(Object.keys(schema['properties'] as object)).toContain('requirements');
  });
});
