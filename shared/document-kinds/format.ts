/**
 * Reading a Kravstudio document file of any kind, one pipeline for all of
 * them: the bounded JSON checks (size, empty, UTF-8, JSON, nesting, prototype
 * keys), the format name, the format version (refusing newer ones), the
 * migrations from older versions, and validation against the kind's zod
 * model. Every refusal is a DocumentProblem naming the problem, the JSON path
 * and the reason. A kind only says what differs: its names, versions,
 * migrations and model.
 */
import type { z } from 'zod';
import { defaultDocumentBudget, findBudgetExcess, type ParseBudget } from '../file-reading/budget';
import { readJsonBytes } from '../file-reading/json-bytes';
import { printable } from '../file-reading/printable';
import { documentProblem, type DocumentProblem, invalidDocumentProblem, overBudgetProblem } from '../file-reading/problem';

/** Files above this size are refused before they are decoded, unless a kind says otherwise. */
export const defaultMaxDocumentBytes = 50 * 1024 * 1024;

export type MigrationStepResult = { ok: true; document: Record<string, unknown> } | { ok: false; problem: DocumentProblem };

/** Brings a document one format version up: `migrations[n]` goes from version n to n + 1. */
export type MigrationStep = (raw: Record<string, unknown>, now: Date) => MigrationStepResult;

/** What the reading pipeline needs to know about one kind of document file. */
export interface DocumentFormat<T> {
  /** The value of `format` in every file of this kind, e.g. "kravstudio-specification". */
  format: string;
  /** The format version this Kravstudio writes. */
  currentVersion: number;
  /**
   * The keys that may hold the format version, in the order they are looked
   * for; the first is the one written today (older formats may have used another).
   */
  versionKeys: readonly [string, ...string[]];
  /** The zod model of the current version; parsing also puts keys in the written order. */
  model: z.ZodType<T>;
  /** `migrations[n]` brings a version n document to version n + 1; one per older version. */
  migrations: readonly MigrationStep[];
  /** What one file of this kind is called in messages, with its article: "a specification". */
  noun: string;
  /** Largest accepted file in bytes; defaults to 50 MB. */
  maxBytes?: number;
  /** How many values, how long a list or text a file of this kind may have; defaults to the specification's. */
  budget?: ParseBudget;
  /** A last touch after migrating from `fromVersion`, such as recording the migration in the document's history. */
  afterMigration?: (document: Record<string, unknown>, fromVersion: number, now: Date) => Record<string, unknown>;
}

export interface ReadOptions {
  /** Largest accepted file size in bytes; defaults to the kind's (50 MB). */
  maxBytes?: number;
  /** The moment recorded when an old file is migrated; defaults to now. */
  now?: Date;
}

