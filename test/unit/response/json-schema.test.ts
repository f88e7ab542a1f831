/**
 * The published JSON Schemas of supplier mode's files (schema/), generated
 * from their zod models; run with UPDATE_SCHEMA=1 to rewrite them.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema } from '../../../shared/document-kinds/json-schema';
import { responseSchema, SupplierResponse } from '../../../shared/response/model';
import { profileKind } from '../../../shared/response/profile';

describe.each([
  [responseSchema.fileName, { model: SupplierResponse, schema: responseSchema }],
  [profileKind.schema.fileName, profileKind],
] as const)('schema/%s', (fileName, kind) => {
  it('is up to date with the zod model', () => {
    const schemaFile = fileURLToPath(new URL(`../../../schema/${fileName}`, import.meta.url));
    const generated = `${JSON.stringify(documentJsonSchema(kind), null, 2)}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(schemaFile, generated);
    if (!existsSync(schemaFile)) throw new Error(`schema/${fileName} is missing. Run: UPDATE_SCHEMA=1 npx vitest run test/unit/response/json-schema.test.ts`);
    expect(readFileSync(schemaFile, 'utf8')).toBe(generated);
  });
});
