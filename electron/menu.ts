/**
 * The native menu as data: a pure function of the language, the platform and
 * what the app can do right now. The bootstrap turns it into a Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/commands';
import { catalogues, lookup } from '../shared/i18n/catalogues';
import type { UiLanguage } from '../shared/languages';

export interface MenuState {
  language: UiLanguage;
  platform: NodeJS.Platform;
  /** True once documents can be created and opened (document store available). */
  documentsAvailable: boolean;
  /** True while a document is open in the window. */
  documentOpen: boolean;
  recentDocuments: readonly { title: string; path: string }[];
  devTools: boolean;
}

export interface MenuActions {
  command(command: AppCommand): void;
  openRecent(path: string): void;
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = (key: string): string => lookup(catalogues[state.language], `menu.${key}`);
  const isMac = state.platform === 'darwin';
  const send = (command: AppCommand) => () => actions.command(command);

  const recent: MenuItemConstructorOptions[] =
    state.recentDocuments.length === 0
      ? [{ label: t('noRecent'), enabled: false }]
      : state.recentDocuments.map((doc) => ({ label: doc.title, click: () => actions.openRecent(doc.path) }));

  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      { id: 'new', label: t('new'), accelerator: 'CmdOrCtrl+N', enabled: state.documentsAvailable, click: send('new') },
      { id: 'open', label: t('open'), accelerator: 'CmdOrCtrl+O', enabled: state.documentsAvailable, click: send('open') },
      { id: 'openRecent', label: t('openRecent'), enabled: state.documentsAvailable, submenu: recent },
      { id: 'import', label: lookup(catalogues[state.language], 'import.menuItem'), accelerator: 'CmdOrCtrl+Shift+O', enabled: state.documentsAvailable, click: send('import') },
      { type: 'separator' },
      { id: 'save', label: t('save'), accelerator: 'CmdOrCtrl+S', enabled: state.documentOpen, click: send('save') },
      { id: 'saveAs', label: t('saveAs'), accelerator: 'CmdOrCtrl+Shift+S', enabled: state.documentOpen, click: send('saveAs') },
      { id: 'export', label: t('export'), accelerator: 'CmdOrCtrl+E', enabled: state.documentOpen, click: send('export') },
      { type: 'separator' },
      { id: 'close', label: t('close'), accelerator: 'CmdOrCtrl+W', enabled: state.documentOpen, click: send('close') },
      ...(isMac
        ? []
        : ([
            { type: 'separator' },
            { id: 'settings', label: t('settings'), accelerator: 'CmdOrCtrl+,', click: send('settings') },
            { type: 'separator' },
            { id: 'quit', label: t('quit'), role: 'quit' },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      // Undo and redo go to the renderer, which undoes document edits (and falls back to the text field's own undo).
      { id: 'undo', label: t('undo'), accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { id: 'redo', label: t('redo'), accelerator: isMac ? 'Cmd+Shift+Z' : 'CmdOrCtrl+Y', click: send('redo') },
      { type: 'separator' },
      { id: 'cut', label: t('cut'), role: 'cut' },
      { id: 'copy', label: t('copy'), role: 'copy' },
      { id: 'paste', label: t('paste'), role: 'paste' },
      { id: 'selectAll', label: t('selectAll'), role: 'selectAll' },
      { type: 'separator' },
      { id: 'findRequirement', label: t('findRequirement'), accelerator: 'CmdOrCtrl+F', enabled: state.documentOpen, click: send('findRequirement') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      { id: 'home', label: t('home'), accelerator: 'CmdOrCtrl+Shift+H', click: send('home') },
      { id: 'previousStep', label: t('previousStep'), accelerator: 'CmdOrCtrl+PageUp', enabled: state.documentOpen, click: send('previousStep') },
      { id: 'nextStep', label: t('nextStep'), accelerator: 'CmdOrCtrl+PageDown', enabled: state.documentOpen, click: send('nextStep') },
      { type: 'separator' },
      { id: 'resetZoom', label: t('resetZoom'), role: 'resetZoom' },
      { id: 'zoomIn', label: t('zoomIn'), role: 'zoomIn' },
      { id: 'zoomOut', label: t('zoomOut'), role: 'zoomOut' },
      { type: 'separator' },
      { id: 'fullscreen', label: t('fullscreen'), role: 'togglefullscreen' },
      ...(state.devTools
        ? ([
            { type: 'separator' },
            { id: 'reload', label: t('reload'), role: 'reload' },
            { id: 'toggleDevTools', label: t('toggleDevTools'), role: 'toggleDevTools' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t('help'),
    role: 'help',
    submenu: [
      { id: 'shortcuts', label: t('shortcuts'), accelerator: 'F1', click: send('shortcuts') },
      ...(isMac ? [] : ([{ type: 'separator' }, { id: 'about', label: t('about'), click: send('about') }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const macApp: MenuItemConstructorOptions = {
    label: 'Kravstudio',
    submenu: [
      { id: 'about', label: t('about'), click: send('about') },
      { type: 'separator' },
      { id: 'settings', label: t('settings'), accelerator: 'Cmd+,', click: send('settings') },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { id: 'quit', label: t('quit'), role: 'quit' },
    ],
  };

  return isMac
    ? [macApp, file, edit, view, { label: t('window'), role: 'windowMenu' }, help]
    : [file, edit, view, help];
}
