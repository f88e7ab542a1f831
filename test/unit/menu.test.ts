import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuState } from '../../electron/menu';
import { uiLanguages } from '../../shared/languages';

const base: MenuState = {
  language: 'en',
  platform: 'linux',
  documentsAvailable: false,
  documentOpen: false,
  recentDocuments: [],
  devTools: false,
};

function find(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      const found = find(item.submenu, id);
      if (found) return found;
    }
  }
  return undefined;
}

describe('native menu', () => {
  it('has File, Edit, View and Help with the commands users expect', () => {
    const menu = buildMenuTemplate(base, { command: vi.fn(), openRecent: vi.fn() });
    expect(menu.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    for (const id of ['new', 'open', 'openRecent', 'save', 'saveAs', 'export', 'close', 'undo', 'redo', 'shortcuts', 'about', 'quit']) {
      expect(find(menu, id), id).toBeDefined();
    }
    expect(find(menu, 'undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(find(menu, 'redo')?.accelerator).toBe('CmdOrCtrl+Y');
  });

  it('offers File › Import… in the menu language once documents can be made, with its shortcut', () => {
    const command = vi.fn();
    const menu = buildMenuTemplate({ ...base, language: 'sv', documentsAvailable: true }, { command, openRecent: vi.fn() });
    const item = find(menu, 'import');
    expect(item?.label).toBe('Importera …');
    expect(item?.accelerator).toBe('CmdOrCtrl+Shift+O');
    expect(item?.enabled).toBe(true);
    (item?.click as (() => void) | undefined)?.();
    expect(command).toHaveBeenCalledWith('import');
    expect(find(buildMenuTemplate({ ...base, documentsAvailable: false }, { command, openRecent: vi.fn() }), 'import')?.enabled).toBe(false);
  });

  it('finds a requirement and moves between the builder steps from the keyboard once a document is open', () => {
    const command = vi.fn();
    const closed = buildMenuTemplate(base, { command, openRecent: vi.fn() });
    const open = buildMenuTemplate({ ...base, documentOpen: true }, { command, openRecent: vi.fn() });
    const expected = { findRequirement: 'CmdOrCtrl+F', nextStep: 'CmdOrCtrl+PageDown', previousStep: 'CmdOrCtrl+PageUp' } as const;
    for (const [id, accelerator] of Object.entries(expected)) {
      expect(find(open, id)?.accelerator, id).toBe(accelerator);
      expect(find(closed, id)?.enabled, id).toBe(false);
      expect(find(open, id)?.enabled, id).toBe(true);
      (find(open, id)?.click as () => void)();
      expect(command).toHaveBeenLastCalledWith(id);
    }
  });

  it('is translated into every UI language', () => {
    const labels = uiLanguages.map((language) =>
      buildMenuTemplate({ ...base, language }, { command: vi.fn(), openRecent: vi.fn() }).map((item) => item.label),
    );
    expect(labels).toEqual([
      ['&Arkiv', '&Redigera', '&Visa', '&Hjälp'],
      ['&Fil', '&Rediger', '&Vis', '&Hjelp'],
      ['&File', '&Edit', '&View', '&Help'],
    ]);
  });

  it('greys out document commands until documents can be handled, and sends commands to the window', () => {
    const command = vi.fn();
    const closed = buildMenuTemplate(base, { command, openRecent: vi.fn() });
    expect(find(closed, 'new')?.enabled).toBe(false);
    expect(find(closed, 'save')?.enabled).toBe(false);
    const open = buildMenuTemplate({ ...base, documentsAvailable: true, documentOpen: true }, { command, openRecent: vi.fn() });
    expect(find(open, 'save')?.enabled).toBe(true);
    (find(open, 'about')?.click as () => void)();
    (find(open, 'shortcuts')?.click as () => void)();
    expect(command.mock.calls).toEqual([['about'], ['shortcuts']]);
  });

  it('lists recent documents and opens the one picked', () => {
    const openRecent = vi.fn();
    const menu = buildMenuTemplate(
      { ...base, documentsAvailable: true, recentDocuments: [{ title: 'E-arkiv 2027', path: '/docs/e-arkiv.kravspec' }] },
      { command: vi.fn(), openRecent },
    );
    const recent = find(menu, 'openRecent')?.submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label)).toEqual(['E-arkiv 2027']);
    (recent[0]?.click as () => void)();
    expect(openRecent).toHaveBeenCalledWith('/docs/e-arkiv.kravspec');
  });

  it('offers developer tools only in development builds', () => {
    const packaged = buildMenuTemplate(base, { command: vi.fn(), openRecent: vi.fn() });
    expect(find(packaged, 'toggleDevTools')).toBeUndefined();
    const dev = buildMenuTemplate({ ...base, devTools: true }, { command: vi.fn(), openRecent: vi.fn() });
    expect(find(dev, 'toggleDevTools')?.role).toBe('toggleDevTools');
  });

  it('follows macOS conventions there: app menu with About and Settings, Window menu', () => {
    const menu = buildMenuTemplate({ ...base, platform: 'darwin' }, { command: vi.fn(), openRecent: vi.fn() });
    expect(menu.map((item) => item.label)).toEqual(['Kravstudio', '&File', '&Edit', '&View', '&Window', '&Help']);
  });
});
