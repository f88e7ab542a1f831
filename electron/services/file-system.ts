/**
 * Small file helpers the document services share: writing a file whole or
 * not at all, moving a file across disks, finding a free file name, and file
 * names made from titles.
 */
import { copyFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Writer } from 'steno';

/** Writes through a temporary file renamed into place: readers see the old file or the new one, never half of one. */
export async function writeFileAtomically(filePath: string, bytes: Uint8Array): Promise<void> {
  await new Writer(filePath).write(bytes);
}

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
