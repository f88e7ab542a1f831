/**
 * The kill loop: the app's document services — DocumentManager with backups
 * and the app state, as the app runs them (test/crash/manager-loop.ts) — are
 * SIGKILLed in a child process at a random moment, hundreds of times. After
 * every kill the next open (a fresh app state, a fresh manager opening every
 * document, as the app does when started again) must find:
 *
 * - 0 lost: each document is the last version the child logged as saved, or
 *   the one it was saving when it died;
 * - 0 corrupt: the app state reads (it is never moved aside as unreadable),
 *   every document reads, every backup the app state lists exists and reads;
 * - 0 temporary files left anywhere in the documents or userData folders.
 *
 * Each kill starts a Node process, so this takes minutes on a loaded two-core
 * machine: it runs when KRAVSTUDIO_KILL_LOOP=1 is set (not in `npm test` or
 * .ci/run; the SpecificationFile-level crash-safety test runs there).
 * KRAVSTUDIO_KILL_LOOP_CYCLES raises the number of kills (at least 300);
 * KRAVSTUDIO_CRASH_SEED changes the random waits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isOwnTempName } from '../../electron/services/safe-write';
import { SpecificationFile } from '../../electron/services/specification-file';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { clockAtStep, managerLoopVersions, openServices } from '../crash/manager-loop';
import { documentName, saveLogName, stepTarget, versionSizes } from '../crash/save-plan';
import { richFixturePath } from '../support/large-specification';
import { bundleChildScript } from '../support/child-script';

const enabled = process.env['KRAVSTUDIO_KILL_LOOP'] === '1';
const cycles = Math.max(300, Number(process.env['KRAVSTUDIO_KILL_LOOP_CYCLES'] ?? 300) || 300);
const seed = Number(process.env['KRAVSTUDIO_CRASH_SEED'] ?? 20_261_207) || 1;
const fileCount = 2;
/** Children run side by side, each lane over its own folders; KRAVSTUDIO_KILL_LOOP_LANES sets how many. */
const lanes = Math.max(1, Number(process.env['KRAVSTUDIO_KILL_LOOP_LANES'] ?? Math.min(2, os.availableParallelism())) || 1);

let workDir = '';
let childScript = '';

/** mulberry32, so that a failing run can be repeated with the same waits. */
function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What a child wrote to stderr, to tell why it stopped if it did so by itself. */
const childErrors = new WeakMap<ChildProcess, string>();

