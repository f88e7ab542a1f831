import { currentSchemaVersion, specificationFormat } from './model';
import { documentProblem, type DocumentProblem, invalidDocumentProblem } from './problem';
import { migrateV0ToV1, SpecificationV0 } from './migrations/v0';
import { migrateV1ToV2 } from './migrations/v1';

export type MigrationResult =
  | { ok: true; document: unknown; fromVersion: number }
  | { ok: false; problem: DocumentProblem };

export interface MigrationOptions {
  /** The moment recorded in the migration's revision entry; defaults to now. */
  now?: Date;
}

type Step = (raw: Record<string, unknown>, now: Date) => { ok: true; document: Record<string, unknown> } | { ok: false; problem: DocumentProblem };

/** `steps[n]` brings a document from version n to version n + 1. */
const steps: readonly Step[] = [
  (raw, now) => {
    const parsed = SpecificationV0.safeParse(raw);
    if (!parsed.success) return { ok: false, problem: invalidDocumentProblem(parsed.error, 'The version 0 document') };
    return { ok: true, document: migrateV0ToV1(parsed.data, now) };
  },
  (raw) => ({ ok: true, document: migrateV1ToV2(raw) }),
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Tells which format version a parsed file is in. Version 1 and later say so
 * in `schemaVersion`; version 0 used `version`.
 */
export function readFormatVersion(raw: unknown): { ok: true; version: number } | { ok: false; problem: DocumentProblem } {
  if (!isRecord(raw)) {
    return { ok: false, problem: documentProblem('wrong-format', 'The file is JSON but not a Kravstudio specification.', [{ path: '$', message: 'Expected an object' }]) };
  }
  if (raw['format'] !== specificationFormat) {
    const found = raw['format'] === undefined ? 'missing' : `found ${JSON.stringify(raw['format']).slice(0, 80)}`;
    return {
      ok: false,
      problem: documentProblem('wrong-format', 'The file is JSON but not a Kravstudio specification.', [
        { path: '$.format', message: `Expected "${specificationFormat}", ${found}` },
      ]),
    };
  }
  const key = Object.hasOwn(raw, 'schemaVersion') ? 'schemaVersion' : 'version';
  const version = raw[key];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return {
      ok: false,
      problem: documentProblem('invalid', 'The file does not say which format version it uses.', [
        { path: '$.schemaVersion', message: 'Expected a whole number of 0 or more' },
      ]),
    };
  }
  if (version > currentSchemaVersion) {
    return {
      ok: false,
      problem: documentProblem(
        'newer-version',
        `The file was made by a newer Kravstudio (format version ${version}); this version reads up to format version ${currentSchemaVersion}.`,
        [{ path: `$.${key}`, message: `Format version ${version} is newer than ${currentSchemaVersion}` }],
      ),
    };
  }
  return { ok: true, version };
}

/**
 * Brings a parsed document from whatever older format version it is in up to
 * the current one, one step at a time. The result is not yet validated
 * against the current schema; the reader does that next.
 */
export function migrateToCurrent(raw: unknown, options: MigrationOptions = {}): MigrationResult {
  const detected = readFormatVersion(raw);
  if (!detected.ok) return detected;
  const fromVersion = detected.version;
  let document = raw as Record<string, unknown>;
  const now = options.now ?? new Date();
  for (let version = fromVersion; version < currentSchemaVersion; version += 1) {
    const step = steps[version];
    if (step === undefined) throw new Error(`No migration from format version ${version}`);
    const result = step(document, now);
    if (!result.ok) return result;
    document = result.document;
  }
  if (fromVersion < currentSchemaVersion && Array.isArray(document['revisions'])) {
    // One entry for the whole migration, naming the version the file was in.
    document = { ...document, revisions: [...document['revisions'], { at: now.toISOString(), summary: `Migrated from format version ${fromVersion}` }] };
  }
  return { ok: true, document, fromVersion };
}
