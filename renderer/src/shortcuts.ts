/** The keyboard shortcuts the app offers, as shown in Help. Mirrors the native menu. */
export interface Shortcut {
  id: string;
  /** Key names with "Mod" for Ctrl (or ⌘ on macOS). */
  keys: readonly string[];
}

export const shortcuts: readonly Shortcut[] = [
  { id: 'new', keys: ['Mod', 'N'] },
  { id: 'open', keys: ['Mod', 'O'] },
  { id: 'import', keys: ['Mod', 'Shift', 'O'] },
  { id: 'save', keys: ['Mod', 'S'] },
  { id: 'saveAs', keys: ['Mod', 'Shift', 'S'] },
  { id: 'undo', keys: ['Mod', 'Z'] },
  { id: 'redo', keys: ['Mod', 'Shift', 'Z'] },
  { id: 'findRequirement', keys: ['Mod', 'F'] },
  { id: 'previousStep', keys: ['Mod', 'PageUp'] },
  { id: 'nextStep', keys: ['Mod', 'PageDown'] },
  { id: 'moveItem', keys: ['Alt', '↑ / ↓'] },
  { id: 'indentSection', keys: ['Alt', '→ / ←'] },
  { id: 'renameSection', keys: ['F2'] },
  { id: 'settings', keys: ['Mod', ','] },
  { id: 'shortcuts', keys: ['F1'] },
  { id: 'zoomIn', keys: ['Mod', '+'] },
  { id: 'zoomOut', keys: ['Mod', '-'] },
  { id: 'zoomReset', keys: ['Mod', '0'] },
  { id: 'fullscreen', keys: ['F11'] },
];

export function keyLabel(key: string, platform: string): string {
  if (key !== 'Mod') return key;
  return platform === 'darwin' ? '⌘' : 'Ctrl';
}
