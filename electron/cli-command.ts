/**
 * What every `kravstudio` command shares: the terminal it writes to, the exit
 * codes, the language of the messages, option parsing that turns a wrong
 * option into a usage error, and the one-line report of a file that cannot
 * be read. The commands themselves live in cli.ts and the cli-*.ts modules.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pickUiLanguage, type UiLanguage } from '../shared/languages';
import type { ExportFormatRegistry } from './services/export-formats/registry';
import { NotARegularFileError } from './services/file-system';
import type { Specification } from '../shared/specification/model';
import { DocumentReadError, readSpecificationFile } from './services/specification-file';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  now?: () => Date;
  /** The shipped template library (the bin passes the one beside it). */
  templatesDir?: string;
  /** Where the user's own packs live, if any. */
  userDataDir?: string;
  /** The export formats on offer; the shipped ones unless a test brings its own. */
  exportFormats?: ExportFormatRegistry;
}

export const exitCodes = { ok: 0, invalid: 1, usage: 2 } as const;

/** The language of the user's terminal, from the usual locale variables. */
export function cliLanguage(env: CliIo['env']): UiLanguage {
  const tags = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG'], env['LANGUAGE']]
    .filter((value): value is string => value !== undefined && value !== '' && value !== 'C' && value !== 'POSIX')
    .flatMap((value) => value.split(':'));
  return pickUiLanguage(tags);
}

/** A wrong command line: printed after "kravstudio: ", exit 2. */
export class UsageError extends Error {}

export type Translate = (key: string, values?: Record<string, string>) => string;

export interface Command {
  summary: string;
  run(args: string[], io: CliIo, t: Translate): Promise<number>;
}

export function parse<T extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(args: string[], options: T, t: Translate) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const match = /'(-{1,2}[^']+)'/.exec((error as Error).message);
    throw new UsageError(t('unknownOption', { option: match?.[1] ?? args.join(' ').slice(0, 60) }));
  }
}

/** A file that is not a readable specification: one line per problem ("FILE: JSON-PATH: reason"), exit 1. */
export function reportUnreadable(error: unknown, file: string, io: CliIo, t: Translate): number {
  if (error instanceof DocumentReadError) {
    const issues = error.problem.issues.length > 0 ? error.problem.issues : [{ path: '$', message: error.problem.message }];
    for (const issue of issues) io.stdout(`${file}: ${issue.path}: ${issue.message}\n`);
    return exitCodes.invalid;
  }
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    io.stdout(`${file}: $: ${t('notFound')}\n`);
    return exitCodes.invalid;
  }
  // A link to itself or through a file (ELOOP, ENOTDIR) leads to no file either.
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof NotARegularFileError || code === 'EISDIR' || code === 'ELOOP' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') {
    io.stdout(`${file}: $: ${t('notAFile')}\n`);
    return exitCodes.invalid;
  }
  if ((error as NodeJS.ErrnoException).code === 'EACCES' || (error as NodeJS.ErrnoException).code === 'EPERM') {
    io.stdout(`${file}: $: ${t('notReadable')}\n`);
    return exitCodes.invalid;
  }
  throw error;
}

/**
 * The specification a command names (relative to the working folder), or,
 * when it cannot be read, the exit code after the reason was printed as
 * reportUnreadable prints it.
 */
export async function readSpecificationArgument(file: string, io: CliIo, t: Translate): Promise<{ ok: true; specification: Specification } | { ok: false; code: number }> {
  try {
    return { ok: true, specification: (await readSpecificationFile(path.resolve(io.cwd ?? process.cwd(), file))).specification };
  } catch (error) {
    return { ok: false, code: reportUnreadable(error, file, io, t) };
  }
}