export type FormatVersionResult = { ok: true; version: number } | { ok: false; problem: DocumentProblem };
export type MigrationResult = { ok: true; document: unknown; fromVersion: number } | { ok: false; problem: DocumentProblem };
export type DocumentReadResult<T> = { ok: true; document: T; migratedFrom: number | null } | { ok: false; problem: DocumentProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function maxBytesOf(format: Pick<DocumentFormat<unknown>, 'maxBytes'>): number {
  return format.maxBytes ?? defaultMaxDocumentBytes;
}

export function budgetOf(format: Pick<DocumentFormat<unknown>, 'budget'>): ParseBudget {
  return format.budget ?? defaultDocumentBudget;
}

/**
 * Whether a document about to be saved stays within its kind's parse budget.
 * One that does not is refused before anything is written (and before it is
 * serialised), so that Kravstudio never saves a file it would then refuse to
 * open; `fileSizeProblem` checks the written bytes against the size limit.
 */
export function documentBudgetProblem(format: Pick<DocumentFormat<unknown>, 'budget' | 'noun'>, document: unknown): DocumentProblem | null {
  const excess = findBudgetExcess(document, budgetOf(format));
  return excess === null ? null : overBudgetProblem(excess, format.noun);
}

/** Whether the bytes of a file about to be written are over its kind's largest file. */
export function fileSizeProblem(format: Pick<DocumentFormat<unknown>, 'maxBytes' | 'noun'>, bytes: Uint8Array): DocumentProblem | null {
  const maxBytes = maxBytesOf(format);
  return bytes.byteLength > maxBytes ? overBudgetProblem({ limit: 'file-size', max: maxBytes, path: '$' }, format.noun) : null;
}

/** The `format` written in a parsed file, when it has one. */
export function formatNameOf(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  const name = raw['format'];
  return typeof name === 'string' ? name : undefined;
}

/** Tells which format version a parsed file of this kind is in, refusing other formats and newer versions. */
export function readFormatVersionOf(format: DocumentFormat<unknown>, raw: unknown): FormatVersionResult {
  const notThisKind = `The file is JSON but not ${format.noun.replace(/^(an?) /, '$1 Kravstudio ')}.`;
  if (!isRecord(raw)) {
    return { ok: false, problem: documentProblem('wrong-format', notThisKind, [{ path: '$', message: 'Expected an object' }]) };
  }
  if (raw['format'] !== format.format) {
    const found = raw['format'] === undefined ? 'missing' : `found ${printable(JSON.stringify(raw['format']).slice(0, 80))}`;
    return {
      ok: false,
      problem: documentProblem('wrong-format', notThisKind, [{ path: '$.format', message: `Expected "${format.format}", ${found}` }]),
    };
  }
  const [writtenKey] = format.versionKeys;
  const key = format.versionKeys.find((candidate) => Object.hasOwn(raw, candidate)) ?? format.versionKeys[format.versionKeys.length - 1] ?? writtenKey;
  const version = raw[key];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return {
      ok: false,
      problem: documentProblem('invalid', 'The file does not say which format version it uses.', [
        { path: `$.${writtenKey}`, message: 'Expected a whole number of 0 or more' },
      ]),
    };
  }
  if (version > format.currentVersion) {
    return {
      ok: false,
      problem: documentProblem(
        'newer-version',
        `The file was made by a newer Kravstudio (format version ${version}); this version reads up to format version ${format.currentVersion}.`,
        [{ path: `$.${key}`, message: `Format version ${version} is newer than ${format.currentVersion}` }],
      ),
    };
  }
  return { ok: true, version };
}

/**
 * Brings a parsed document from whatever older format version it is in up to
 * the current one, one step at a time. The result is not yet validated
 * against the current model; `readDocumentValue` does that next.
 */
export function migrateToCurrentVersion(format: DocumentFormat<unknown>, raw: unknown, options: Pick<ReadOptions, 'now'> = {}): MigrationResult {
  const detected = readFormatVersionOf(format, raw);
  if (!detected.ok) return detected;
  const fromVersion = detected.version;
  let document = raw as Record<string, unknown>;
  const now = options.now ?? new Date();
  for (let version = fromVersion; version < format.currentVersion; version += 1) {
    const step = format.migrations[version];
    if (step === undefined) throw new Error(`No migration of ${format.format} from format version ${version}`);
    const result = step(document, now);
    if (!result.ok) return result;
    document = result.document;
  }
  if (fromVersion < format.currentVersion && format.afterMigration !== undefined) {
    document = format.afterMigration(document, fromVersion, now);
  }
  return { ok: true, document, fromVersion };
}

/** The steps after the JSON checks: format, version, migration and the model. */
export function readDocumentValue<T>(format: DocumentFormat<T>, value: unknown, options: Pick<ReadOptions, 'now'> = {}): DocumentReadResult<T> {
  const migrated = migrateToCurrentVersion(format, value, options);
  if (!migrated.ok) return migrated;
  const parsed = format.model.safeParse(migrated.document);
  if (!parsed.success) {
    const current = migrated.fromVersion === format.currentVersion;
    const what = current ? 'The document' : `The document (migrated from format version ${migrated.fromVersion})`;
    return { ok: false, problem: invalidDocumentProblem(parsed.error, what) };
  }
  return { ok: true, document: parsed.data, migratedFrom: migrated.fromVersion === format.currentVersion ? null : migrated.fromVersion };
}

/**
 * Reads the bytes of a file of this kind: the one pipeline the main process,
 * the command line and the tests share. Checks, in order: size (before
 * decoding), emptiness, UTF-8, the parse budget, JSON syntax, nesting depth, keys that could
 * reach a prototype, format name, format version (refusing newer ones), then
 * migrates older versions and validates against the current model.
 */
export function readDocumentBytes<T>(format: DocumentFormat<T>, bytes: Uint8Array, options: ReadOptions = {}): DocumentReadResult<T> {
  const json = readJsonBytes(bytes, options.maxBytes ?? maxBytesOf(format), format.noun, budgetOf(format));
  if (!json.ok) return json;
  return readDocumentValue(format, json.value, options.now === undefined ? {} : { now: options.now });
}
