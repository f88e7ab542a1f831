/**
 * The report of a spreadsheet, CSV or paste import: the same counts and
 * notices as the Word import's report (shared/import/word/report.ts), so the
 * two can be shown by one dialog, plus how each column was mapped.
 */
import { z } from 'zod';
import { Obligation } from '../../specification/model';
import { TableField } from './mapping';

/** One row the import did not (fully) understand, with its place ("sheet 1, row 12"). */
export const TableImportNotice = z
  .object({
    place: z.string(),
    reason: z.string(),
    text: z.string().max(200),
  })
  .strict();
export type TableImportNotice = z.infer<typeof TableImportNotice>;

const Count = z.number().int().nonnegative();

export const TableImportReport = z
  .object({
    sections: Count,
    requirements: Count,
    byObligation: z.record(Obligation, Count),
    withFixedNumber: Count,
    responseInstructions: Count,
    /** Rows below the header that had any text. */
    rowsRead: Count,
    /** How each read column was mapped: its header and field. */
    columns: z.array(z.object({ column: Count, header: z.string(), field: TableField }).strict()),
    notices: z.array(TableImportNotice),
  })
  .strict();
export type TableImportReport = z.infer<typeof TableImportReport>;
