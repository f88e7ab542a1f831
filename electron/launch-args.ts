/**
 * Finds the specification files the operating system asked us to open, in a
 * command line (first launch, or a second launch handed over by the
 * single-instance lock).
 */
import path from 'node:path';
import { documentExtension } from '../shared/document-file';

export function documentPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const suffix = `.${documentExtension}`;
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(suffix))
    .map((arg) => path.resolve(cwd, arg));
}
