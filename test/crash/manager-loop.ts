/**
 * The child process of the kill-loop test (test/unit/kill-loop.test.ts): the
 * app's document services as the app runs them — DocumentManager over the app
 * state, with backups and the trash — opening documents and saving new
 * versions of them in an endless loop until the test kills it. After every
 * completed save it appends `<step>\t<title>` to a log, so that the test knows
 * which versions may be on disk.
 *
 *   node manager-loop.mjs <documents folder> <userData folder> <file count> <first step> <base document>
 *
 * Step s saves file s mod n with version ⌊s / n⌋ mod 4 (as the save loop beside
 * it does), at a clock that stands 11 minutes after the previous step's, so
 * that nearly every save also takes a backup and old backups are pruned.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openAppStateStore } from '../../electron/services/app-state';
import { BackupStore } from '../../electron/services/backups';
import { DocumentManager } from '../../electron/services/document-manager';
import type { DocumentSession } from '../../electron/services/document-session';
import { Trash } from '../../electron/services/trash';
import type { Specification } from '../../shared/specification/model';
import { loadSpecification } from '../support/large-specification';
import { documentName, loopVersions, saveLogName, stepTarget } from './save-plan';

/** The clock at step 0; every step is 11 minutes later, past the 10 minutes after which a backup is due. */
export const clockAtStep = (step: number): Date => new Date(Date.parse('2026-03-02T07:00:00Z') + step * 11 * 60_000);

/** Each file is a document of its own (its own id, so its own backups). */
export const documentIdOf = (file: number): string => `00000000-0000-4000-8000-${String(file + 1).padStart(12, '0')}`;

/** Every version of every file the loop writes, `[file][version]`, each file with its own id. */
export function managerLoopVersions(fileCount: number, base?: Specification): Specification[][] {
  return loopVersions(fileCount, base).map((versions, file) => versions.map((spec) => ({ ...spec, id: documentIdOf(file) })));
}

/** The app's document services over a userData folder, at a clock the caller sets. */
export async function openServices(documentsDir: string, userData: string, clock: { now(): Date }) {
  const appState = await openAppStateStore(userData, clock);
  const backups = new BackupStore(appState, userData, clock);
  const trash = new Trash(appState, userData, clock);
  const manager = new DocumentManager({
    appState,
    backups,
    trash,
    clock,
    documentsDir,
    // Saves are asked for with flush, as quitting and export do; autosave never fires on its own.
    autosaveDelayMs: 3_600_000,
    onSaveState: () => undefined,
  });
  return { appState, backups, manager };
}

async function saveForever(args: readonly string[]): Promise<never> {
  const [documentsDir, userData, countText, firstText, basePath] = args;
  const fileCount = Number(countText);
  const first = Number(firstText);
  if (documentsDir === undefined || userData === undefined || !Number.isInteger(fileCount) || fileCount < 1 || !Number.isInteger(first) || basePath === undefined) {
    throw new Error('usage: manager-loop <documents folder> <userData folder> <file count> <first step> <base document>');
  }
  const versions = managerLoopVersions(fileCount, loadSpecification(basePath));
  let now = clockAtStep(first);
  const clock = { now: () => now };
  const log = path.join(documentsDir, saveLogName);
  // Ready before anything is opened: a kill may also land while the app state, the documents or their first backups are read and written.
  process.stdout.write('ready\n');
  const { manager } = await openServices(documentsDir, userData, clock);
  const sessions: DocumentSession[] = [];
  for (let file = 0; file < fileCount; file += 1) sessions.push(await manager.open(path.join(documentsDir, documentName(file))));
  // Everything is open: from here on, a kill lands in the saves.
  process.stdout.write('saving\n');
  for (let step = first; ; step += 1) {
    now = clockAtStep(step);
    const { file, version } = stepTarget(step, fileCount);
    const spec = versions[file]?.[version];
    const session = sessions[file];
    if (spec === undefined || session === undefined) throw new Error(`nothing to save at step ${step}`);
    session.update(spec);
    const state = await session.flush();
    if (state.kind !== 'saved') throw new Error(`step ${step} was not saved: ${JSON.stringify(state)}`);
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
