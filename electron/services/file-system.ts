/**
 * Small file helpers the document services share: moving a file across
 * disks, finding a free file name, file names made from titles, and bounded
 * reads. Writing is safe-write.ts's job.
 */
import { constants } from 'node:fs';
import { copyFile, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Moves a file, copying and deleting when source and target are on different disks. */
export async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await unlink(from);
  }
}

export async function exists(filePath: string): Promise<boolean> {
  return (await stat(filePath).catch(() => null)) !== null;
}

/** `dir/base.ext`, or `dir/base (2).ext`, `(3)`, … whichever does not exist yet. */
export async function freePath(dir: string, base: string, ext: string): Promise<string> {
  for (let n = 1; n < 10_000; n += 1) {
    const candidate = path.join(dir, n === 1 ? `${base}${ext}` : `${base} (${n})${ext}`);
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error(`No free file name for ${base}${ext} in ${dir}`);
}

/** A file name that works on Windows, macOS and Linux, made from a document title. */
export function fileNameFromTitle(title: string, fallback: string): string {
  const cleaned = [...title.normalize('NFC')]
    .map((char) => (char.charCodeAt(0) < 0x20 || '<>:"/\\|?*'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80)
    .trim();
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
  return cleaned === '' || reserved.test(cleaned) ? fallback : cleaned;
}

/** The path names a folder, a device, a pipe or a socket: nothing is read from it. */
export class NotARegularFileError extends Error {
  readonly filePath: string;

  constructor(filePath: string) {
    super('This is not a file but a folder, a device or a pipe.');
    this.name = 'NotARegularFileError';
    this.filePath = filePath;
  }
}

/**
 * Reads a regular file of at most `maxBytes`, whatever the path points at: it is opened without
 * waiting (a pipe cannot hang the read), checked on the open handle (a link to a device or a folder
 * is refused), and never read past the limit (a file that grows, or one that reports no size, stops
 * there). `tooLarge` makes the caller's own error with the size seen.
 */
export async function readRegularFile(filePath: string, maxBytes: number, tooLarge: (size: number) => Error): Promise<Uint8Array> {
  const handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotARegularFileError(filePath);
    if (info.size > maxBytes) throw tooLarge(info.size);
    // Read in chunks up to one byte past the limit: that byte says the file is over it.
    const chunkSize = Math.min(Math.max(info.size + 1, 64 * 1024), maxBytes + 1);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const room = maxBytes + 1 - total;
      if (room === 0) throw tooLarge(total);
      const chunk = new Uint8Array(Math.min(chunkSize, room));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
