/**
 * Finds the document files (of any kind Kravstudio opens) the operating
 * system asked us to open, in a command line (first launch, or a second
 * launch handed over by the single-instance lock).
 */
import path from 'node:path';
import { documentKinds } from '../shared/document-kinds/registry';
import { responseExtension } from '../shared/response/model';

/** Besides the document kinds, a supplier's response (`.kravsvar`) opens in the window's answering screen. */
const openedExtensions = (): string[] => [...documentKinds.extensions(), responseExtension];

export function documentPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const suffixes = openedExtensions().map((extension) => `.${extension.toLowerCase()}`);
  return argv
    .filter((arg) => !arg.startsWith('-') && suffixes.some((suffix) => arg.toLowerCase().endsWith(suffix)))
    .map((arg) => path.resolve(cwd, arg));
}
