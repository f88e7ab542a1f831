import { describe, expect, it, vi } from 'vitest';
import { createKravstudioApi, type Transport } from '../../shared/api';
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

describe('createKravstudioApi', () => {
  it('has one method per contract channel, grouped by namespace, and is frozen', () => {
    const api = createKravstudioApi(fakeTransport(() => ({ ok: true, value: null })));
    for (const channel of channelNames) {
      const [namespace, method] = channel.split(':') as [string, string];
      expect(typeof (api as unknown as Record<string, Record<string, unknown>>)[namespace]?.[method], channel).toBe('function');
    }
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.settings)).toBe(true);
  });

  it('sends the channel and input, and returns the value', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { language: 'sv', theme: 'dark' } }));
    const api = createKravstudioApi({ ...fakeTransport(() => null), invoke });
    await expect(api.settings.update({ language: 'sv' })).resolves.toEqual({ language: 'sv', theme: 'dark' });
    expect(invoke).toHaveBeenCalledWith('settings:update', { language: 'sv' });
  });

  it('turns a typed error into a KravstudioError with code and details', async () => {
    const api = createKravstudioApi(
      fakeTransport(() => ({ ok: false, error: { code: 'INVALID_INPUT', message: 'bad', details: [{ path: '$.language', message: 'no' }] } })),
    );
    const error = await api.settings.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KravstudioError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: 'bad', details: [{ path: '$.language', message: 'no' }] });
  });

  it('refuses an answer that is not a result envelope', async () => {
    const api = createKravstudioApi(fakeTransport(() => 'surprise'));
    await expect(api.app.getInfo()).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('delivers only events whose payload matches the contract', () => {
    const transport = fakeTransport(() => null);
    const api = createKravstudioApi(transport);
    const seen: string[] = [];
    const off = api.on('menu:command', ({ command }) => seen.push(command));
    transport.emit('menu:command', { command: 'about' });
    transport.emit('menu:command', { command: '<script>' });
    transport.emit('menu:command', 'about');
    off();
    transport.emit('menu:command', { command: 'settings' });
    expect(seen).toEqual(['about']);
  });
});
