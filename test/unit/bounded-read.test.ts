/**
 * Reading a file the user names is bounded and typed: a folder, a pipe or a
 * link to a device is refused before anything is read, and no file is read
 * past its limit — in the app's open handler and on the command line alike.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { handlers } from '../../electron/handlers';
import { NotARegularFileError, readRegularFile } from '../../electron/services/file-system';
import { createTestContext } from '../support/test-context';

const posix = process.platform !== 'win32';
const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-bounded-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A folder, a pipe and a link to an endless device, each named like a specification. */
async function plantedPaths(): Promise<Record<string, string>> {
  const folder = path.join(dir, 'folder.kravspec');
  await mkdir(folder);
  const planted: Record<string, string> = { folder };
  if (posix) {
    planted['pipe'] = path.join(dir, 'pipe.kravspec');
    execFileSync('mkfifo', [planted['pipe']]);
    planted['device'] = path.join(dir, 'zero.kravspec');
    await symlink('/dev/zero', planted['device']);
  }
  return planted;
}

describe('readRegularFile', () => {
  const tooLarge = (size: number): Error => new Error(`too large: ${size}`);

  it('reads a file up to its limit and refuses one byte more', async () => {
    const file = path.join(dir, 'a.json');
    await writeFile(file, 'x'.repeat(100));
    expect((await readRegularFile(file, 100, tooLarge)).length).toBe(100);
    await expect(readRegularFile(file, 99, tooLarge)).rejects.toThrow('too large');
  });

  it('refuses a folder, a pipe and a link to a device without reading (or waiting on) them', async () => {
    for (const planted of Object.values(await plantedPaths())) {
      await expect(readRegularFile(planted, 1024, tooLarge)).rejects.toBeInstanceOf(NotARegularFileError);
    }
  });
});

describe('a path that is not a file', () => {
  it('is refused by the open handler with a typed error that names it, and nothing is created', async () => {
    const data = await createTestContext({ resourcesDir: fixtures });
    try {
      for (const planted of Object.values(await plantedPaths())) {
        // The user picks it in the open dialog: a path the window names itself is refused before any of this.
        data.dialogAnswers.open.push(planted);
        await expect(handlers['document:open'](data.context, { path: null })).rejects.toMatchObject({ code: 'IO_FAILED', problem: 'not-a-file', file: planted });
      }
      expect(await data.context.documents.recent()).toEqual([]);
    } finally {
      await data.dispose();
    }
  });

  it('gives exit 1 and a sentence on the command line, never a stack trace', async () => {
    for (const planted of Object.values(await plantedPaths())) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['validate', planted], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { LANG: 'en_GB.UTF-8' } });
      expect(code).toBe(1);
      expect(stdout).toBe(`${planted}: $: this is not a file but a folder, a device or a pipe\n`);
      expect(stderr).toBe('');
    }
  });
});
