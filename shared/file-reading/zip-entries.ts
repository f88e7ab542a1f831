/**
 * Reading a zip from outside (a supplier response, and any other package a
 * kind keeps in a zip), hostile until read: every entry name is checked to
 * be a plain relative path (no absolute path, drive, backslash, NUL or
 * control character, "." or ".." segment, no duplicate), the number of
 * entries is bounded, and every byte inflated is counted against the total
 * and against the entry's compressed size, because the sizes a zip declares
 * can lie and the bytes that come out cannot.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export interface ZipLimits {
  /** The zip file itself, in bytes. */
  maxFileBytes: number;
  /** Entries in the zip, directories included. */
  maxEntries: number;
  /** All entries together, uncompressed. */
  maxTotalBytes: number;
  /** One entry, uncompressed. */
  maxEntryBytes: number;
  /** Uncompressed bytes per compressed byte of one entry (entries under 64 kB are let through whatever their ratio). */
  maxRatio: number;
}

export const zipProblemCodes = ['too-large', 'not-zip', 'too-many-entries', 'zip-bomb', 'unsafe-name', 'duplicate-name', 'damaged'] as const;
export type ZipProblemCode = (typeof zipProblemCodes)[number];

export interface ZipProblem {
  code: ZipProblemCode;
  /** An English sentence naming the entry where there is one. */
  message: string;
}

/** `entries`: the wanted files' bytes; `names`: every file entry's name, wanted or not (directories left out). */
export type ZipReadResult = { ok: true; entries: Map<string, Uint8Array>; names: string[] } | { ok: false; problem: ZipProblem };

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const smallEntryBytes = 64 * 1024;
/** How much of the zip is handed to the inflater at a time. */
const pushBytes = 16 * 1024;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** An entry name shown in a message: control characters escaped, at most 120 characters. */
export function shownEntryName(name: string): string {
  return JSON.stringify(name.length > 120 ? `${name.slice(0, 120)}…` : name);
}

/**
 * Why an entry name is not a plain relative path, or null when it is one.
 * Directory entries end in "/"; their segments are checked like any other.
 */
export function unsafeEntryName(name: string): string | null {
  if (name === '') return 'an empty name';
  if (/\p{Cc}/u.test(name)) return 'a control character (NUL, say) in the name';
  if (name.includes('\\')) return 'a backslash in the name';
  if (name.startsWith('/')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'a drive letter';
  const segments = name.endsWith('/') ? name.slice(0, -1).split('/') : name.split('/');
  if (segments.some((segment) => segment === '..')) return 'a ".." segment that climbs out of the folder';
  if (segments.some((segment) => segment === '.' || segment === '')) return 'an empty or "." segment';
  return null;
}

/**
 * Unpacks a zip within `limits`, keeping the entries `wanted` accepts (by
 * name; every name is checked, kept or not). Directory entries are checked
 * and dropped.
 */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits, wanted: (name: string) => boolean = () => true): ZipReadResult {
  const fail = (code: ZipProblemCode, message: string): ZipReadResult => ({ ok: false, problem: { code, message } });
  if (bytes.byteLength > limits.maxFileBytes) return fail('too-large', `The file is ${megabytes(bytes.byteLength)}, more than the ${megabytes(limits.maxFileBytes)} allowed.`);
  if (!zipMagic.every((byte, index) => bytes[index] === byte)) return fail('not-zip', 'The file is not a zip package.');

  const chunks = new Map<string, Uint8Array[]>();
  const sizes = new Map<string, number>();
  const seen = new Set<string>();
  const names: string[] = [];
  let entries = 0;
  let total = 0;
  let problem: ZipProblem | null = null;
  const stop = (code: ZipProblemCode, message: string, file?: UnzipFile): void => {
    problem ??= { code, message };
    file?.terminate();
  };

  const unzip = new Unzip((file) => {
    if (problem !== null) return;
    entries += 1;
    if (entries > limits.maxEntries) return stop('too-many-entries', `The package has more than ${limits.maxEntries} entries.`);
    const name = file.name;
    const unsafe = unsafeEntryName(name);
    if (unsafe !== null) return stop('unsafe-name', `The entry ${shownEntryName(name)} is refused: ${unsafe}.`);
    if (seen.has(name)) return stop('duplicate-name', `The entry ${shownEntryName(name)} is in the package twice.`);
    seen.add(name);
    if (name.endsWith('/')) return;
    names.push(name);
    const declared = file.originalSize ?? 0;
    if (declared > limits.maxEntryBytes || total + declared > limits.maxTotalBytes) {
      return stop('zip-bomb', `The entry ${shownEntryName(name)} would unpack to more than allowed; the package is refused as a possible zip bomb.`);
    }
    if (!wanted(name)) return;
    if (file.compression !== 0 && file.compression !== 8) return stop('damaged', `The entry ${shownEntryName(name)} uses an unsupported compression (method ${file.compression}).`);
    const compressed = Math.max(1, file.size ?? 1);
    chunks.set(name, []);
    sizes.set(name, 0);
    file.ondata = (error, data) => {
      if (problem !== null) return;
      if (error !== null) return stop('damaged', `The entry ${shownEntryName(name)} cannot be unpacked: ${error.message}.`, file);
      const size = (sizes.get(name) ?? 0) + data.byteLength;
      sizes.set(name, size);
      total += data.byteLength;
      if (size > limits.maxEntryBytes || total > limits.maxTotalBytes) {
        return stop('zip-bomb', `The package unpacks to more than ${megabytes(Math.min(limits.maxTotalBytes, limits.maxEntryBytes))}; it is refused as a possible zip bomb.`, file);
      }
      if (size > smallEntryBytes && size / compressed > limits.maxRatio) {
        return stop('zip-bomb', `The entry ${shownEntryName(name)} unpacks to more than ${limits.maxRatio} times its packed size; the package is refused as a possible zip bomb.`, file);
      }
      chunks.get(name)?.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Small steps: one push inflates all it is given before `ondata` can say stop, so a bomb
    // is fed 16 kB at a time (at most some 16 MB inflated) and the reading ends at the first step over a limit.
    for (let offset = 0; offset < bytes.byteLength && problem === null; offset += pushBytes) {
      const end = Math.min(bytes.byteLength, offset + pushBytes);
      unzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
    }
  } catch (error) {
    if (problem === null) return fail('damaged', `The zip package is damaged: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (problem !== null) return { ok: false, problem };

  const result = new Map<string, Uint8Array>();
  for (const [name, parts] of chunks) {
    const joined = new Uint8Array(sizes.get(name) ?? 0);
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.byteLength;
    }
    result.set(name, joined);
  }
  return { ok: true, entries: result, names };
}
