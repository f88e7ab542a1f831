/**
 * What crosses the IPC boundary in the app's import: the report of a file
 * read in the main process (the specification stays there until the user
 * confirms), and the user's confirmation with the language and
 * jurisdiction they chose.
 */
import { z } from 'zod';
import { UiLanguage } from '../languages';
import { Jurisdiction } from '../specification/model';
import { ImportReport } from './report';
import { ColumnMapping } from './table/mapping';

/** How many rows of each sheet the mapping step previews, and how much of each cell. */
export const previewRows = 20;
export const previewCellLength = 300;

/** A spreadsheet's first rows, for the mapping step: each sheet's name and its first rows' cell texts (shortened). */
export const SpreadsheetPreview = z
  .object({
    sheets: z.array(z.object({ name: z.string().max(200), rows: z.array(z.array(z.string().max(previewCellLength)).max(200)).max(previewRows) }).strict()).max(1_000),
    /** The mapping the report was made with: the guessed one, or the one the user chose. */
    mapping: ColumnMapping,
  })
  .strict();
export type SpreadsheetPreview = z.infer<typeof SpreadsheetPreview>;

const importId = z.string().min(1).max(100);

export const PendingImport = z
  .object({
    importId,
    /** The source file's name, without its folder. */
    fileName: z.string().max(1000),
    kind: z.enum(['word', 'spreadsheet']),
    /** The title the new specification gets (the document's own, or the file's name). */
    title: z.string(),
    report: ImportReport,
    /** The language the text was read as, and whether the text said so (false: the user must choose). */
    language: z.object({ value: UiLanguage, detected: z.boolean() }).strict(),
    jurisdiction: Jurisdiction,
    /** A spreadsheet's preview and mapping, for the mapping step before the report. */
    spreadsheet: SpreadsheetPreview.optional(),
  })
  .strict();
export type PendingImport = z.infer<typeof PendingImport>;

export const ImportConfirmation = z
  .object({
    importId,
    language: UiLanguage,
    jurisdiction: Jurisdiction,
  })
  .strict();
export type ImportConfirmation = z.infer<typeof ImportConfirmation>;

export const ImportCancellation = z.object({ importId }).strict();

/** The user's column mapping for a waiting spreadsheet import: main imports it again with it and answers with the new report. */
export const ImportRemap = z.object({ importId, mapping: ColumnMapping }).strict();
export type ImportRemap = z.infer<typeof ImportRemap>;

/** A column mapping to save as MAPPING.json, for the waiting import whose file names the suggested file. */
export const SaveColumnMapping = z.object({ importId, mapping: ColumnMapping }).strict();
export type SaveColumnMapping = z.infer<typeof SaveColumnMapping>;
