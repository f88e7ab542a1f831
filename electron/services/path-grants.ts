/**
 * Paths as capabilities. The renderer never names a file of its own choosing:
 * it may only hand back a path the main process gave it (a dialog's answer, a
 * recent document, a file the OS asked us to open, an open document, an
 * exported file). Every such path is granted here when it is handed out,
 * together with what it resolved to on disk at that moment; a path from the
 * renderer is accepted only when it is one of those and still resolves to the
 * same real file, so a link planted later, or a path merely spelled to look
 * like a granted one, is refused.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { KravstudioError } from '../../shared/errors';
import { replaceActingCharacters } from '../../shared/text/control-characters';

/** Longest path accepted from the renderer (Linux's PATH_MAX less its closing NUL). */
export const maxPathLength = 4095;

/** How many granted paths are remembered; the oldest are forgotten first. */
export const maxGrantedPaths = 5000;

/** Why a path from the renderer was refused before anything looked at the disk. */
export type PathSyntaxProblem = 'empty' | 'nul' | 'control-character' | 'too-long' | 'unc' | 'relative';

/** The problem code the renderer translates for any refused path. */
export const pathNotAllowedProblem = 'path-not-allowed';

/** What is wrong with the spelling of a path, or null when it may be looked up at all. */
export function pathSyntaxProblem(raw: string): PathSyntaxProblem | null {
  if (raw.length === 0) return 'empty';
  if (raw.includes('\0')) return 'nul';
  if (raw.length > maxPathLength) return 'too-long';
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\u0001-\u001f\u007f]/.test(raw)) return 'control-character';
  // \\server\share, //server/share, \\?\C:\…, \\.\device: network and device namespaces are never ours.
  if (/^[\\/]{2}/.test(raw)) return 'unc';
  if (!path.isAbsolute(raw)) return 'relative';
  return null;
}

/** A path as the error may show it: no control characters, and not longer than a line. */
function shownPath(raw: string): string {
  const clean = replaceActingCharacters(raw, () => '?', { keepTabAndLineFeed: false });
  return clean.length > 300 ? `${clean.slice(0, 299)}…` : clean;
}

function refused(raw: string): KravstudioError {
  return new KravstudioError({
    code: 'NOT_ALLOWED',
    message: 'Kravstudio only works with files you chose or that it made itself; this path is not one of them.',
    file: shownPath(raw),
    problem: pathNotAllowedProblem,
  });
}

/** The key a path is remembered by: resolved, and case-folded where the file system ignores case. */
function keyOf(lexical: string): string {
  return process.platform === 'win32' ? lexical.toLowerCase() : lexical;
}

/**
 * Where a path leads on disk now: every link in it resolved. A file that does not
 * exist (yet) resolves through its nearest existing folder; a path that cannot be
 * resolved (a link loop, a folder we may not read) leads nowhere, and null says so.
 */
export async function realPathOf(lexical: string): Promise<string | null> {
  try {
    return await realpath(lexical);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return null;
    const parent = path.dirname(lexical);
    if (parent === lexical) return null;
    const realParent = await realPathOf(parent);
    return realParent === null ? null : path.join(realParent, path.basename(lexical));
  }
}

export class PathGrants {
  /** Granted path (resolved) → where it led on disk when it was granted. */
  readonly #granted = new Map<string, { lexical: string; real: Promise<string | null> }>();

  /** Lets the renderer hand this path back later. Paths that could never be accepted are ignored. */
  grant(filePath: string): void {
    if (pathSyntaxProblem(filePath) !== null) return;
    const lexical = path.resolve(filePath);
    const key = keyOf(lexical);
    this.#granted.delete(key);
    this.#granted.set(key, { lexical, real: realPathOf(lexical) });
    while (this.#granted.size > maxGrantedPaths) {
      const oldest = this.#granted.keys().next();
      if (oldest.done === true) break;
      this.#granted.delete(oldest.value);
    }
  }

  grantAll(filePaths: Iterable<string>): void {
    for (const filePath of filePaths) this.grant(filePath);
  }

  /** Takes a path back (a file moved to the trash). */
  revoke(filePath: string): void {
    if (pathSyntaxProblem(filePath) !== null) return;
    this.#granted.delete(keyOf(path.resolve(filePath)));
  }

  /** True when the path was handed out and still leads where it led then. */
  async allows(raw: string): Promise<boolean> {
    if (pathSyntaxProblem(raw) !== null) return false;
    const lexical = path.resolve(raw);
    const granted = this.#granted.get(keyOf(lexical));
    if (granted === undefined) return false;
    const [then, now] = await Promise.all([granted.real, realPathOf(lexical)]);
    return then !== null && now !== null && keyOf(then) === keyOf(now);
  }

  /**
   * The path from the renderer, resolved, when it may be used; otherwise a typed
   * NOT_ALLOWED error (problem `path-not-allowed`), before anything on disk is touched.
   */
  async authorise(raw: string): Promise<string> {
    if (!(await this.allows(raw))) throw refused(raw);
    return path.resolve(raw);
  }
}
