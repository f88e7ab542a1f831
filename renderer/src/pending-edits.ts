/**
 * The renderer owns an open document's newest edits until it sends them to
 * the main process (after a pause in typing). Anything the main process does
 * with an open document must see those edits first, so every request that
 * names an open document waits here until that document's pending edits have
 * been sent. Which requests name a document is read from the contract (an
 * input with a `sessionId`, or the `path` of an open file), not listed by hand.
 */
import { channels, type ChannelName } from '../../shared/contract';

/** One open document whose edits may still be waiting in the window. */
export interface PendingEditSource {
  sessionId: string;
  /** The file the document is saved in now (it changes on rename and Save As). */
  path: () => string;
  /** Sends whatever edits are waiting; resolves once the main process has them. */
  sendPendingEdits: () => Promise<void>;
}

/** How a channel's input names an open document, as the contract declares it. */
export type DocumentReference = 'sessionId' | 'path' | null;

/** The channel that carries the pending edits themselves; waiting for them before it would wait forever. */
export const pendingEditsChannel: ChannelName = 'document:update';

function keysOf(schema: unknown): readonly string[] {
  if (typeof schema !== 'object' || schema === null || !('shape' in schema)) return [];
  const shape = (schema as { shape: unknown }).shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
}

/** Whether (and how) the contract says a channel's input names an open document. */
export function documentReferenceOf(channel: ChannelName): DocumentReference {
  if (channel === pendingEditsChannel) return null;
  const keys = keysOf(channels[channel].input);
  if (keys.includes('sessionId')) return 'sessionId';
  if (keys.includes('path')) return 'path';
  return null;
}

const references = new Map<ChannelName, DocumentReference>();
function cachedReferenceOf(channel: ChannelName): DocumentReference {
  let reference = references.get(channel);
  if (reference === undefined) {
    reference = documentReferenceOf(channel);
    references.set(channel, reference);
  }
  return reference;
}

function stringField(input: unknown, key: string): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const value = (input as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

/** The open documents' pending edits, by session. */
export class PendingEdits {
  readonly #sources = new Set<PendingEditSource>();

  /** Adds an open document; returns the function that removes it again (when its editor goes away). */
  register(source: PendingEditSource): () => void {
    this.#sources.add(source);
    return () => {
      this.#sources.delete(source);
    };
  }

  /** The open documents a request on this channel with this input names. */
  sourcesNamedBy(channel: ChannelName, input: unknown): PendingEditSource[] {
    const reference = cachedReferenceOf(channel);
    if (reference === null) return [];
    const named = stringField(input, reference);
    if (named === null) return [];
    return [...this.#sources].filter((source) => (reference === 'sessionId' ? source.sessionId === named : source.path() === named));
  }

  /** Resolves once every open document the request names has sent its pending edits. */
  async beforeInvoke(channel: ChannelName, input: unknown): Promise<void> {
    await Promise.all(this.sourcesNamedBy(channel, input).map((source) => source.sendPendingEdits()));
  }

  /** Sends every open document's pending edits (the main process asks for them before quitting). */
  async sendAll(): Promise<void> {
    await Promise.all([...this.#sources].map((source) => source.sendPendingEdits()));
  }
}
