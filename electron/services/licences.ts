/**
 * Reads the list of bundled third-party packages that the build writes
 * (scripts/collect-licences.mjs) for the About dialog.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BundledLicences, type BundledLicence } from '../../shared/app-info';

export const licencesFileName = 'licences.json';

export async function readBundledLicences(resourcesDir: string): Promise<BundledLicence[]> {
  const text = await readFile(path.join(resourcesDir, licencesFileName), 'utf8');
  return BundledLicences.parse(JSON.parse(text));
}
