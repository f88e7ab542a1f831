/**
 * What the crash loops save (test/crash/save-loop.ts and manager-loop.ts), and
 * so what the tests that kill them may find on disk: every file cycles through
 * versions of 1,000, 20, 300 and 60 requirements, so that file sizes differ a
 * lot and the big saves take long enough to be interrupted. A module of its
 * own, without an entry point, so that each loop can bundle it.
 */
import type { Specification } from '../../shared/specification/model';
import { makeLargeSpecification } from '../support/large-specification';

/** Requirement counts of the versions every file goes through. */
export const versionSizes = [1000, 20, 300, 60] as const;

/** The log of completed saves in the folder: one `<step>\t<title>` line each. */
export const saveLogName = 'saved.log';

export const documentName = (file: number): string => `document-${file + 1}.kravspec`;

export const versionTitle = (file: number, version: number, requirementCount: number): string =>
  `Kraschtest ${file + 1}, version ${version + 1} (${requirementCount} krav)`;

/** Which file a step saves, and which version of it. */
export function stepTarget(step: number, fileCount: number): { file: number; version: number } {
  return { file: step % fileCount, version: Math.floor(step / fileCount) % versionSizes.length };
}

/** Every version of every file the loop writes: `[file][version]`. */
export function loopVersions(fileCount: number, base?: Specification): Specification[][] {
  const bySize = new Map(versionSizes.map((size) => [size, makeLargeSpecification(size, size, base)]));
  return Array.from({ length: fileCount }, (_, file) =>
    Array.from({ length: versionSizes.length }, (_, version) => {
      // Each file starts the cycle at another size, so that big and small saves mix.
      const size = versionSizes[(version + file) % versionSizes.length] ?? versionSizes[0];
      const spec = bySize.get(size);
      if (spec === undefined) throw new Error(`no document of ${size} requirements`);
      return { ...spec, title: versionTitle(file, version, size) };
    }),
  );
}
