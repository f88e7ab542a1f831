/**
 * Runs the building of a document part by part: reports progress, gives the
 * event loop a turn now and then so a cancel request can arrive, stops with
 * an AbortError when cancelled, and packs the result into DOCX bytes.
 */
import { type Document, type FileChild, Packer } from 'docx';
import type { ExportHooks } from './context';

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
  const buffer = await Packer.toBuffer(document);
  throwIfCancelled(signal);
  onProgress?.(1);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