/** Resolves when the child prints `line` (ready: about to open; saving: everything open); rejects if it dies first. */
function whenSaid(child: ChildProcess, line: 'ready' | 'saving'): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
      childErrors.set(child, errors);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`${line}\n`)) resolve();
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`the loop stopped by itself (${code ?? signal}): ${errors}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Every temporary file of ours under a folder, at any depth. */
async function tempFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => isOwnTempName(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

interface LaneReport {
  kills: number;
  saves: number;
  /** Kills after which a temporary file was on disk (removed by the next open). */
  killsMidWrite: number;
  tempFilesLeftByKills: number;
  backupsChecked: number;
}

beforeAll(async () => {
  if (!enabled) return;
  workDir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-kill-loop-'));
  childScript = await bundleChildScript('manager-loop', path.join(workDir, 'bin'));
}, 120_000);

afterAll(async () => {
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

describe.skipIf(!enabled)('the kill loop', () => {
  test(
    `SIGKILL through DocumentManager with backups and app state: 0 lost, 0 corrupt, 0 temporary files after the next open (${cycles} kills)`,
    async () => {
      const started = performance.now();
      const versions = managerLoopVersions(fileCount);
      const titleAt = (step: number): string => {
        const { file, version } = stepTarget(step, fileCount);
        const title = versions[file]?.[version]?.title;
        if (title === undefined) throw new Error(`no version at step ${step}`);
        return title;
      };
      expect(new Set(versions.flat().map((spec) => spec.title)).size).toBe(fileCount * versionSizes.length);

      async function runLane(lane: number, laneKills: number): Promise<LaneReport> {
        const random = seededRandom(seed + lane);
        const documentsDir = path.join(workDir, `lane-${lane + 1}`, 'Documents');
        const userData = path.join(workDir, `lane-${lane + 1}`, 'userData');
        const log = path.join(documentsDir, saveLogName);
        await mkdir(documentsDir, { recursive: true });
        await mkdir(userData, { recursive: true });
        const report: LaneReport = { kills: 0, saves: 0, killsMidWrite: 0, tempFilesLeftByKills: 0, backupsChecked: 0 };
        const onDisk: string[] = [];
        for (let file = 0; file < fileCount; file += 1) {
          const firstVersion = versions[file]?.[0];
          if (firstVersion === undefined) throw new Error('no first version');
          await new SpecificationFile(path.join(documentsDir, documentName(file))).write(firstVersion);
          onDisk.push(firstVersion.title);
        }

        let nextStep = fileCount * versionSizes.length;
        for (let round = 0; round < laneKills; round += 1) {
          const firstStep = nextStep;
          const child = spawn(process.execPath, [childScript, documentsDir, userData, String(fileCount), String(firstStep), richFixturePath], {
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          // A quarter of the kills land while the child opens the app state and the documents (and backs them up); the rest in the saves.
          await whenSaid(child, random() < 0.25 ? 'ready' : 'saving');
          await sleep(Math.floor(random() * 200));
          child.kill('SIGKILL');
          await exited(child);
          expect(child.signalCode, `the child was killed, not finished: ${childErrors.get(child) ?? ''}`).toBe('SIGKILL');
          report.kills += 1;

          const logged = (await readFile(log, 'utf8').catch(() => ''))
            .split('\n')
            .slice(0, -1)
            .map((line) => Number(line.split('\t')[0]));
          await unlink(log).catch(() => undefined);
          logged.forEach((step, index) => {
            expect(step).toBe(firstStep + index);
            onDisk[stepTarget(step, fileCount).file] = titleAt(step);
          });
          report.saves += logged.length;
          const inFlight = firstStep + logged.length;
          nextStep = inFlight + 1;

          const leftByKill = [...(await tempFilesUnder(documentsDir)), ...(await tempFilesUnder(userData))];
          report.tempFilesLeftByKills += leftByKill.length;
          if (leftByKill.length > 0) report.killsMidWrite += 1;

          // The next open, as the app does it when started again.
          const clock = { now: () => clockAtStep(inFlight) };
          const { appState, manager } = await openServices(documentsDir, userData, clock);
          expect(appState.recoveredFrom, `the app state after kill ${round + 1} was unreadable`).toBeNull();
          for (let file = 0; file < fileCount; file += 1) {
            const allowed = new Set([onDisk[file]]);
            if (stepTarget(inFlight, fileCount).file === file) allowed.add(titleAt(inFlight));
            const session = await manager.open(path.join(documentsDir, documentName(file)));
            const title = session.specification.title;
            expect(allowed, `${documentName(file)} after kill ${round + 1}`).toContain(title);
            onDisk[file] = title;
            await manager.close(session.sessionId);
          }
          for (const backup of appState.snapshot().backups) {
            const read = parseSpecificationBytes(await readFile(backup.file));
            expect(read.ok, `backup ${backup.file} after kill ${round + 1}`).toBe(true);
            report.backupsChecked += 1;
          }
          expect([...(await tempFilesUnder(documentsDir)), ...(await tempFilesUnder(userData))], `temporary files after the open following kill ${round + 1}`).toEqual([]);
          // A sign of life on a slow machine: every check so far held.
          if ((round + 1) % 10 === 0) process.stderr.write(`kill loop lane ${lane + 1}: ${round + 1} kills checked, ${report.saves} saves, ${report.tempFilesLeftByKills} temporary files cleared\n`);
        }
        return report;
      }

      const reports = await Promise.all(Array.from({ length: lanes }, (_, lane) => runLane(lane, Math.ceil(cycles / lanes))));
      const total = reports.reduce((sum, r) => ({
        kills: sum.kills + r.kills,
        saves: sum.saves + r.saves,
        killsMidWrite: sum.killsMidWrite + r.killsMidWrite,
        tempFilesLeftByKills: sum.tempFilesLeftByKills + r.tempFilesLeftByKills,
        backupsChecked: sum.backupsChecked + r.backupsChecked,
      }));
      console.log(
        `kill loop: ${total.kills} kills in ${((performance.now() - started) / 1000).toFixed(1)} s (${lanes} at a time, seed ${seed}); ` +
          `${total.saves} completed saves; ${total.killsMidWrite} kills left ${total.tempFilesLeftByKills} temporary files, all removed by the next open; ` +
          `${total.backupsChecked} backup reads; 0 lost, 0 corrupt.`,
      );
      expect(total.kills).toBeGreaterThanOrEqual(cycles);
    },
    1_800_000,
  );
});
