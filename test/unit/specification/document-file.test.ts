import { describe, expect, it } from 'vitest';
import {
  type DocumentProblem,
  type DocumentProblemCode,
  findStructuralProblem,
  maxNestingDepth,
  parseSpecificationBytes,
  serializeSpecification,
  type Specification,
} from '../../../shared/specification';
import { encode, fixtureBytes, loadFixture } from './fixtures';

function problemOf(bytes: Uint8Array, options?: Parameters<typeof parseSpecificationBytes>[1]): DocumentProblem {
  const result = parseSpecificationBytes(bytes, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

describe('reading good files', () => {
  it.each(['rich.kravspec', 'norwegian.kravspec'])('reads %s without migrating', (name) => {
    const result = parseSpecificationBytes(fixtureBytes(name));
    expect(result.ok && result.migratedFrom).toBeNull();
  });

  it('accepts and drops a UTF-8 byte order mark', () => {
    const bytes = fixtureBytes('norwegian.kravspec');
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const result = parseSpecificationBytes(withMark);
    expect(result.ok && result.specification.title).toBe('Skytjeneste for booking av kommunale lokaler og utstyr');
  });

  it('keeps non-ASCII text intact', () => {
    const spec = loadFixture('rich.kravspec');
    expect(spec.title).toBe('Ärendehantering och e-arkiv som tjänst');
    expect(spec.requirements.find((requirement) => requirement.id === 'K-ARE-03')?.answerType).toEqual({
      kind: 'choice',
      options: ['Kommunens e-tjänsteplattform', 'Funktionsbrevlåda för e-post', 'Skannad post', 'Öppet API för andra system'],
      multiple: true,
    });
  });
});

describe('saving and reopening', () => {
  it.each(['rich.kravspec', 'norwegian.kravspec'])('%s: serialize → parse gives an equal document and the same bytes', (name) => {
    const first = loadFixture(name);
    const text = serializeSpecification(first);
    const reopened = parseSpecificationBytes(encode(text));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.specification).toEqual(first);
    expect(serializeSpecification(reopened.specification)).toBe(text);
  });

  it('writes the committed fixture byte for byte: keys in schema order, two-space indent, final newline', () => {
    const bytes = fixtureBytes('rich.kravspec');
    const text = new TextDecoder().decode(bytes);
    expect(serializeSpecification(loadFixture('rich.kravspec'))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "kravstudio-specification",');
  });

  it('orders keys by the schema, not by how the object was built', () => {
    const spec = loadFixture('norwegian.kravspec');
    const shuffled = Object.fromEntries(Object.entries(spec).reverse()) as Specification;
    expect(serializeSpecification(shuffled)).toBe(serializeSpecification(spec));
  });

  it('refuses to serialize an invalid document, so that nothing unreadable is written', () => {
    const spec = structuredClone(loadFixture('norwegian.kravspec'));
    (spec.requirements[0] as { sectionId: string }).sectionId = 'nowhere';
    expect(() => serializeSpecification(spec)).toThrow(/does not exist/);
  });
});

describe('refusing bad files, each with its code, path and reason', () => {
  it.each<[string, DocumentProblemCode, string]>([
    ['empty.kravspec', 'empty', 'The file is empty.'],
    ['invalid-utf8.kravspec', 'invalid-utf8', 'The file is not valid UTF-8 text: a malformed byte sequence starts at byte 78 (line 4).'],
    ['wrong-format.kravspec', 'wrong-format', 'The file is JSON but not a Kravstudio specification.'],
  ])('%s → %s', (name, code, message) => {
    const problem = problemOf(fixtureBytes(name));
    expect(problem.code).toBe(code);
    expect(problem.message).toBe(message);
  });

  it('an empty file of zero bytes', () => {
    expect(problemOf(new Uint8Array()).code).toBe('empty');
    expect(problemOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a])).code).toBe('empty');
  });

  it('a file that is not JSON, with line and column', () => {
    const problem = problemOf(fixtureBytes('not-json.kravspec'));
    expect(problem.code).toBe('not-json');
    expect(problem.message).toMatch(/^The file is not valid JSON at line 6, column 19: .+\.$/);
    expect(problem.issues).toEqual([{ path: '$', message: expect.stringContaining('line 6, column 19') as unknown }]);
  });

  it('a file that is JSON but not an object', () => {
    const problem = problemOf(encode('[1, 2, 3]'));
    expect(problem.code).toBe('wrong-format');
    expect(problem.issues).toEqual([{ path: '$', message: 'Expected an object' }]);
  });

  it('a file of another format names $.format', () => {
    expect(problemOf(fixtureBytes('wrong-format.kravspec')).issues).toEqual([
      { path: '$.format', message: 'Expected "kravstudio-specification", found "kravstudio-template-pack"' },
    ]);
    expect(problemOf(encode('{"title": "x"}')).issues).toEqual([{ path: '$.format', message: 'Expected "kravstudio-specification", missing' }]);
  });

  it('a file from a newer Kravstudio', () => {
    const problem = problemOf(fixtureBytes('newer-version.kravspec'));
    expect(problem.code).toBe('newer-version');
    expect(problem.message).toContain('made by a newer Kravstudio (format version 5)');
    expect(problem.issues).toEqual([{ path: '$.schemaVersion', message: 'Format version 5 is newer than 4' }]);
  });

  it('a file without a usable version', () => {
    const problem = problemOf(encode('{"format": "kravstudio-specification", "schemaVersion": "1"}'));
    expect(problem.code).toBe('invalid');
    expect(problem.issues[0]?.path).toBe('$.schemaVersion');
  });

  it('a file that fails the schema names every field and the first in the message', () => {
    const problem = problemOf(fixtureBytes('fails-schema.kravspec'));
    expect(problem.code).toBe('invalid');
    expect(problem.issues).toEqual([
      { path: '$.procurement.cpvCodes[1]', message: 'The check digit of this CPV code is wrong' },
      { path: '$.requirements[1].obligation', message: expect.stringContaining('expected one of "mandatory"|"evaluated"') as unknown },
    ]);
    expect(problem.message).toMatch(/^The document has 2 problems; the first is at \$\.procurement\.cpvCodes\[1\]: .+\.$/);
  });

  it('lists at most 100 issues but counts them all', () => {
    const spec = structuredClone(loadFixture('norwegian.kravspec')) as unknown as Record<string, unknown>;
    spec['glossary'] = Array.from({ length: 150 }, (_, index) => ({ id: `g${index}`, term: 1, definition: '' }));
    const problem = problemOf(encode(JSON.stringify(spec)));
    expect(problem.issues).toHaveLength(100);
    expect(problem.message).toContain('150 problems');
  });

  it('a file larger than the limit is refused before it is decoded', () => {
    // Malformed UTF-8 and not JSON either: only the size may be reported.
    const big = new Uint8Array(2048).fill(0xff);
    const problem = problemOf(big, { maxBytes: 1024 });
    expect(problem.code).toBe('too-large');
    expect(problem.message).toBe('The file is 2.0 kB, more than the 1.0 kB a specification may be.');
    expect(problemOf(fixtureBytes('rich.kravspec'), { maxBytes: 1000 }).code).toBe('too-large');
  });

  it('the default limit is 50 MB', () => {
    const justOver = new Uint8Array(50 * 1024 * 1024 + 1);
    expect(problemOf(justOver).code).toBe('too-large');
  });

  it('a file nested too deeply, generated here, names the path where it goes too deep', () => {
    const depth = 10_000;
    const text = `{"format":"kravstudio-specification","deep":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const problem = problemOf(encode(text));
    expect(problem.code).toBe('too-deep');
    const expectedPath = `$.deep${'[0]'.repeat(maxNestingDepth - 1)}`;
    expect(problem.issues).toEqual([{ path: expectedPath, message: `Nested more than ${maxNestingDepth} levels deep` }]);
  });

  it('a document nested exactly to the limit passes the depth check', () => {
    let value: unknown = 1;
    for (let level = 0; level < maxNestingDepth; level += 1) value = [value];
    expect(findStructuralProblem(value)).toBeNull();
    expect(findStructuralProblem([value])?.kind).toBe('too-deep');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a file with the key %s, wherever it is', (key) => {
    const problem = problemOf(encode(`{"format":"kravstudio-specification","schemaVersion":1,"sections":[{"title":{"${key}":{"x":1}}}]}`));
    expect(problem.code).toBe('forbidden-key');
    expect(problem.issues).toEqual([{ path: `$.sections[0].title.${key}`, message: `The key "${key}" is not allowed` }]);
  });

  it('the committed proto-key fixture', () => {
    const problem = problemOf(fixtureBytes('proto-key.kravspec'));
    expect(problem.code).toBe('forbidden-key');
    expect(problem.issues[0]?.path).toBe('$.buyer.contact.__proto__');
  });

  it('reports the first forbidden key in document order', () => {
    const problem = problemOf(encode('{"a":{"b":{"prototype":1}},"constructor":2}'));
    expect(problem.issues[0]?.path).toBe('$.a.b.prototype');
  });

  it('reading a hostile file does not pollute Object.prototype', () => {
    const hostile = encode(
      '{"format":"kravstudio-specification","schemaVersion":1,"__proto__":{"polluted":"yes"},' +
        '"buyer":{"constructor":{"prototype":{"polluted":"yes"}}},"requirements":[{"__proto__":{"isAdmin":true}}]}',
    );
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    expect(problemOf(hostile).code).toBe('forbidden-key');
    expect(problemOf(fixtureBytes('proto-key.kravspec')).code).toBe('forbidden-key');
    const plain: Record<string, unknown> = {};
    expect(plain['polluted']).toBeUndefined();
    expect(plain['isAdmin']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
  });
});
