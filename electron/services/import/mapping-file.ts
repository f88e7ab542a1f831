/**
 * A spreadsheet's column mapping saved as MAPPING.json, for the next file
 * from the same platform: written through the safe writer, read back
 * bounded and checked with parseColumnMapping, every problem in a sentence
 * that names the file.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ColumnMapping, parseColumnMapping } from '../../../shared/import/table';
import { NotARegularFileError, readRegularFile } from '../file-system';
import { writeFileSafely } from '../safe-write';

/** A mapping file is a few kilobytes of JSON; anything larger is not one. */
export const maxMappingBytes = 256 * 1024;

/** A mapping file that cannot be used: which file, and why. */
export class MappingFileError extends Error {
  readonly filePath: string;
  /** The reason alone, without the file's name. */
  readonly reason: string;

  constructor(filePath: string, reason: string) {
    super(`${path.basename(filePath)}: ${reason}`);
    this.name = 'MappingFileError';
    this.filePath = filePath;
    this.reason = reason;
  }
}

/** The mapping as saved: indented JSON, so a buyer can edit it. */
export function columnMappingJson(mapping: ColumnMapping): string {
  return `${JSON.stringify(mapping, null, 2)}\n`;
}

/** Writes a mapping; without `replace` an existing file of that name is refused (EEXIST). */
export async function writeColumnMapping(filePath: string, mapping: ColumnMapping, options: { replace: boolean }): Promise<void> {
  if (options.replace) await writeFileSafely(filePath, columnMappingJson(mapping));
  else await writeFile(filePath, columnMappingJson(mapping), { flag: 'wx' });
}

/** Reads a saved mapping, never past maxMappingBytes; throws MappingFileError naming the file. */
export async function readColumnMappingFile(filePath: string): Promise<ColumnMapping> {
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(
      await readRegularFile(filePath, maxMappingBytes, () => new MappingFileError(filePath, `The file is larger than a column mapping may be (${maxMappingBytes / 1024} kB).`)),
    );
  } catch (error) {
    if (error instanceof MappingFileError) throw error;
    if (error instanceof NotARegularFileError) throw new MappingFileError(filePath, 'It is not a file.');
    if (error instanceof TypeError) throw new MappingFileError(filePath, 'The file is not UTF-8 text.');
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT') throw new MappingFileError(filePath, 'The file does not exist.');
    if (code === 'EACCES' || code === 'EPERM') throw new MappingFileError(filePath, `The file may not be read (${code}).`);
    if (code === 'EISDIR') throw new MappingFileError(filePath, 'It is not a file.');
    throw error;
  }
  const parsed = parseColumnMapping(json);
  if (!parsed.ok) throw new MappingFileError(filePath, parsed.message);
  return parsed.mapping;
}
