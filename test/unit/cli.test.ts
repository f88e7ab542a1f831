import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cliLanguage, runCli } from '../../electron/cli';
import packageJson from '../../package.json' with { type: 'json' };

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
  return { code, stdout, stderr };
}

describe('kravstudio CLI', () => {
  it('--help prints usage and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: kravstudio <command>/);
    expect(result.stdout).toContain('--version');
  });

  it('--version prints the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('usage errors exit 2 with one line naming the problem', async () => {
    for (const argv of [['--frobnicate'], ['frobnicate'], []]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('speaks the language of the terminal', async () => {
    expect(cliLanguage({ LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(cliLanguage({ LC_ALL: 'nb_NO.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('nb');
    expect(cliLanguage({ LANG: 'C' })).toBe('en');
    expect((await run(['--help'], { LANG: 'nb_NO.UTF-8' })).stdout).toMatch(/^Bruk: kravstudio/);
    expect((await run(['--nope'], { LANG: 'sv_SE.UTF-8' })).stderr).toContain('okänd flagga --nope');
  });
});

describe('the built kravstudio bin', () => {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const bin = path.join(root, 'bin', 'kravstudio.mjs');
  const exec = promisify(execFile);

  it('runs on plain Node after a build', async () => {
    if (!existsSync(path.join(root, 'out', 'main', 'cli.js'))) {
      throw new Error('out/main/cli.js is missing: run "npm run build" before the unit tests (npm test does).');
    }
    const help = await exec(process.execPath, [bin, '--help'], { env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '' } });
    expect(help.stdout).toContain('Usage: kravstudio');
    const version = await exec(process.execPath, [bin, '--version']);
    expect(version.stdout.trim()).toBe(packageJson.version);
    const usage = await exec(process.execPath, [bin, 'nonsense']).catch((error: { code: number; stderr: string }) => error);
    expect(usage).toMatchObject({ code: 2 });
  });
});
