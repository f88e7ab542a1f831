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
