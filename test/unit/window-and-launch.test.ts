import { describe, expect, it } from 'vitest';
import { documentPathsFromArgv } from '../../electron/launch-args';
import { fitToDisplays } from '../../electron/window-state';

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('keeps a position that is on a display', () => {
    const state = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, screen)).toEqual(state);
  });

  it('drops a position on a display that is no longer connected, keeping the size', () => {
    const state = { x: 2500, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, screen)).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('keeps a window that sits on the second of two displays', () => {
    const state = { x: 2000, y: 100, width: 1200, height: 800, maximized: true };
    expect(fitToDisplays(state, [...screen, { x: 1920, y: 0, width: 2560, height: 1440 }])).toEqual(state);
  });
});

describe('files handed over on the command line', () => {
  it('picks specification files and resolves them against the launch folder', () => {
    expect(documentPathsFromArgv(['--inspect', 'notes.txt', 'Krav.KRAVSPEC', '/abs/Other.kravspec'], '/home/ola')).toEqual([
      '/home/ola/Krav.KRAVSPEC',
      '/abs/Other.kravspec',
    ]);
  });

  it("picks a supplier's response (.kravsvar) too, which the window opens in the answering screen; not a company profile", () => {
    expect(documentPathsFromArgv(['svar.kravsvar', 'bolaget.kravprofil'], '/home/ola')).toEqual(['/home/ola/svar.kravsvar']);
  });
});
