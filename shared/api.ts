/**
 * The API between the renderer and the main process, in two layers.
 *
 * `createBridge` is what crosses into the page as `window.kravstudio` (built by
 * the preload over ipcRenderer, or by the e2e bridge over a Playwright
 * binding): plain functions that resolve to the raw result envelope. Only
 * plain data crosses Electron's context bridge, so no custom error class
 * travels that way.
 *
 * `createKravstudioApi` runs in the renderer on top of it: typed methods that
 * return the value or throw a KravstudioError (code, message, file, details),
 * and events whose payloads are checked against the contract.
 */
import {
  channelNames,
  events,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type EventName,
  type EventPayload,
} from './contract';
import { IpcResult, KravstudioError } from './errors';

export interface Transport {
  invoke(channel: ChannelName, input: unknown): Promise<unknown>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

type NamespaceOf<C> = C extends `${infer N}:${string}` ? N : never;
type MethodOf<C> = C extends `${string}:${infer M}` ? M : never;

type Methods<Result> = {
  readonly [N in NamespaceOf<ChannelName>]: {
    readonly [C in ChannelName as C extends `${N}:${string}` ? MethodOf<C> : never]: (input: ChannelInput<C>) => Promise<Result extends 'typed' ? ChannelOutput<C> : unknown>;
  };
};

/** What `window.kravstudio` is: methods resolving to the raw envelope, and raw events. */
export type KravstudioBridge = Methods<'raw'> & {
  readonly on: (event: EventName, listener: (payload: unknown) => void) => () => void;
};

/** What renderer code uses. */
export type KravstudioApi = Methods<'typed'> & {
  readonly on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};

type Invoke = (channel: ChannelName) => (input: unknown) => Promise<unknown>;

function buildMethods(invoke: Invoke): Record<string, Readonly<Record<string, (input: unknown) => Promise<unknown>>>> {
  const namespaces: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    const [namespace, method] = channel.split(':') as [string, string];
    namespaces[namespace] ??= {};
    namespaces[namespace][method] = invoke(channel);
  }
  for (const namespace of Object.values(namespaces)) Object.freeze(namespace);
  return namespaces;
}

export function createBridge(transport: Transport): KravstudioBridge {
  const methods = buildMethods((channel) => (input) => transport.invoke(channel, input));
  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => transport.subscribe(event, listener);
  return Object.freeze({ ...methods, on }) as unknown as KravstudioBridge;
}

function unwrap(raw: unknown): unknown {
  const parsed = IpcResult.safeParse(raw);
  if (!parsed.success) {
    throw new KravstudioError({ code: 'INTERNAL', message: 'The app answered in an unexpected shape.' });
  }
  if (!parsed.data.ok) throw new KravstudioError(parsed.data.error);
  return parsed.data.value;
}

export interface ApiOptions {
  /** Runs before every request and is awaited; the renderer sends an open document's pending edits here. */
  beforeInvoke?: (channel: ChannelName, input: unknown) => Promise<void>;
}

export function createKravstudioApi(bridge: KravstudioBridge, options: ApiOptions = {}): KravstudioApi {
  const raw = bridge as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const { beforeInvoke } = options;
  const methods = buildMethods((channel) => {
    const [namespace, method] = channel.split(':') as [string, string];
    return async (input) => {
      if (beforeInvoke !== undefined) await beforeInvoke(channel, input);
      return unwrap(await raw[namespace]?.[method]?.(input));
    };
  });
  const on = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): (() => void) =>
    bridge.on(event, (payload) => {
      const parsed = events[event].safeParse(payload);
      if (parsed.success) listener(parsed.data as EventPayload<E>);
    });
  return Object.freeze({ ...methods, on }) as unknown as KravstudioApi;
}
