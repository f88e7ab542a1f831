/**
 * Killing Kravstudio in the middle of a save must never leave a damaged
 * document. A child process saves documents in a loop with SpecificationFile
 * (as autosave does; test/crash/save-loop.ts) and is killed with SIGKILL after
 * a random few milliseconds, hundreds of times. After every kill each document
 * must read and be, byte for byte, a version the child could have written:
 * the last one it logged as saved or the one it was saving when it died.
 *
 * KRAVSTUDIO_CRASH_KILLS raises the number of kills (at least 200);
 * KRAVSTUDIO_CRASH_SEED changes the random waits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { documentPathsFromArgv } from '../../electron/launch-args';
import { isOwnTempName } from '../../electron/services/safe-write';
import { readSpecificationFile, SpecificationFile } from '../../electron/services/specification-file';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import { documentName, loopVersions, saveLogName, stepTarget, versionSizes } from '../crash/save-loop';
import { richFixturePath } from '../support/large-specification';
import { bundleChildScript } from '../support/child-script';

const kills = Math.max(200, Number(process.env['KRAVSTUDIO_CRASH_KILLS'] ?? 200) || 200);
const seed = Number(process.env['KRAVSTUDIO_CRASH_SEED'] ?? 20_260_301) || 1;
const fileCount = 3;
/** Children run side by side, each over its own folder, so that the kills fit in a few seconds. */
const lanes = Math.min(2, Math.max(1, os.availableParallelism()));

let workDir = '';
let childScript = '';

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-crash-'));
  childScript = await bundleChildScript('save-loop', path.join(workDir, 'bin'));
}, 60_000);

