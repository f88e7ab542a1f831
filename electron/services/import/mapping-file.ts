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

/** Why a mapping file cannot be used, as a code the app words in the reader's language. */
export type MappingFileProblem = 'too-large' | 'not-a-file' | 'not-utf8' | 'not-found' | 'not-readable' | 'invalid';

/** A mapping file that cannot be used: which file, and why. */
export class MappingFileError extends Error {
  readonly filePath: string;
  /** The reason alone, without the file's name. */
  readonly reason: string;
  readonly problem: MappingFileProblem;

  constructor(filePath: string, reason: string, problem: MappingFileProblem) {
    super(`${path.basename(filePath)}: ${reason}`);
    this.name = 'MappingFileError';
    this.filePath = filePath;
    this.reason = reason;
    this.problem = problem;
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
      await readRegularFile(filePath, maxMappingBytes, () => new MappingFileError(filePath, `The file is larger than a column mapping may be (${maxMappingBytes / 1024} kB).`, 'too-large')),
    );
  } catch (error) {
    if (error instanceof MappingFileError) throw error;
    if (error instanceof NotARegularFileError) throw new MappingFileError(filePath, 'It is not a file.', 'not-a-file');
    if (error instanceof TypeError) throw new MappingFileError(filePath, 'The file is not UTF-8 text.', 'not-utf8');
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT') throw new MappingFileError(filePath, 'The file does not exist.', 'not-found');
    if (code === 'EACCES' || code === 'EPERM') throw new MappingFileError(filePath, `The file may not be read (${code}).`, 'not-readable');
    if (code === 'EISDIR') throw new MappingFileError(filePath, 'It is not a file.', 'not-a-file');
    throw error;
  }
  const parsed = parseColumnMapping(json);
  if (!parsed.ok) throw new MappingFileError(filePath, parsed.message, 'invalid');
  return parsed.mapping;
}
