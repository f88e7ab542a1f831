/**
 * Imports read in the main process and waiting for the user: the window has
 * seen the report, the file's bytes stay here until the user creates the
 * specification (in the language and jurisdiction they chose) or cancels.
 * Only a few are kept; the oldest are forgotten first.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type PendingImport, previewCellLength, previewRows, type SpreadsheetPreview } from '../../../shared/import/pending';
import type { ColumnMapping, SpreadsheetWorkbook } from '../../../shared/import/table';
import type { DocumentLanguage, Jurisdiction } from '../../../shared/specification/model';
import { importSourceBytes, type ImportedSource, type ImportSourceBytes, importSpreadsheetWorkbook, readSpreadsheetSource } from './import-source';

/** How many imports may wait at once (a window shows one; a few more cover a double click). */
export const maxPendingImports = 3;

interface Waiting {
  source: ImportSourceBytes;
  imported: ImportedSource;
  /** A spreadsheet's sheets, read once: imported again under another mapping without reading the file again. */
  workbook: SpreadsheetWorkbook | null;
}

/** The first rows of each sheet, their cells shortened, for the mapping step. */
export function spreadsheetPreview(workbook: SpreadsheetWorkbook, mapping: ColumnMapping): SpreadsheetPreview {
  return {
    sheets: workbook.sheets.slice(0, 1_000).map((sheet) => ({
      name: sheet.name.slice(0, 200),
      rows: sheet.rows.slice(0, previewRows).map((row) => row.slice(0, 200).map((cell) => cell.slice(0, previewCellLength))),
    })),
    mapping,
  };
}

/** What the user confirmed: the specification, made in their language and jurisdiction, and where it came from. */
export interface ConfirmedImport extends ImportedSource {
  sourceName: string;
}

export class PendingImports {
  readonly #waiting = new Map<string, Waiting>();

  /** Imports what was read and keeps it for the user's answer; the report and an id go to the window. */
  async add(source: ImportSourceBytes, now: Date): Promise<PendingImport> {
    const workbook = source.kind === 'spreadsheet' ? await readSpreadsheetSource(source) : null;
    // A spreadsheet whose guessed columns give no requirement waits too: the mapping step lets the user say which column is which.
    const imported =
      workbook === null ? await importSourceBytes(source, { id: randomUUID(), now }) : importSpreadsheetWorkbook(source.filePath, workbook, { id: randomUUID(), now, keepWithoutRequirements: true });
    const importId = randomUUID();
    this.#waiting.set(importId, { source, imported, workbook });
    while (this.#waiting.size > maxPendingImports) {
      const oldest = this.#waiting.keys().next();
      if (oldest.done === true) break;
      this.#waiting.delete(oldest.value);
    }
    return this.#pending(importId, source, imported, workbook);
  }

  /**
   * A waiting spreadsheet imported again under the mapping the user chose (null: no such import,
   * or not a spreadsheet). Refusals (no requirement under that mapping) are ImportFileErrors.
   */
  remap(importId: string, mapping: ColumnMapping, now: Date): PendingImport | null {
    const waiting = this.#waiting.get(importId);
    if (waiting === undefined || waiting.workbook === null) return null;
    const { source, workbook, imported: before } = waiting;
    const imported = importSpreadsheetWorkbook(source.filePath, workbook, { id: before.specification.id, now, mapping, language: before.language.value });
    // The language stays as it was told (or assumed): the mapping does not change what the cells are written in.
    const kept = { ...imported, language: before.language };
    this.#waiting.set(importId, { ...waiting, imported: kept });
    return this.#pending(importId, source, kept, workbook);
  }

  #pending(importId: string, source: ImportSourceBytes, imported: ImportedSource, workbook: SpreadsheetWorkbook | null): PendingImport {
    return {
      importId,
      fileName: path.basename(source.filePath),
      kind: imported.kind,
      title: imported.specification.title,
      report: imported.report,
      language: imported.language,
      jurisdiction: imported.specification.jurisdiction,
      ...(workbook === null || imported.mapping === undefined ? {} : { spreadsheet: spreadsheetPreview(workbook, imported.mapping) }),
    };
  }

  /** The waiting spreadsheet's file path (null: no such import, or not a spreadsheet): a saved mapping is suggested beside it. */
  spreadsheetPath(importId: string): string | null {
    const waiting = this.#waiting.get(importId);
    return waiting === undefined || waiting.workbook === null ? null : waiting.source.filePath;
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
    const options = { id: imported.specification.id, now, language: choice.language, jurisdiction: choice.jurisdiction, ...mapping };
    const result = same ? imported : waiting.workbook === null ? await importSourceBytes(source, options) : importSpreadsheetWorkbook(source.filePath, waiting.workbook, options);
    return { ...result, sourceName: path.basename(source.filePath) };
  }

  forget(importId: string): void {
    this.#waiting.delete(importId);
  }

  get size(): number {
    return this.#waiting.size;
  }
}
