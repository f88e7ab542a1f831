/**
 * Parse budgets (issue 22): a file is measured before its kind's model sees
 * it — how many values, how long a list or a text, how many fields — and a
 * document about to be saved is measured the same way, so that nothing
 * Kravstudio writes is refused when it is opened again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentFile, DocumentTooLargeError } from '../../electron/services/document-file';
import { specificationKind } from '../../shared/document-kinds/specification';
import { scanJsonBytes, findBudgetExcess, specificationBudget, templatePackBudget } from '../../shared/file-reading/budget';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import { parseTemplatePackBytes } from '../../shared/templates/pack-file';
import { makeLargeSpecification } from '../support/large-specification';
import { createTestContext, type TestContext } from '../support/test-context';

const encoder = new TextEncoder();
const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
const header = '"format":"kravstudio-specification","schemaVersion":1';

function problemOf(text: string): ReturnType<typeof parseSpecificationBytes> & { ok: false } {
  const result = parseSpecificationBytes(encoder.encode(text));
  if (result.ok) throw new Error('expected a problem');
  return result;
}

describe('parse budgets on reading', () => {
  it('a 3 MB file of a million empty requirements is refused at the list, before the model builds a million requirements', () => {
    const text = `{${header},"requirements":[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]}`;
    expect(text.length).toBeGreaterThan(2_900_000);
    const { problem } = problemOf(text);
    expect(problem.code).toBe('over-budget');
    expect(problem.budget).toEqual({ limit: 'list-length', max: specificationBudget.maxListLength, path: '$.requirements' });
    expect(problem.message).toBe('The file holds more than 30,000 items in one list at $.requirements, more than a specification may have.');
  }, 30_000);

  it('more values than a specification may hold are counted on the bytes and refused without parsing', () => {
    // 26 lists of 20,000 lists of five zeros: every list within its limit, 3.1 million values in all.
    const block = `[${'[0,0,0,0,0],'.repeat(19_999)}[0,0,0,0,0]]`;
    const bytes = encoder.encode(`{${header},"x":[${Array.from({ length: 26 }, () => block).join(',')}]}`);
    expect(scanJsonBytes(bytes, { ...specificationBudget, maxListLength: Infinity }).ok).toBe(false);
    const result = parseSpecificationBytes(bytes);
    expect(result.ok || result.problem.budget).toEqual({ limit: 'values', max: specificationBudget.maxValues, path: '$' });
  }, 30_000);

  it('the byte count skips commas, brackets and escaped quotes inside texts', () => {
    const counted = scanJsonBytes(encoder.encode('{"a,[{":"x\\\\","b\\",y,[":[1,2]}'), specificationBudget);
    // The object, its two field values and the list's two items: the punctuation inside the texts does not count.
    expect(counted).toEqual({ ok: true, values: 5 });
  });

  it('an over-long list or object is refused on the bytes, named by its path, before parsing', () => {
    const list = scanJsonBytes(encoder.encode('{"a":{"b":[1,{"c":[1,2,3,4]}]}}'), { maxValues: 100, maxListLength: 3, maxFields: 10 });
    expect(list).toEqual({ ok: false, excess: { limit: 'list-length', max: 3, path: '$.a.b[1].c' } });
    const fields = scanJsonBytes(encoder.encode('[0,{"x\\"y":{"p":1,"q":2}}]'), { maxValues: 100, maxListLength: 3, maxFields: 1 });
    expect(fields).toEqual({ ok: false, excess: { limit: 'fields', max: 1, path: '$[1].x"y' } });
    expect(scanJsonBytes(encoder.encode('['.repeat(200_000)), specificationBudget)).toEqual({ ok: false, tooDeep: 20_000 });
  });

  it('a text of more than a million characters is refused and named by its path', () => {
    const { problem } = problemOf(`{${header},"title":"${'a'.repeat(specificationBudget.maxTextLength + 1)}"}`);
    expect(problem.code).toBe('over-budget');
    expect(problem.issues[0]?.path).toBe('$.title');
    expect(problem.budget?.limit).toBe('text-length');
  });

  it('an object with thousands of fields is refused, and a field name counts as a text', () => {
    const fields = Array.from({ length: specificationBudget.maxFields + 1 }, (_, i) => `"f${i}":0`).join(',');
    expect(problemOf(`{${header},"buyer":{${fields}}}`).problem.budget).toEqual({ limit: 'fields', max: specificationBudget.maxFields, path: '$.buyer' });
    expect(findBudgetExcess({ a: { ['k'.repeat(11)]: 1 } }, { ...specificationBudget, maxTextLength: 10 })).toEqual({ limit: 'text-length', max: 10, path: '$.a' });
  });

  it('the largest real documents are far inside the budget: 2,000 generated requirements read as before', () => {
    const spec = makeLargeSpecification(2000);
    const bytes = encoder.encode(serializeSpecification(spec));
    const result = parseSpecificationBytes(bytes);
    expect(result.ok).toBe(true);
    const counted = scanJsonBytes(bytes, { maxValues: Infinity, maxListLength: Infinity, maxFields: Infinity });
    expect(counted.ok && counted.values * 10).toBeLessThan(specificationBudget.maxValues);
  }, 60_000);

  it('a template pack has its own, smaller budget', () => {
    const guidance = 'g'.repeat(templatePackBudget.maxTextLength + 1);
    const result = parseTemplatePackBytes(encoder.encode(`{"format":"kravstudio-template-pack","formatVersion":1,"guidance":"${guidance}"}`));
    expect(result.ok || result.problem.budget).toEqual({ limit: 'text-length', max: templatePackBudget.maxTextLength, path: '$.guidance' });
  });
});

describe('parse budgets on saving', () => {
  let data: TestContext;

  beforeEach(async () => {
    data = await createTestContext({ resourcesDir: fixtures, autosaveDelayMs: 20 });
  });
  afterEach(() => data.dispose());

  it('a 60 MB field is refused when saving: the indicator says which limit, the edit stays in memory, the file stays as it was', async () => {
    const session = await data.context.documents.create({ title: 'Stor', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv' });
    const before = await readFile(session.path);
    session.update({ ...session.specification, background: 'x'.repeat(60 * 1024 * 1024) });
    const state = await session.flush();
    expect(state).toMatchObject({ kind: 'failed', reason: 'too-large', budget: { limit: 'text-length', path: '$.background' } });
    expect(session.hasUnsavedChanges).toBe(true);
    expect((await readFile(session.path)).equals(before)).toBe(true);
    // Back under the limit, it saves.
    session.update({ ...session.specification, background: 'Lagom' });
    expect((await session.flush()).kind).toBe('saved');
  }, 60_000);

  it('a document whose file would be over the size limit is not written', async () => {
    const small = { ...specificationKind, maxBytes: 2000 };
    const file = new DocumentFile(path.join(data.documentsDir, 'liten.kravspec'), small);
    const spec = makeLargeSpecification(3);
    const error = await file.write(spec).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DocumentTooLargeError);
    expect((error as DocumentTooLargeError).problem.budget).toEqual({ limit: 'file-size', max: 2000, path: '$' });
    await expect(readFile(file.filePath)).rejects.toThrow();
  });
});
