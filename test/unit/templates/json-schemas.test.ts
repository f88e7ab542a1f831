import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templateJsonSchema, templateSchemaNames } from '../../../shared/templates/json-schemas';

/** The committed schemas in templates/schema/ follow the zod models; UPDATE_SCHEMA=1 rewrites them. */
describe('templates/schema/*.schema.json', () => {
  it.each(templateSchemaNames)('%s matches its zod model', (name) => {
    const file = fileURLToPath(new URL(`../../../templates/schema/${name}.schema.json`, import.meta.url));
    const generated = `${JSON.stringify(templateJsonSchema(name), null, 2)}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(file, generated);
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // reported below
    }
    expect(committed === generated, `templates/schema/${name}.schema.json is out of date: run UPDATE_SCHEMA=1 npm run test:unit`).toBe(true);
  });
});
