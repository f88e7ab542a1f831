/**
 * Installs `window.kravstudio` in the test page exactly as the preload does
 * in the app, from the same contract, over a Playwright binding instead of
 * ipcRenderer. Built to an IIFE by the e2e global setup.
 */
import { createBridge } from '../../../shared/api';
import type { ChannelName, EventName } from '../../../shared/contract';

type Binding = (channel: ChannelName, input: unknown) => Promise<unknown>;
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

const bridge = createBridge({
  invoke: (channel, input) => (window as unknown as { __kravstudioInvoke: Binding }).__kravstudioInvoke(channel, input),
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
