/**
 * The one way the renderer talks to the main process: the typed API over
 * `window.kravstudio`. Every request that names an open document first sends
 * that document's pending edits (see pending-edits.ts), so the main process
 * never works on an older copy than the one on screen.
 */
import { createKravstudioApi, type KravstudioApi, type KravstudioBridge } from '../../shared/api';
import { PendingEdits } from './pending-edits';

declare global {
  interface Window {
    readonly kravstudio: KravstudioBridge;
  }
}

/** The open documents' edits that have not reached the main process yet. */
export const pendingEdits = new PendingEdits();

export const api: KravstudioApi = createKravstudioApi(window.kravstudio, {
  beforeInvoke: (channel, input) => pendingEdits.beforeInvoke(channel, input),
});

/**
 * Answers the main process when it asks for everything still waiting in the
 * window (before it quits): the pending edits are sent, then the answer says
 * so. Returns the function that stops listening.
 */
export function answerPendingEditRequests(): () => void {
  return api.on('document:sendPendingEdits', ({ requestId }) => {
    void pendingEdits
      .sendAll()
      .catch((error: unknown) => console.error('Sending pending edits failed:', error))
      .finally(() => void api.document.pendingEditsSent({ requestId }));
  });
}
