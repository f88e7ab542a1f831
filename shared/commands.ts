import { z } from 'zod';

/**
 * Commands the native menu (and keyboard shortcuts) send to the renderer.
 * Document commands are enabled once a document store exists to carry them.
 */
export const appCommands = [
  'new',
  'open',
  'import',
  'save',
  'saveAs',
  'export',
  'close',
  'settings',
  'shortcuts',
  'about',
  'home',
  'undo',
  'redo',
  'findRequirement',
  'nextStep',
  'previousStep',
] as const;
export const AppCommand = z.enum(appCommands);
export type AppCommand = z.infer<typeof AppCommand>;

export const documentCommands = ['new', 'open', 'import', 'save', 'saveAs', 'export', 'close'] as const satisfies readonly AppCommand[];
