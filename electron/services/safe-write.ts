/**
 * The one way the app writes a file: whole or not at all, and never through a
 * link someone planted. The bytes go to a temporary file with a random name in
 * the target's own folder, created exclusively and without following links
 * (O_EXCL | O_NOFOLLOW: an existing name, a link included, is never opened);
 * the file is flushed to disk, renamed over the target, and the folder is
 * flushed so that the rename itself survives a power cut. A process killed
 * part-way leaves at most a temporary file of our own naming, which the next
 * open of that folder removes.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** The end of every temporary file name the app makes: `.<target name>.<16 hex digits>.kravstudio-tmp`. */
export const tempSuffix = '.kravstudio-tmp';
const tempPattern = /^\.(.+)\.[0-9a-f]{16}\.kravstudio-tmp$/;

/** How many random names are tried before giving up (a clash is a planted file, or astronomically bad luck). */
const nameAttempts = 8;

/** A fresh temporary name beside the target. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(8).toString('hex')}${tempSuffix}`);
}

/** True for a name this module made as a temporary file (for `forName`, only that target's). */
export function isOwnTempName(name: string, forName?: string): boolean {
  const match = tempPattern.exec(name);
  return match !== null && (forName === undefined || match[1] === forName);
}

// Windows has no O_NOFOLLOW; O_EXCL alone already refuses any existing name there.
const createFlags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Flushes a folder's entries (the rename) to disk; folders cannot be opened for this on Windows. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, constants.O_RDONLY | (constants.O_DIRECTORY ?? 0));
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `bytes` as the whole content of `target`, atomically and durably (see above). */
export async function writeFileSafely(target: string, bytes: Uint8Array | string): Promise<void> {
  let temp = '';
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  for (let attempt = 0; handle === null; attempt += 1) {
    temp = tempPathFor(target);
    try {
      handle = await open(temp, createFlags, 0o666);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt + 1 >= nameAttempts) throw error;
    }
  }
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/**
 * Removes the temporary files a killed write left in a folder: only names of our
 * own pattern (for `forName`, only that target's), and only files or links — a
 * link is removed itself, never what it points at. Returns how many were removed.
 */
export async function removeStaleTempFiles(dir: string, forName?: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    if (!isOwnTempName(name, forName)) continue;
    const full = path.join(dir, name);
    const info = await lstat(full).catch(() => null);
    if (info === null || !(info.isFile() || info.isSymbolicLink())) continue;
    if (await unlink(full).then(() => true, () => false)) removed += 1;
  }
  return removed;
}

/**
 * Safe writes to one file, one at a time and in the order asked: a later write
 * never lands before an earlier one. A failed write fails its caller only.
 */
export class SafeFileWriter {
  readonly filePath: string;
  #queue: Promise<void> = Promise.resolve();

  constructor(filePath: string) {
    this.filePath = filePath;
  }

  write(bytes: Uint8Array | string): Promise<void> {
    const next = this.#queue.then(() => writeFileSafely(this.filePath, bytes));
    this.#queue = next.catch(() => undefined);
    return next;
  }
}
