/**
 * Imports read in the main process and waiting for the user: the window has
 * seen the report, the file's bytes stay here until the user creates the
 * specification (in the language and jurisdiction they chose) or cancels.
 * Only a few are kept; the oldest are forgotten first.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { PendingImport } from '../../../shared/import/pending';
import type { DocumentLanguage, Jurisdiction } from '../../../shared/specification/model';
import { importSourceBytes, type ImportedSource, type ImportSourceBytes } from './import-source';

/** How many imports may wait at once (a window shows one; a few more cover a double click). */
export const maxPendingImports = 3;

interface Waiting {
  source: ImportSourceBytes;
  imported: ImportedSource;
}

/** What the user confirmed: the specification, made in their language and jurisdiction, and where it came from. */
export interface ConfirmedImport extends ImportedSource {
  sourceName: string;
}

export class PendingImports {
  readonly #waiting = new Map<string, Waiting>();

  /** Imports what was read and keeps it for the user's answer; the report and an id go to the window. */
  async add(source: ImportSourceBytes, now: Date): Promise<PendingImport> {
    const imported = await importSourceBytes(source, { id: randomUUID(), now });
    const importId = randomUUID();
    this.#waiting.set(importId, { source, imported });
    while (this.#waiting.size > maxPendingImports) {
      const oldest = this.#waiting.keys().next();
      if (oldest.done === true) break;
      this.#waiting.delete(oldest.value);
    }
    return {
      importId,
      fileName: path.basename(source.filePath),
      kind: imported.kind,
      title: imported.specification.title,
      report: imported.report,
      language: imported.language,
      jurisdiction: imported.specification.jurisdiction,
    };
  }

  has(importId: string): boolean {
    return this.#waiting.has(importId);
  }

  /**
   * The specification as the user confirmed it. Another language means reading the same bytes
   * again in it (the texts are kept under the language's key); the import is still waiting
   * until `forget`, so a cancelled save dialog can be answered again.
   */
  async confirm(importId: string, choice: { language: DocumentLanguage; jurisdiction: Jurisdiction }, now: Date): Promise<ConfirmedImport | null> {
    const waiting = this.#waiting.get(importId);
    if (waiting === undefined) return null;
    const { imported, source } = waiting;
    const same = imported.language.value === choice.language && imported.specification.jurisdiction === choice.jurisdiction;
    // A spreadsheet is read again under the mapping it was imported with.
    const mapping = imported.mapping === undefined ? {} : { mapping: imported.mapping };
    const result = same ? imported : await importSourceBytes(source, { id: imported.specification.id, now, language: choice.language, jurisdiction: choice.jurisdiction, ...mapping });
    return { ...result, sourceName: path.basename(source.filePath) };
  }

  forget(importId: string): void {
    this.#waiting.delete(importId);
  }

  get size(): number {
    return this.#waiting.size;
  }
}
