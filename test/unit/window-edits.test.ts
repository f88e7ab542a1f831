import { describe, expect, it, vi } from 'vitest';
import type { DocumentManager } from '../../electron/services/document-manager';
import { saveEverythingBeforeQuit, WindowEdits } from '../../electron/services/window-edits';

describe('asking the window for its pending edits', () => {
  it('resolves when the window answers the request it was sent', async () => {
    const asked: string[] = [];
    const edits = new WindowEdits({ ask: (id) => asked.push(id) > 0, newRequestId: () => 'r1', timeoutMs: 60_000 });
    const outcome = edits.collect();
    expect(asked).toEqual(['r1']);
    edits.received('someone-else');
    edits.received('r1');
    await expect(outcome).resolves.toBe('received');
  });

  it('does not wait when there is no window to ask', async () => {
    const edits = new WindowEdits({ ask: () => false, timeoutMs: 60_000 });
    await expect(edits.collect()).resolves.toBe('noWindow');
  });

  it('gives up after a bounded wait, so a hung window cannot keep the app from quitting', async () => {
    vi.useFakeTimers();
    try {
      const edits = new WindowEdits({ ask: () => true, timeoutMs: 3000 });
      const outcome = edits.collect();
      await vi.advanceTimersByTimeAsync(3000);
      await expect(outcome).resolves.toBe('timedOut');
    } finally {
      vi.useRealTimers();
    }
  });

  it('quitting saves the documents only after the window has sent its edits', async () => {
    const order: string[] = [];
    const edits = new WindowEdits({ ask: () => true, newRequestId: () => 'quit', timeoutMs: 60_000 });
    const documents = { flushAll: async () => (order.push('documents saved'), []) } as unknown as DocumentManager;
    const quitting = saveEverythingBeforeQuit({ windowEdits: edits, documents });
    await Promise.resolve();
    expect(order).toEqual([]);
    order.push('window sent its edits');
    edits.received('quit');
    await expect(quitting).resolves.toEqual([]);
    expect(order).toEqual(['window sent its edits', 'documents saved']);
  });
});
