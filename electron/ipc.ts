/**
 * IPC dispatch: sender check, input parsing, typed errors. The dispatcher is
 * plain code (tested under Node and used by the end-to-end bridge);
 * `registerIpc` attaches it to Electron's ipcMain, which the bootstrap passes in.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames, channels, isChannelName, type ChannelName } from '../shared/contract';
import { KravstudioError, issuesFromZod, type IpcResult } from '../shared/errors';
import type { HandlerContext } from './context';
import type { HandlerRegistry } from './handlers';

export interface Sender {
  /** URL of the frame that sent the message. */
  url: string | null;
  /** True when the message came from the window's top frame. */
  isTopFrame: boolean;
}

export interface DispatchOptions {
  registry: HandlerRegistry;
  context: HandlerContext;
  /** Origins allowed to call, e.g. `app://kravstudio`. */
  allowedOrigins: readonly string[];
  /** Where unexpected failures are written; never sent to the renderer. */
  logError?: (channel: string, error: unknown) => void;
}

export type Dispatch = (sender: Sender, channel: string, input: unknown) => Promise<IpcResult>;

export function originOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    // Custom schemes (app://) report the origin "null" in WHATWG URL; build it.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

function fail(error: KravstudioError): IpcResult {
  return { ok: false, error: error.toShape() };
}

export function createDispatcher(options: DispatchOptions): Dispatch {
  const { registry, context, allowedOrigins, logError } = options;
  return async (sender, channel, rawInput) => {
    if (!isChannelName(channel)) {
      return fail(new KravstudioError({ code: 'UNKNOWN_CHANNEL', message: `There is no channel called "${channel.slice(0, 80)}".` }));
    }
    const origin = originOf(sender.url);
    if (!sender.isTopFrame || origin === null || !allowedOrigins.includes(origin)) {
      return fail(new KravstudioError({ code: 'FORBIDDEN_SENDER', message: 'This window may not use the app.' }));
    }
    const spec = channels[channel];
    const input = spec.input.safeParse(rawInput);
    if (!input.success) {
      return fail(new KravstudioError({
        code: 'INVALID_INPUT',
        message: `The request to ${channel} was not valid.`,
        details: issuesFromZod(input.error),
      }));
    }
    let value: unknown;
    try {
      value = await (registry[channel] as (ctx: HandlerContext, input: unknown) => Promise<unknown>)(context, input.data);
    } catch (error) {
      if (error instanceof KravstudioError) return fail(error);
      logError?.(channel, error);
      return fail(new KravstudioError({ code: 'INTERNAL', message: 'Something went wrong in Kravstudio. Your work is not affected.' }));
    }
    const output = spec.output.safeParse(value);
    if (!output.success) {
      logError?.(channel, output.error);
      return fail(new KravstudioError({ code: 'INVALID_OUTPUT', message: 'The app produced an answer it could not vouch for.' }));
    }
    return { ok: true, value: output.data };
  };
}

export function senderOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): Sender {
  const frame = event.senderFrame;
  return { url: frame?.url ?? null, isTopFrame: frame !== null && frame !== undefined && frame.parent === null };
}

/** Registers every contract channel on ipcMain; returns a function that removes them. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => dispatch(senderOf(event), channel, input));
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel as ChannelName);
  };
}
