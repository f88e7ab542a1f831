/**
 * Runs the building of a document part by part: reports progress, gives the
 * event loop a turn now and then so a cancel request can arrive, stops with
 * an AbortError when cancelled, packs the result into DOCX bytes and puts the
 * prewritten tables in place.
 */
import { type Document, type FileChild, Packer } from 'docx';
import type { ExportHooks } from './context';
import { insertPrewritten, PrewrittenBlock } from './prewritten';

/** Builds one part of the document (a chapter, a section, the cover). */
export type Part = () => FileChild[];

/** The share of the progress bar the parts take; packing takes the rest. */
const buildShare = 0.8;

/** How long to build before letting other work (a cancel request) run. */
const sliceMs = 15;

export function cancelled(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw cancelled();
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function buildDocx(parts: readonly Part[], assemble: (children: FileChild[]) => Document, hooks: ExportHooks = {}): Promise<Uint8Array> {
  const { signal, onProgress } = hooks;
  throwIfCancelled(signal);
  onProgress?.(0);
  const children: FileChild[] = [];
  let sliceStart = performance.now();
  for (const [index, part] of parts.entries()) {
    children.push(...part());
    onProgress?.((buildShare * (index + 1)) / parts.length);
    if (performance.now() - sliceStart > sliceMs) {
      await turn();
      sliceStart = performance.now();
    }
    throwIfCancelled(signal);
  }
  const document = assemble(children);
  await turn();
  throwIfCancelled(signal);
  const packed = await Packer.toBuffer(document);
  throwIfCancelled(signal);
  const prewritten = children.filter((child) => child instanceof PrewrittenBlock);
  const bytes = insertPrewritten(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), prewritten);
  onProgress?.(1);
  return bytes;
}
