/**
 * Builds the typed `window.kravstudio` object from the contract, over any
 * transport: Electron's ipcRenderer in the preload script, a Playwright
 * binding in the end-to-end tests. Nothing else is exposed to the page.
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

export type KravstudioApi = {
  readonly [N in NamespaceOf<ChannelName>]: {
    readonly [C in ChannelName as C extends `${N}:${string}` ? MethodOf<C> : never]: (
      input: ChannelInput<C>,
    ) => Promise<ChannelOutput<C>>;
  };
} & {
  readonly on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};

function unwrap(raw: unknown): unknown {
  const parsed = IpcResult.safeParse(raw);
  if (!parsed.success) {
    throw new KravstudioError({ code: 'INTERNAL', message: 'The app answered in an unexpected shape.' });
  }
  if (!parsed.data.ok) throw new KravstudioError(parsed.data.error);
  return parsed.data.value;
}

export function createKravstudioApi(transport: Transport): KravstudioApi {
  const namespaces: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    const [namespace, method] = channel.split(':') as [string, string];
    namespaces[namespace] ??= {};
    namespaces[namespace][method] = async (input: unknown) => unwrap(await transport.invoke(channel, input));
  }
  const on = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): (() => void) =>
    transport.subscribe(event, (payload) => {
      const parsed = events[event].safeParse(payload);
      if (parsed.success) listener(parsed.data as EventPayload<E>);
    });
  for (const namespace of Object.values(namespaces)) Object.freeze(namespace);
  return Object.freeze({ ...namespaces, on }) as unknown as KravstudioApi;
}
