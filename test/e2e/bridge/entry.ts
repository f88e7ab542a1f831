/**
 * Installs `window.kravstudio` in the test page exactly as the preload does
 * in the app, from the same contract, over a Playwright binding instead of
 * ipcRenderer. Built to an IIFE by the e2e global setup.
 */
import { createBridge } from '../../../shared/api';
import type { ChannelName, EventName } from '../../../shared/contract';

/** The test's binding answers with JSON text (see fixtures.ts), which is read here as the preload's invoke would return it. */
type Binding = (channel: ChannelName, input: unknown) => Promise<string>;
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

const bridge = createBridge({
  invoke: async (channel, input) => {
    const text = await (window as unknown as { __kravstudioInvoke: Binding }).__kravstudioInvoke(channel, input);
    const { answer } = JSON.parse(text) as { answer?: unknown };
    // JSON has no undefined: a void channel's { ok: true, value: undefined } arrives without its value.
    if (typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === true && !('value' in answer)) return { ...answer, value: undefined };
    return answer;
  },
  subscribe: (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
});

Object.defineProperty(window, 'kravstudio', { value: bridge, writable: false, configurable: false, enumerable: true });
// Stands in for webContents.send from the main process.
Object.defineProperty(window, '__kravstudioEmit', {
  value: (event: EventName, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  },
});
