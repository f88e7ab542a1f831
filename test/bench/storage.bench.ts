/**
 * What saving and opening a large document costs: a 1,000-requirement
 * specification (about 1.3 MB) written the way autosave writes it and read
 * the way the app opens it, against plain file operations on the same bytes.
 * The save comparison also has a reference that serialises on every save but
 * does not validate, and a third comparison splits a save into its parts, to
 * show where the time goes when a save is slower than its budget.
 */
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { openAppStateStore } from '../../electron/services/app-state';
import { BackupStore } from '../../electron/services/backups';
import { DocumentSession } from '../../electron/services/document-session';
import { readSpecificationFile, SpecificationFile } from '../../electron/services/specification-file';
import { specificationKind } from '../../shared/document-kinds/specification';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import { Specification } from '../../shared/specification/model';
import { makeLargeSpecification } from '../support/large-specification';
import { recordComparison, toCase } from './record';

const requirementCount = 1000;
const time = 2000;

async function withFolder<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-bench-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const kilobytes = (bytes: number): number => Math.round(bytes / 1024);

test('storage: saving a 1,000-requirement document', async ({ bench }) => {
  await withFolder(async (dir) => {
    const spec = makeLargeSpecification(requirementCount);
    const content = serializeSpecification(spec);
    const baselineTarget = path.join(dir, 'baseline.kravspec');
    const baselineTemp = path.join(dir, '.baseline.kravspec.tmp');
    const file = new SpecificationFile(path.join(dir, 'autosave.kravspec'));

    const userData = path.join(dir, 'userData');
    await mkdir(userData);
    const clock = { now: () => new Date() };
    const backups = new BackupStore(await openAppStateStore(userData, clock), userData, clock);
    const session = await DocumentSession.create(path.join(dir, 'session.kravspec'), spec, {
      backups,
      clock,
      // Long enough never to fire: every save in the loop is the explicit flush.
      autosaveDelayMs: 60_000,
      onSaveState: () => undefined,
    }, specificationKind);
    // Each edit hands the session a wholly new document object (every requirement a new
    // object), as a document arriving over IPC is; the clones are made before timing.
    const edits = Array.from({ length: 8 }, (_, i) => Specification.parse(structuredClone({ ...spec, title: `${spec.title} (${i})` })));
    let edit = 0;
    const adapterEdits = Array.from({ length: 8 }, (_, i) => Specification.parse(structuredClone({ ...spec, title: `${spec.title} [${i}]` })));
    let adapterEdit = 0;
    const bytes = Buffer.from(content, 'utf8');
    const baselineBytes = 'baseline, already encoded: fs.writeFile of a Buffer + rename';

    const baseline = 'baseline: fs.writeFile + rename of the same bytes';
    const reference = 'reference: stringify + writeFile + rename (no validation)';
    const adapter = 'SpecificationFile.write (what autosave does)';
    const throughSession = 'DocumentSession update + flush';
    const results = await bench.compare(
      bench(baseline, async () => {
        await writeFile(baselineTemp, content, 'utf8');
        await rename(baselineTemp, baselineTarget);
      }),
      bench(reference, async () => {
        await writeFile(baselineTemp, `${JSON.stringify(spec, null, 2)}\n`, 'utf8');
        await rename(baselineTemp, baselineTarget);
      }),
      bench(baselineBytes, async () => {
        await writeFile(baselineTemp, bytes);
        await rename(baselineTemp, baselineTarget);
      }),
      bench(adapter, async () => {
        adapterEdit += 1;
        await file.write(adapterEdits[adapterEdit % adapterEdits.length] ?? spec);
      }),
      bench(throughSession, async () => {
        edit += 1;
        session.update(edits[edit % edits.length] ?? spec);
        const state = await session.flush();
        if (state.kind !== 'saved') throw new Error(`the session did not save: ${state.kind}`);
      }),
      { time },
    );
    await session.close();
    await recordComparison('storage-save', {
      title: `Saving a ${requirementCount.toLocaleString('en')}-requirement document (per save)`,
      baseline,
      cases: [
        toCase(results.get(baseline)),
        toCase(results.get(baselineBytes)),
        toCase(results.get(reference)),
        toCase(results.get(adapter)),
        toCase(results.get(throughSession)),
      ],
      budgets: { median: '≤ 30 ms', 'ratio to baseline': '≤ 1.5×' },
      extra: { 'file size (kB)': kilobytes(Buffer.byteLength(content, 'utf8')), requirements: spec.requirements.length },
    });
  });
});

test('storage: where the time of a save goes', async ({ bench }) => {
  const spec = makeLargeSpecification(requirementCount);
  const validated = Specification.parse(spec);
  const whole = 'serializeSpecification (validate + stringify)';
  const validate = 'Specification.parse alone (the validation)';
  const stringify = 'JSON.stringify(…, null, 2) alone';
  const compact = 'JSON.stringify without indentation';
  const results = await bench.compare(
    bench(whole, () => {
      serializeSpecification(spec);
    }),
    bench(validate, () => {
      Specification.parse(spec);
    }),
    bench(stringify, () => {
      JSON.stringify(validated, null, 2);
    }),
    bench(compact, () => {
      JSON.stringify(validated);
    }),
    { time },
  );
  await recordComparison('storage-save-parts', {
    title: `The parts of a save, ${requirementCount.toLocaleString('en')} requirements (in memory, no disk)`,
    baseline: stringify,
    cases: [toCase(results.get(stringify)), toCase(results.get(compact)), toCase(results.get(validate)), toCase(results.get(whole))],
  });
});

test('storage: opening a 1,000-requirement document', async ({ bench }) => {
  await withFolder(async (dir) => {
    const spec = makeLargeSpecification(requirementCount);
    const target = path.join(dir, 'large.kravspec');
    await new SpecificationFile(target).write(spec);
    const bytes = await readFile(target);

    const baseline = 'baseline: fs.readFile + JSON.parse, no checks';
    const open = 'readSpecificationFile (stat, read, all checks)';
    const parseOnly = 'parseSpecificationBytes alone (bytes in memory)';
    const results = await bench.compare(
      bench(baseline, async () => {
        JSON.parse(await readFile(target, 'utf8'));
      }),
      bench(open, async () => {
        await readSpecificationFile(target);
      }),
      bench(parseOnly, () => {
        if (!parseSpecificationBytes(bytes).ok) throw new Error('the document did not read');
      }),
      { time },
    );
    await recordComparison('storage-open', {
      title: `Opening a ${requirementCount.toLocaleString('en')}-requirement document (per open)`,
      baseline,
      cases: [toCase(results.get(baseline)), toCase(results.get(open)), toCase(results.get(parseOnly))],
      budgets: { median: '≤ 100 ms' },
      extra: { 'file size (kB)': kilobytes((await stat(target)).size), requirements: spec.requirements.length },
    });
  });
});
