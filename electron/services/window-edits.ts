/**
 * The window holds an open document's newest edits for a moment before it
 * sends them. When the main process itself starts something that needs them
 * (quitting), it asks the window with document:sendPendingEdits and waits
 * for the answer document:pendingEditsSent, for a bounded time: a window
 * that hangs must not keep the app from quitting.
 */
import { randomUUID } from 'node:crypto';
import type { DocumentManager } from './document-manager';
import type { DocumentSession } from './document-session';

/** How long the main process waits for the window's pending edits before it goes on without them. */
export const defaultWindowEditsTimeoutMs = 3000;

export interface WindowEditsOptions {
  /** Sends the request to the window; false when there is no window to ask. */
  ask: (requestId: string) => boolean;
  timeoutMs?: number;
  newRequestId?: () => string;
}

/** What came of asking: the window answered, there was no window, or it did not answer in time. */
export type WindowEditsOutcome = 'received' | 'noWindow' | 'timedOut';

export class WindowEdits {
  readonly #options: WindowEditsOptions;
  readonly #waiting = new Map<string, () => void>();

  constructor(options: WindowEditsOptions) {
    this.#options = options;
  }

  /** Asks the window for its pending edits; resolves once they have arrived, or when waiting longer makes no sense. */
  collect(): Promise<WindowEditsOutcome> {
    const requestId = (this.#options.newRequestId ?? randomUUID)();
    return new Promise<WindowEditsOutcome>((resolve) => {
      const timer = setTimeout(() => finish('timedOut'), this.#options.timeoutMs ?? defaultWindowEditsTimeoutMs);
      const finish = (outcome: WindowEditsOutcome): void => {
        clearTimeout(timer);
        this.#waiting.delete(requestId);
        resolve(outcome);
      };
      this.#waiting.set(requestId, () => finish('received'));
      let asked: boolean;
      try {
        asked = this.#options.ask(requestId);
      } catch {
        asked = false;
      }
      if (!asked) finish('noWindow');
    });
  }

  /** The window's answer: everything it held for that request has been sent. Unknown or late answers are ignored. */
  received(requestId: string): void {
    this.#waiting.get(requestId)?.();
  }
}

/**
 * What quitting does first, in the app and in the tests alike: take the
 * window's pending edits, then write every open document. Returns the
 * documents that could not be saved (the app then asks whether to quit anyway).
 */
export async function saveEverythingBeforeQuit(parts: { windowEdits: WindowEdits; documents: DocumentManager }): Promise<DocumentSession[]> {
  await parts.windowEdits.collect();
  return parts.documents.flushAll();
}
