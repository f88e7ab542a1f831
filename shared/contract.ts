/**
 * The one IPC contract between the renderer and the main process.
 *
 * Every channel has a zod schema for its input and its output. The preload
 * script builds `window.kravstudio` from this list, the main process
 * registers exactly these handlers, and the end-to-end tests install the
 * same API over a Playwright binding.
 */
import { z } from 'zod';
import { AppInfo, BundledLicences } from './app-info';
import { AppCommand } from './commands';
import { Settings, SettingsPatch } from './settings';

export const channels = {
  'app:getInfo': { input: z.void(), output: AppInfo },
  'app:getLicences': { input: z.void(), output: BundledLicences },
  'settings:get': { input: z.void(), output: Settings },
  'settings:update': { input: SettingsPatch, output: Settings },
  'shell:openExternal': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: z.void(),
  },
  'clipboard:writeText': {
    input: z.object({ text: z.string().max(1_000_000) }).strict(),
    output: z.void(),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Messages the main process sends to the renderer. */
export const events = {
  'menu:command': z.object({ command: AppCommand }),
  /** A file the OS asked Kravstudio to open (double click, second launch). */
  'app:openFile': z.object({ path: z.string() }),
} as const satisfies Record<string, z.ZodType>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels & string;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export type Events = typeof events;
export type EventName = keyof Events & string;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
