/**
 * Reading the organisation library folder: a shared network or synced folder
 * from which template packs (.kravmall) and course packs (.kravkurs) are read
 * besides the shipped and the user's own. The folder may be offline, slow or
 * hold anything: every step has a deadline (a network share that hangs never
 * holds up the library), every file is read bounded and checked as its kind,
 * and a file that cannot be used is listed by name and reason while the
 * others are still read.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Course } from '../../shared/course/model';
import { courseExtension, courseKind } from '../../shared/document-kinds/course';
import type { AnyDocumentKind } from '../../shared/document-kinds/kind';
import { maxBytesOf } from '../../shared/document-kinds/format';
import { templatePackExtension, templatePackKind } from '../../shared/document-kinds/template-pack';
import type { TemplatePack } from '../../shared/templates/model';
import type { OrganisationFileProblem, OrganisationLibraryStatus } from '../../shared/templates/organisation';
import { replaceActingCharacters } from '../../shared/text/control-characters';
import { NotARegularFileError, readRegularFile } from './file-system';

/** How long the whole folder may take to read before what is still missing is reported as timed out. */
export const defaultOrganisationTimeoutMs = 5000;

/** More files than this in the folder are not read (the rest are reported once). */
export const maxOrganisationFiles = 500;

export interface OrganisationFolderContents {
  status: OrganisationLibraryStatus;
  packs: TemplatePack[];
  courses: { course: Course; fileName: string }[];
}

class DeadlineExceeded extends Error {}

/** The promise's value, or DeadlineExceeded when `deadline` (epoch ms) comes first. The work itself cannot be stopped; it is no longer waited for. */
function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) {
    work.catch(() => undefined);
    return Promise.reject(new DeadlineExceeded());
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded()), left);
  });
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** A name as the window may show it: no control or direction characters, not longer than a line. */
export function shownName(name: string): string {
  const clean = replaceActingCharacters(name, () => '?', { keepTabAndLineFeed: false });
  return clean.length > 200 ? `${clean.slice(0, 199)}…` : clean;
}

/** The folder's own name for display (the last part of its path). */
export function organisationFolderName(folder: string): string {
  return shownName(path.basename(path.resolve(folder)) || folder);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Why a file could not be read, as a problem code and an English message. */
function problemOf(error: unknown, kind: AnyDocumentKind): { problem: string; message: string } {
  if (error instanceof DeadlineExceeded) return { problem: 'timeout', message: 'The folder did not answer in time.' };
  if (error instanceof NotARegularFileError) return { problem: 'not-a-file', message: 'This is not a regular file.' };
  if (error instanceof FileTooLarge) return { problem: 'too-large', message: `The file is over ${Math.round(maxBytesOf(kind) / 1024 / 1024)} MB.` };
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return { problem: code.toLowerCase(), message: `The file could not be read (${code}).` };
  return { problem: 'unreadable', message: 'The file could not be read.' };
}

class FileTooLarge extends Error {}

async function listFiles(folder: string): Promise<string[]> {
  return (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.isDirectory()).map((entry) => entry.name);
}

/** Whether a file can be made (and removed again) in the folder, before the deadline. */
export async function folderIsWritable(folder: string, deadline: number): Promise<boolean> {
  const probe = path.join(folder, `.kravstudio-write-check-${randomBytes(6).toString('hex')}`);
  try {
    await beforeDeadline(writeFile(probe, '', { flag: 'wx' }), deadline);
  } catch {
    return false;
  }
  await beforeDeadline(rm(probe, { force: true }), deadline).catch(() => undefined);
  return true;
}

/**
 * Reads every .kravmall and .kravkurs file at the top of the folder. An
 * offline, missing or unreadable folder gives state "offline" and nothing
 * else; it never throws.
 */
export async function readOrganisationFolder(
  folder: string,
  options: {
    timeoutMs?: number;
    shippedPackIds?: ReadonlySet<string>;
    /** Lists the folder's files (not folders); node's readdir unless a test brings a share that hangs. */
    listFiles?: (folder: string) => Promise<string[]>;
  } = {},
): Promise<OrganisationFolderContents> {
  const deadline = Date.now() + (options.timeoutMs ?? defaultOrganisationTimeoutMs);
  const name = organisationFolderName(folder);
  const offline: OrganisationFolderContents = { status: { name, state: 'offline', writable: false, problems: [] }, packs: [], courses: [] };
  let names: string[];
  try {
    const list = options.listFiles ?? listFiles;
    names = (await beforeDeadline(list(folder), deadline))
      .filter((each) => [templatePackExtension, courseExtension].includes(extensionOf(each)))
      .sort();
  } catch {
    return offline;
  }

  const problems: OrganisationFileProblem[] = [];
  const note = (fileName: string, problem: string, message: string): void => void problems.push({ fileName: shownName(fileName), problem, message });
  if (names.length > maxOrganisationFiles) {
    note(`${String(names.length - maxOrganisationFiles)} more`, 'too-many-files', `Only the first ${String(maxOrganisationFiles)} files are read.`);
    names = names.slice(0, maxOrganisationFiles);
  }

  const read = await Promise.all(
    names.map(async (fileName) => {
      const kind: AnyDocumentKind = extensionOf(fileName) === courseExtension ? courseKind : templatePackKind;
      try {
        const bytes = await beforeDeadline(
          readRegularFile(path.join(folder, fileName), maxBytesOf(kind), () => new FileTooLarge()),
          deadline,
        );
        const result = kind.parse(bytes);
        if (!result.ok) {
          const where = result.problem.issues[0];
          return { fileName, failed: { problem: result.problem.code, message: where === undefined ? result.problem.message : `${where.path}: ${where.message}` } };
        }
        return { fileName, kind, document: result.document };
      } catch (error) {
        return { fileName, failed: problemOf(error, kind) };
      }
    }),
  );

  const packs: TemplatePack[] = [];
  const courses: { course: Course; fileName: string }[] = [];
  for (const entry of read) {
    if ('failed' in entry && entry.failed !== undefined) {
      note(entry.fileName, entry.failed.problem, entry.failed.message);
    } else if ('kind' in entry && entry.kind === templatePackKind) {
      const pack = entry.document as TemplatePack;
      if (pack.kind !== 'pack') note(entry.fileName, 'module', 'Modules cannot be shared as packs.');
      else if (options.shippedPackIds?.has(pack.id) === true) note(entry.fileName, 'shipped-id', `A pack shipped with Kravstudio already has the id "${pack.id}".`);
      else if (packs.some((other) => other.id === pack.id)) note(entry.fileName, 'duplicate-id', `Another file in the folder already has the pack id "${pack.id}".`);
      else packs.push(pack);
    } else if ('kind' in entry) {
      const course = entry.document as Course;
      if (courses.some((other) => other.course.id === course.id)) note(entry.fileName, 'duplicate-id', `Another file in the folder already has the course id "${course.id}".`);
      else courses.push({ course, fileName: entry.fileName });
    }
  }
  const writable = await folderIsWritable(folder, deadline);
  return { status: { name, state: 'available', writable, problems }, packs, courses };
}
