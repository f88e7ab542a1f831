/**
 * The child process of the crash-safety test (test/unit/crash-safety.test.ts):
 * saves documents with SpecificationFile, as autosave does, in an endless
 * loop until the test kills it. After every completed save it appends a line
 * to a log, so that the test knows which versions may be on disk.
 *
 *   node save-loop.js <folder> <file count> [<first step>] [<base document>]
 *
 * Step s saves file s mod n with version ⌊s / n⌋ mod 4; every file cycles
 * through versions of 1,000, 20, 300 and 60 requirements, so that file sizes
 * differ a lot and the big saves take long enough to be interrupted. The test
 * imports the plan (save-plan.ts) to know every version the loop can write.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SpecificationFile } from '../../electron/services/specification-file';
import { loadSpecification } from '../support/large-specification';
import { documentName, loopVersions, saveLogName, stepTarget } from './save-plan';

export { documentName, loopVersions, saveLogName, stepTarget, versionSizes, versionTitle } from './save-plan';

async function saveForever(args: readonly string[]): Promise<never> {
  const [folder, countText, firstText = '0', basePath] = args;
  const fileCount = Number(countText);
  if (folder === undefined || !Number.isInteger(fileCount) || fileCount < 1) {
    throw new Error('usage: save-loop <folder> <file count> [<first step>] [<base document>]');
  }
  const versions = loopVersions(fileCount, basePath === undefined ? undefined : loadSpecification(basePath));
  const files = versions.map((_, file) => new SpecificationFile(path.join(folder, documentName(file))));
  const log = path.join(folder, saveLogName);
  process.stdout.write('ready\n');
  for (let step = Number(firstText); ; step += 1) {
    const { file, version } = stepTarget(step, fileCount);
    const spec = versions[file]?.[version];
    const target = files[file];
    if (spec === undefined || target === undefined) throw new Error(`nothing to save at step ${step}`);
    await target.write(spec);
    appendFileSync(log, `${step}\t${spec.title}\n`);
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  saveForever(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