afterAll(async () => {
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

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
/** The temporary files of a document's saves in a folder listing (safe-write.ts names them). */
const tempNames = (names: readonly string[], file: number): string[] => names.filter((name) => isOwnTempName(name, documentName(file)));

/** Resolves when the child says it is about to start saving; rejects with its error output if it dies first. */
function whenReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready\n')) resolve();
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`the save loop stopped by itself (${code ?? signal}): ${errors}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

interface LaneReport {
  kills: number;
  /** Kills after which a temporary file of this child was on disk: it died between starting a save and its rename. */
  midWrite: number;
  /** Of those temporary files, how many were incomplete (what an in-place write would have left as the document). */
  partialTempFiles: number;
  /** Temporary files seen after kills, counting leftovers from earlier children. */
  tempFilesSeen: number;
  saves: number;
}

test(
  `SIGKILL during saves never leaves a damaged document (${kills} kills)`,
  async () => {
    const started = performance.now();
    const versions = loopVersions(fileCount);
    /** The exact bytes of every version the loop writes, by title. */
    const expected = new Map(versions.flat().map((spec) => [spec.title, Buffer.from(serializeSpecification(spec), 'utf8')]));
    expect(expected.size).toBe(fileCount * versionSizes.length);
    const titleAt = (step: number): string => {
      const { file, version } = stepTarget(step, fileCount);
      const title = versions[file]?.[version]?.title;
      if (title === undefined) throw new Error(`no version at step ${step}`);
      return title;
    };

    async function runLane(lane: number, laneKills: number): Promise<LaneReport> {
      const random = seededRandom(seed + lane);
      const dir = path.join(workDir, `lane-${lane + 1}`);
      const log = path.join(dir, saveLogName);
      const report: LaneReport = { kills: 0, midWrite: 0, partialTempFiles: 0, tempFilesSeen: 0, saves: 0 };
      await mkdir(dir);
      // Every document exists before the first child starts, as an open document does.
      const onDisk: string[] = [];
      for (let file = 0; file < fileCount; file += 1) {
        const first = versions[file]?.[0];
        if (first === undefined) throw new Error('no first version');
        await new SpecificationFile(path.join(dir, documentName(file))).write(first);
        onDisk.push(first.title);
      }

      for (let round = 0; round < laneKills; round += 1) {
        const firstStep = Math.floor(random() * fileCount * versionSizes.length * 100);
        const spawnedAt = Date.now();
        const child = spawn(process.execPath, [childScript, dir, String(fileCount), String(firstStep), richFixturePath], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        await whenReady(child);
        await sleep(5 + Math.floor(random() * 56));
        child.kill('SIGKILL');
        await exited(child);
        expect(child.signalCode, 'the child was killed, not finished').toBe('SIGKILL');
        report.kills += 1;

        // What the child said it saved; a last line without its newline was cut off by the kill.
        const logged = (await readFile(log, 'utf8').catch(() => ''))
          .split('\n')
          .slice(0, -1)
          .map((line) => {
            const [step, title] = line.split('\t');
            return { step: Number(step), title };
          });
        await unlink(log).catch(() => undefined);
        logged.forEach((entry, index) => {
          expect(entry.step).toBe(firstStep + index);
          expect(entry.title).toBe(titleAt(entry.step));
          onDisk[stepTarget(entry.step, fileCount).file] = titleAt(entry.step);
        });
        report.saves += logged.length;
        // The save under way when the child died may or may not have reached its rename.
        const inFlight = firstStep + logged.length;

        const names = await readdir(dir);
        // Only the documents count as documents: never the temporary files or the log.
        expect(documentPathsFromArgv(names, dir).sort()).toEqual(Array.from({ length: fileCount }, (_, file) => path.join(dir, documentName(file))).sort());

        let freshTemp = false;
        for (let file = 0; file < fileCount; file += 1) {
          const allowed = new Set([onDisk[file]]);
          if (stepTarget(inFlight, fileCount).file === file) allowed.add(titleAt(inFlight));

          const bytes = await readFile(path.join(dir, documentName(file)));
          const result = parseSpecificationBytes(bytes);
          if (!result.ok) throw new Error(`${documentName(file)} is damaged after kill ${round + 1}: ${result.problem.message}`);
          const title = result.specification.title;
          expect(allowed, `${documentName(file)} after kill ${round + 1}`).toContain(title);
          expect(bytes.equals(expected.get(title) ?? Buffer.alloc(0)), `${documentName(file)} is exactly "${title}"`).toBe(true);
          onDisk[file] = title;

          for (const name of tempNames(names, file)) {
            report.tempFilesSeen += 1;
            const temp = path.join(dir, name);
            const info = await stat(temp);
            if (info.mtimeMs >= spawnedAt) {
              freshTemp = true;
              const content = await readFile(temp);
              if (![...expected.values()].some((whole) => whole.equals(content))) report.partialTempFiles += 1;
            }
            // Each kill leaves its own random name: removed here, as the next open of the folder would.
            await unlink(temp);
          }
        }
        if (freshTemp) report.midWrite += 1;
      }

      // Finally, open every document the way the app does.
      for (let file = 0; file < fileCount; file += 1) {
        const { specification } = await readSpecificationFile(path.join(dir, documentName(file)));
        expect(specification.title).toBe(onDisk[file]);
      }
      return report;
    }

    const perLane = Math.ceil(kills / lanes);
    const reports = await Promise.all(Array.from({ length: lanes }, (_, lane) => runLane(lane, perLane)));
    const total = reports.reduce(
      (sum, report) => ({
        kills: sum.kills + report.kills,
        midWrite: sum.midWrite + report.midWrite,
        partialTempFiles: sum.partialTempFiles + report.partialTempFiles,
        tempFilesSeen: sum.tempFilesSeen + report.tempFilesSeen,
        saves: sum.saves + report.saves,
      }),
      { kills: 0, midWrite: 0, partialTempFiles: 0, tempFilesSeen: 0, saves: 0 },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `crash safety: ${total.kills} kills in ${seconds} s (${lanes} at a time, seed ${seed}); ` +
        `${total.midWrite} mid-write (a temporary file of that child was on disk), ${total.partialTempFiles} of those temporary files incomplete; ` +
        `${total.tempFilesSeen} temporary files seen in all, none taken for a document; ${total.saves} completed saves; every document intact.`,
    );
    expect(total.kills).toBeGreaterThanOrEqual(kills);
  },
  // A guard against a hang, not a speed limit: each kill starts a Node child, and on a loaded
  // two-core machine 200 of them took 274 s (about 20 s when the machine is idle).
  600_000,
);
