import { describe, expect, it } from 'vitest';
import { createBridge, createKravstudioApi } from '../../../shared/api';
import { channelNames, type ChannelName } from '../../../shared/contract';
import { documentReferenceOf, PendingEdits, pendingEditsChannel, type PendingEditSource } from '../../../renderer/src/pending-edits';

/** An open document whose pending edits are "sent" by recording the order of events. */
function openDocument(log: string[], sessionId: string, path: string): PendingEditSource & { currentPath: string } {
  const source = {
    sessionId,
    currentPath: path,
    path: () => source.currentPath,
    sendPendingEdits: async () => {
      await Promise.resolve();
      log.push(`edits of ${sessionId} sent`);
    },
  };
  return source;
}

function apiOver(pending: PendingEdits, log: string[]) {
  const bridge = createBridge({
    invoke: async (channel) => {
      log.push(`${channel} invoked`);
      return { ok: true, value: null };
    },
    subscribe: () => () => undefined,
  });
  return createKravstudioApi(bridge, { beforeInvoke: (channel, input) => pending.beforeInvoke(channel, input) });
}

describe('which requests name an open document (read from the contract)', () => {
  it('every channel whose input has a sessionId names a document, except the one that carries the edits', () => {
    expect(documentReferenceOf('export:run')).toBe('sessionId');
    expect(documentReferenceOf('document:close')).toBe('sessionId');
    expect(documentReferenceOf('backups:restore')).toBe('sessionId');
    expect(documentReferenceOf('templates:saveFromDocument')).toBe('sessionId');
    expect(documentReferenceOf(pendingEditsChannel)).toBeNull();
  });

  it('channels that name a file by path refer to an open document by its path', () => {
    expect(documentReferenceOf('document:moveToTrash')).toBe('path');
    expect(documentReferenceOf('backups:forFile')).toBe('path');
  });

  it('channels about no document wait for nothing', () => {
    expect(documentReferenceOf('settings:get')).toBeNull();
    expect(documentReferenceOf('document:create')).toBeNull();
    expect(documentReferenceOf('trash:restore')).toBeNull();
  });

  it('every document channel of the contract is covered without a hand-kept list', () => {
    const naming = channelNames.filter((channel) => documentReferenceOf(channel) !== null);
    const document = ['document:saveAs', 'document:duplicate', 'document:rename', 'document:checkDisk', 'document:resolveConflict', 'backups:list', 'backups:compare', 'export:choices'] satisfies ChannelName[];
    for (const channel of document) expect(naming, channel).toContain(channel);
  });
});

describe('requests wait for the pending edits of the document they name', () => {
  it('an export sends the pending edits first, then asks for the export', async () => {
    const log: string[] = [];
    const pending = new PendingEdits();
    pending.register(openDocument(log, 'a', '/docs/A.kravspec'));
    const api = apiOver(pending, log);
    await api.export.cancel({ sessionId: 'a' });
    expect(log).toEqual(['edits of a sent', 'export:cancel invoked']);
  });

  it('only the named document sends; other open documents keep theirs', async () => {
    const log: string[] = [];
    const pending = new PendingEdits();
    pending.register(openDocument(log, 'a', '/docs/A.kravspec'));
    pending.register(openDocument(log, 'b', '/docs/B.kravspec'));
    await apiOver(pending, log).document.close({ sessionId: 'b' });
    expect(log).toEqual(['edits of b sent', 'document:close invoked']);
  });

  it('a request by path finds the document by the file it is saved in now', async () => {
    const log: string[] = [];
    const pending = new PendingEdits();
    const doc = openDocument(log, 'a', '/docs/A.kravspec');
    pending.register(doc);
    doc.currentPath = '/docs/Renamed.kravspec';
    const api = apiOver(pending, log);
    await api.document.moveToTrash({ path: '/docs/A.kravspec' });
    await api.document.moveToTrash({ path: '/docs/Renamed.kravspec' });
    expect(log).toEqual(['document:moveToTrash invoked', 'edits of a sent', 'document:moveToTrash invoked']);
  });

  it('sending the edits themselves does not wait for them', async () => {
    const log: string[] = [];
    const pending = new PendingEdits();
    pending.register(openDocument(log, 'a', '/docs/A.kravspec'));
    const spec = {} as never;
    await apiOver(pending, log).document.update({ sessionId: 'a', kind: 'specification', specification: spec });
    expect(log).toEqual(['document:update invoked']);
  });

  it('a closed editor is no longer asked', async () => {
    const log: string[] = [];
    const pending = new PendingEdits();
    const remove = pending.register(openDocument(log, 'a', '/docs/A.kravspec'));
    remove();
    await apiOver(pending, log).document.save({ sessionId: 'a' });
    expect(log).toEqual(['document:save invoked']);
  });

  it('a failure to send the edits fails the request instead of working on an older copy', async () => {
    const log: string[] = [];
    const pending = new PendingEdits();
    pending.register({ sessionId: 'a', path: () => '/docs/A.kravspec', sendPendingEdits: () => Promise.reject(new Error('gone')) });
    await expect(apiOver(pending, log).export.choices({ sessionId: 'a' })).rejects.toThrow('gone');
    expect(log).toEqual([]);
  });

  it('sendAll sends every open document (the main process asks before quitting)', async () => {
    const log: string[] = [];
    const pending = new PendingEdits();
    pending.register(openDocument(log, 'a', '/docs/A.kravspec'));
    pending.register(openDocument(log, 'b', '/docs/B.kravspec'));
    await pending.sendAll();
    expect(log.sort()).toEqual(['edits of a sent', 'edits of b sent']);
  });
});
