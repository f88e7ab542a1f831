/**
 * Makes a folder refuse writes for a test, also when the tests run as root
 * (as CI does), where permission bits alone do not stop writes: there the
 * folder is marked immutable with chattr, which stops root too.
 */
import { execFileSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';

export async function makeReadOnly(dir: string): Promise<() => Promise<void>> {
  await chmod(dir, 0o555);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) execFileSync('chattr', ['+i', dir]);
  return async () => {
    if (isRoot) execFileSync('chattr', ['-i', dir]);
    await chmod(dir, 0o755);
  };
}
