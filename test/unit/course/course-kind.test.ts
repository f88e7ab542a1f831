import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentReadError, readDocumentFile } from '../../../electron/services/document-file';
import { courseKind, maxCourseBytes } from '../../../shared/document-kinds/course';
import { documentJsonSchema } from '../../../shared/document-kinds/json-schema';
import { publishedDocumentKinds } from '../../../shared/document-kinds/registry';
import { currentSchemaVersion } from '../../../shared/specification/model/specification';

/** The course pack as a kind of document: read through the shared bounded pipeline, every refusal precise. */
const coursePath = path.resolve(import.meta.dirname, '..', '..', '..', 'templates', 'courses', 'requirement-writing.kravkurs');
const encoder = new TextEncoder();
let shipped: Record<string, unknown>;

beforeAll(async () => {
  shipped = JSON.parse(await readFile(coursePath, 'utf8')) as Record<string, unknown>;
});

function parse(value: unknown) {
  return courseKind.parse(encoder.encode(JSON.stringify(value)));
}

function exercises(): Record<string, unknown>[] {
  return structuredClone(shipped['exercises']) as Record<string, unknown>[];
}

describe('the course pack kind', () => {
  it('reads the shipped pack and writes it back unchanged', () => {
    const read = parse(shipped);
    expect(read.ok).toBe(true);
    if (read.ok) expect(JSON.parse(courseKind.serialize(read.document))).toEqual(shipped);
  });

  it('brings a specification of an older format version inside the pack up to the current one, as a .kravspec is', () => {
    const older = exercises().map((exercise) => ({ ...exercise, reference: { ...(exercise['reference'] as object), schemaVersion: 3 } }));
    const read = parse({ ...shipped, exercises: older });
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.document.exercises.map((exercise) => exercise.reference?.schemaVersion)).toEqual(older.map(() => currentSchemaVersion));
  });

  it('publishes its JSON Schema beside the specification’s', () => {
    expect(publishedDocumentKinds.map((kind) => kind.schema.fileName)).toEqual(['specification.schema.json', 'course.schema.json', 'template-pack.schema.json']);
    const schema = documentJsonSchema(courseKind);
    expect(schema['$id']).toBe('https://kravstudio.se/schema/course-1.json');
    expect(Object.keys(schema['properties'] as object)).toEqual(['format', 'formatVersion', 'id', 'title', 'licence', 'authors', 'exercises']);
  });

  it('refuses another format, a newer version, and a file over its size before decoding it', () => {
    const specification = parse({ ...shipped, format: 'kravstudio-specification' });
    expect(specification.ok || specification.problem.code).toBe('wrong-format');
    const newer = parse({ ...shipped, formatVersion: 2 });
    expect(newer.ok || newer.problem.code).toBe('newer-version');
    const huge = courseKind.parse(new Uint8Array(maxCourseBytes + 1));
    expect(huge.ok || huge.problem.code).toBe('too-large');
  });

  it('refuses a list longer than its budget before the model builds it', () => {
    const bytes = encoder.encode(`{"format":"kravstudio-course","formatVersion":1,"id":"x","title":{},"licence":"CC-BY-4.0","exercises":[${Array.from({ length: 10_001 }, () => '0').join(',')}]}`);
    const read = courseKind.parse(bytes);
    expect(read.ok || read.problem.code).toBe('over-budget');
    expect(read.ok || read.problem.budget?.limit).toBe('list-length');
  });

  it('names the rubric item that points at no requirement of the reference, and a repeated exercise id', () => {
    const changed = exercises();
    const rubric = (changed[0] as { rubric: { requirementId: string }[] }).rubric;
    (rubric[0] as { requirementId: string }).requirementId = 'NO-SUCH-REQUIREMENT';
    const read = parse({ ...shipped, exercises: changed });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.issues).toContainEqual({ path: '$.exercises[0].rubric[0].requirementId', message: 'The reference has no requirement "NO-SUCH-REQUIREMENT"' });

    const twice = exercises();
    (twice[1] as { id: string }).id = (twice[0] as { id: string }).id;
    const repeated = parse({ ...shipped, exercises: twice });
    expect(repeated.ok).toBe(false);
    if (!repeated.ok) expect(repeated.problem.issues.map((issue) => issue.path)).toContain('$.exercises[1].id');
  });

  it('keeps an exercise without its reference (the trainer keeps it apart), and a concept without terms in an exercise language is refused', () => {
    const apart = exercises();
    delete (apart[0] as { reference?: unknown }).reference;
    expect(parse({ ...shipped, exercises: apart }).ok).toBe(true);

    const untranslated = exercises();
    const concept = (untranslated[0] as { rubric: { concepts: { terms: Record<string, unknown> }[] }[] }).rubric[0]?.concepts[0];
    if (concept !== undefined) delete concept.terms['nb'];
    const read = parse({ ...shipped, exercises: untranslated });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.issues.map((issue) => issue.path)).toContain('$.exercises[0].rubric[0].concepts[0].terms.nb');
  });
});

describe('reading a course pack from disk', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-course-kind-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('reads through the bounded reader and names the file when it is not a course', async () => {
    const raw = JSON.parse(await readFile(coursePath, 'utf8')) as { exercises: { id: string }[] };
    expect((await readDocumentFile(coursePath, courseKind)).document.exercises.map((exercise) => exercise.id)).toEqual(raw.exercises.map((exercise) => exercise.id));
    const bad = path.join(work, 'bad.kravkurs');
    await writeFile(bad, '{"format": "kravstudio-course", "formatVersion": 1}');
    await expect(readDocumentFile(bad, courseKind)).rejects.toBeInstanceOf(DocumentReadError);
  });
});
