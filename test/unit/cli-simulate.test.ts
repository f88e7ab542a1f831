import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { fixturePath } from './specification/fixtures';

async function run(argv: string[], env: Record<string, string> = {}, cwd?: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, ...(cwd === undefined ? {} : { cwd }) });
  return { code, stdout, stderr };
}

// rich.kravspec: price 60 %, Funktionalitet 20 %, Drift och support 10 %, Integration 10 %, proportional, SEK.
const scores = (value: number) => ({ 'crit-funktion': value, 'crit-drift': value, 'crit-integration': value });
const lunander = [
  { name: 'A', price: 100, scores: scores(6) },
  { name: 'B', price: 130, scores: scores(8) },
  { name: 'C', price: '50', scores: scores(0) },
];

interface JsonOutput {
  model: string;
  ranking: { name: string; rank: number; total?: number; comparisonPrice?: number }[];
  models: { model: string; winner: string | null }[];
  impliedPointPrices: { criterionId: string; value: number | null }[];
  checks: { kind: string; message: string; [key: string]: unknown }[];
}

describe('kravstudio simulate', () => {
  let dir: string;
  const spec = fixturePath('rich.kravspec');
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-simulate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function bidsFile(content: unknown, name = 'bids.json'): Promise<string> {
    const file = path.join(dir, name);
    await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  }

  it('prints the ranking under the specification model, the winner under every model and every check, with --json', async () => {
    const result = await run(['simulate', spec, '--bids', await bidsFile(lunander), '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.model).toBe('proportional');
    // Price 60 %: A 30 + 24 = 54.00; B 23.08 + 32 = 55.08 (60 · 50/130 = 23.0769…); C 60 + 0.
    expect(output.ranking).toEqual([
      { name: 'C', rank: 1, price: 50, total: 60, pricePoints: 100 },
      { name: 'B', rank: 2, price: 130, total: 55.08, pricePoints: 38.46 },
      { name: 'A', rank: 3, price: 100, total: 54, pricePoints: 50 },
    ]);
    expect(output.models.map((entry) => entry.model)).toEqual(['proportional', 'linear', 'interpolated', 'deduction', 'addition']);
    const kinds = new Set(output.checks.map((check) => check.kind));
    expect(kinds.has('rank-reversal')).toBe(true);
    expect(kinds.has('break-even')).toBe(true);
    const reversal = output.checks.find((check) => check.kind === 'rank-reversal');
    expect(reversal?.message).toContain('Taking C away changes the order of the others');
    expect(reversal).toMatchObject({ decidingBid: { name: 'C' } });
    for (const check of output.checks) expect(['rank-reversal', 'break-even', 'sensitivity', 'price-cannot-matter', 'price-floor', 'negative-points', 'weights']).toContain(check.kind);
  });

  it('--model overrides the price formula for a what-if: linear flags negative points and the cap', async () => {
    const result = await run(['simulate', spec, '--bids', await bidsFile(lunander), '--json', '--model', 'linear']);
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.model).toBe('linear');
    // Linear from 50: A at 100 gets exactly 0, B at 130 gets 100 − 100 · 80/50 = −60.
    expect(output.checks.filter((check) => check.kind === 'negative-points').map((check) => [check['bid'], check['value']])).toEqual([[{ id: 'bid-2', name: 'B' }, -60]]);
    expect(output.checks.find((check) => check.kind === 'price-floor')).toMatchObject({ cap: 100, bids: [{ name: 'B' }] });
    // One point on Funktionalitet: (0.2 / 0.6) · 50 / 10 = 1.67 kr.
    expect(output.impliedPointPrices[0]).toEqual({ criterionId: 'crit-funktion', name: 'Funktionalitet', value: 1.67 });
  });

  it('prints text in the language of the terminal, money the language\'s way', async () => {
    const result = await run(['simulate', spec, '--bids', await bidsFile(lunander)], { LANG: 'sv_SE.UTF-8' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Rangordning med Proportionell:\n {2}1\. C: 60,00 poäng \(pris 50\skr\)\n/);
    expect(result.stdout).toContain('Kontroller:');
    expect(result.stdout).toContain('rank-reversal: Om C tas bort ändras ordningen');
    const nb = await run(['simulate', spec, '--bids', await bidsFile(lunander)], { LANG: 'nb_NO.UTF-8' });
    expect(nb.stdout).toMatch(/^Rangering med Forholdsmessig:/);
  });

  it('usage errors exit 2: no --bids, an unknown model, a missing file argument', async () => {
    for (const argv of [['simulate', spec], ['simulate', spec, '--bids', 'x.json', '--model', 'cheapest'], ['simulate', '--bids', 'x.json']]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a bids file that does not fit exits 1 with one line per problem naming the file and the place', async () => {
    const unknown = await bidsFile([
      { name: 'A', price: 100, scores: { 'crit-nope': 5 } },
      { name: 'B', price: 120, scores: { 'crit-drift': 11 }, answers: { 'K-NOPE': true } },
    ]);
    const result = await run(['simulate', spec, '--bids', unknown]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${unknown}: $[0].scores.crit-nope: No quality criterion "crit-nope" in the specification`,
      `${unknown}: $[1].scores.crit-drift: 11 is outside the scale 0–10`,
      `${unknown}: $[1].answers.K-NOPE: No evaluated requirement "K-NOPE" in the specification`,
    ]);
  });

  it('refuses a bids file that is not JSON, not a list of 2–10 bids, or has a price below one öre', async () => {
    const notJson = await run(['simulate', spec, '--bids', await bidsFile('[{"name": ', 'broken.json')]);
    expect(notJson.code).toBe(1);
    expect(notJson.stdout).toContain('broken.json: $: ');
    const one = await run(['simulate', spec, '--bids', await bidsFile([{ name: 'A', price: 1, scores: {} }], 'one.json')]);
    expect(one.code).toBe(1);
    expect(one.stdout).toMatch(/one\.json: \$: /);
    const cheap = await run(['simulate', spec, '--bids', await bidsFile([{ name: 'A', price: 0.001 }, { name: 'B', price: 0 }], 'cheap.json')]);
    expect(cheap.code).toBe(1);
    expect(cheap.stdout.trim().split('\n')).toEqual([expect.stringMatching(/cheap\.json: \$\[0\]\.price: A price is a number above 0/), expect.stringMatching(/cheap\.json: \$\[1\]\.price: /)]);
    const missing = await run(['simulate', spec, '--bids', path.join(dir, 'nowhere.json')]);
    expect(missing).toMatchObject({ code: 1, stdout: expect.stringContaining('nowhere.json: $: the file does not exist') });
  });

  it('refuses a bids file over the size limit before reading it all', async () => {
    const big = await bidsFile(`[${' '.repeat(1024 * 1024 + 10)}]`, 'big.json');
    const result = await run(['simulate', spec, '--bids', big]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('more than the 1048576 bytes a bids file may be');
  });

  it('prints a bid name with control characters escaped and on one line', async () => {
    const sneaky = await bidsFile([
      { name: 'A\u001b[2J\nB', price: 100, scores: {} },
      { name: 'C', price: 120, scores: {} },
    ]);
    const result = await run(['simulate', spec, '--bids', sneaky]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('A\\u001b[2J B');
  });

  it('is in the help', async () => {
    expect((await run(['--help'])).stdout).toContain('simulate FILE --bids BIDS.json [--json] [--model proportional|linear|interpolated|deduction|addition]');
  });
});
