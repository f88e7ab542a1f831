/**
 * The import report, whatever the source: what an import recognised and what
 * it did not, with the place of everything not understood. A zod schema,
 * because the report crosses to the renderer and is kept beside the
 * document as its revision note. A Word import and a spreadsheet import
 * fill the same report; counts a source cannot have stay 0.
 */
import { z } from 'zod';
import { Obligation } from '../specification/model';
import { TableField } from './table/mapping';

/** Where in the source a notice points, for a message in the reader's language. */
export const ImportPlace = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), table: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('table-row'), table: z.number().int().positive(), row: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('section'), title: z.string().max(500) }).strict(),
  /** A row of a CSV file (one table, no sheets). */
  z.object({ kind: z.literal('row'), row: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('sheet-row'), sheet: z.number().int().positive(), name: z.string().max(200).optional(), row: z.number().int().positive() }).strict(),
]);
export type ImportPlace = z.infer<typeof ImportPlace>;

/** What a notice says, as a code the UI and the CLI word in their language. */
export const importNoticeCodes = [
  'answer-rule-without-question',
  'row-across-table',
  'instruction-only-row',
  'row-without-text',
  'no-obligation',
  'unknown-obligation',
  'number-not-kept',
  'not-requirement-table',
  'heading-row',
  'row-not-imported',
  'obligation-not-imported',
] as const;
export const ImportNoticeCode = z.enum(importNoticeCodes);
export type ImportNoticeCode = z.infer<typeof ImportNoticeCode>;

/**
 * One thing in the source the import did not understand, with its place
 * ("table 7, row 4"). `place` and `reason` are English free text (a source
 * may have places of its own); `at` and `code` with `values` let a reader in
 * another language be told the same.
 */
export const ImportNotice = z
  .object({
    place: z.string(),
    reason: z.string(),
    text: z.string().max(200),
    at: ImportPlace.optional(),
    code: ImportNoticeCode.optional(),
    values: z.record(z.string(), z.string().max(200)).optional(),
  })
  .strict();
export type ImportNotice = z.infer<typeof ImportNotice>;

/** A recognised requirement table (or sheet): where, its header, and how many requirements it gave. */
export const RecognisedTable = z
  .object({
    /** The table's number in the document, or the sheet's number in the workbook. */
    table: z.number().int().positive(),
    /** The sheet's name, for a spreadsheet. */
    name: z.string().max(200).optional(),
    header: z.array(z.string()),
    requirements: z.number().int().nonnegative(),
  })
  .strict();
export type RecognisedTable = z.infer<typeof RecognisedTable>;

const Count = z.number().int().nonnegative();

export const ImportSource = z.enum(['word', 'spreadsheet']);
export type ImportSource = z.infer<typeof ImportSource>;

export const ImportReport = z
  .object({
    source: ImportSource,
    sections: Count,
    /** Sections with prose and no requirements. */
    proseSections: Count,
    proseParagraphs: Count,
    requirements: Count,
    byObligation: z.record(Obligation, Count),
    fromTables: Count,
    fromNumberedParagraphs: Count,
    fromAnswerRules: Count,
    withFixedNumber: Count,
    responseInstructions: Count,
    crossReferences: Count,
    requirementTables: z.array(RecognisedTable),
    /** Tables read as prose: one-cell frames around text, and tables that are not requirement tables. */
    tablesAsProse: Count,
    notices: z.array(ImportNotice),
    /** A spreadsheet's column mapping as used: each read column's index (0 for A), its header and the field it filled. */
    columns: z.array(z.object({ column: Count, header: z.string().max(500), field: TableField }).strict()).max(200).optional(),
    /** A spreadsheet's rows below the header that had any text. */
    rowsRead: Count.optional(),
  })
  .strict();
export type ImportReport = z.infer<typeof ImportReport>;
