import { describe, expect, it, vi } from 'vitest';
import { createBridge, createKravstudioApi, type Transport } from '../../shared/api';
import { channelNames } from '../../shared/contract';
import { KravstudioError } from '../../shared/errors';

function fakeTransport(answer: (channel: string, input: unknown) => unknown): Transport & { emit(event: string, payload: unknown): void } {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    invoke: async (channel, input) => answer(channel, input),
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
  };
}

const typedApi = (transport: Transport) => createKravstudioApi(createBridge(transport));

describe('createKravstudioApi over createBridge', () => {
  it('the bridge carries only plain data: envelopes resolve, they never throw', async () => {
    const envelope = { ok: false, error: { code: 'NOT_FOUND', message: 'gone' } };
    const bridge = createBridge(fakeTransport(() => envelope));
    await expect(bridge.settings.get(undefined)).resolves.toEqual(envelope);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('has one method per contract channel, grouped by namespace, and is frozen', () => {
    const api = typedApi(fakeTransport(() => ({ ok: true, value: null })));
    for (const channel of channelNames) {
      const [namespace, method] = channel.split(':') as [string, string];
      expect(typeof (api as unknown as Record<string, Record<string, unknown>>)[namespace]?.[method], channel).toBe('function');
    }
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.settings)).toBe(true);
  });

  it('sends the channel and input, and returns the value', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { language: 'sv', theme: 'dark' } }));
    const api = typedApi({ ...fakeTransport(() => null), invoke });
    await expect(api.settings.update({ language: 'sv' })).resolves.toEqual({ language: 'sv', theme: 'dark' });
    expect(invoke).toHaveBeenCalledWith('settings:update', { language: 'sv' });
  });

  it('turns a typed error into a KravstudioError with code and details', async () => {
    const api = typedApi(
      fakeTransport(() => ({ ok: false, error: { code: 'BAD_DOCUMENT', message: 'bad', file: '/x.kravspec', problem: 'not-json', details: [{ path: '$', message: 'no' }] } })),
    );
    const error = await api.settings.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KravstudioError);
    expect(error).toMatchObject({ code: 'BAD_DOCUMENT', message: 'bad', file: '/x.kravspec', problem: 'not-json', details: [{ path: '$', message: 'no' }] });
  });

  it('refuses an answer that is not a result envelope', async () => {
    const api = typedApi(fakeTransport(() => 'surprise'));
    await expect(api.app.getInfo()).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('delivers only events whose payload matches the contract', () => {
    const transport = fakeTransport(() => null);
    const typed = typedApi(transport);
    const seen: string[] = [];
    const off = typed.on('menu:command', ({ command }) => seen.push(command));
    transport.emit('menu:command', { command: 'about' });
    transport.emit('menu:command', { command: '<script>' });
    transport.emit('menu:command', 'about');
    off();
    transport.emit('menu:command', { command: 'settings' });
    expect(seen).toEqual(['about']);
  });
});
