import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appStateFileName, openAppStateStore } from '../../electron/services/app-state';

const clock = { now: () => new Date('2026-11-27T12:00:00Z') };

describe('app state store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-state-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('starts from defaults and keeps settings and window state across restarts', async () => {
    const first = await openAppStateStore(dir, clock);
    expect(first.get()).toEqual({ language: null, theme: 'system' });
    await first.update({ language: 'nb', theme: 'highContrast' });
    await first.setWindow({ x: 40, y: 30, width: 1400, height: 900, maximized: true });

    const second = await openAppStateStore(dir, clock);
    expect(second.get()).toEqual({ language: 'nb', theme: 'highContrast' });
    expect(second.window()).toEqual({ x: 40, y: 30, width: 1400, height: 900, maximized: true });
    expect(second.recoveredFrom).toBeNull();
  });

  it('refuses invalid settings and leaves the stored ones as they were', async () => {
    const store = await openAppStateStore(dir, clock);
    await store.update({ language: 'sv' });
    await expect(store.update({ language: 'de' } as never)).rejects.toThrow();
    expect(store.get().language).toBe('sv');
    const reopened = await openAppStateStore(dir, clock);
    expect(reopened.get().language).toBe('sv');
  });

  it.each([
    ['not JSON', '{ "format": '],
    ['the wrong shape', JSON.stringify({ format: 'kravstudio-app-state', version: 1, settings: { language: 'xx' } })],
    ['a prototype key', '{"__proto__": {"polluted": true}}'],
  ])('moves a file holding %s aside untouched and starts from defaults', async (_label, content) => {
    const file = path.join(dir, appStateFileName);
    await writeFile(file, content);
    const store = await openAppStateStore(dir, clock);
    expect(store.get()).toEqual({ language: null, theme: 'system' });
    expect(store.recoveredFrom).not.toBeNull();
    expect(await readFile(store.recoveredFrom ?? '', 'utf8')).toBe(content);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await store.update({ theme: 'dark' });
    expect((await readdir(dir)).sort()).toEqual([appStateFileName, path.basename(store.recoveredFrom ?? '')].sort());
  });

  it('writes atomically: concurrent updates leave a complete, valid file', async () => {
    const store = await openAppStateStore(dir, clock);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.update({ theme: i % 2 === 0 ? 'dark' : 'light' })),
    );
    const saved = JSON.parse(await readFile(path.join(dir, appStateFileName), 'utf8')) as { settings: { theme: string } };
    expect(saved.settings.theme).toBe('light');
  });
});
