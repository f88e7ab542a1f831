/**
 * The import report: what a Word import recognised and what it did not, with
 * the place of everything not understood. A zod schema, because the report
 * crosses to the renderer and is kept beside the document.
 */
import { z } from 'zod';
import { Obligation } from '../../specification/model';

/** One thing in the source the import did not understand, with its place ("table 7, row 4"). */
export const WordImportNotice = z
  .object({
    place: z.string(),
    reason: z.string(),
    text: z.string().max(200),
  })
  .strict();
export type WordImportNotice = z.infer<typeof WordImportNotice>;

/** A recognised requirement table: where, its header, and how many requirements it gave. */
export const RecognisedTable = z
  .object({
    table: z.number().int().positive(),
    header: z.array(z.string()),
    requirements: z.number().int().nonnegative(),
  })
  .strict();
export type RecognisedTable = z.infer<typeof RecognisedTable>;

const Count = z.number().int().nonnegative();

export const WordImportReport = z
  .object({
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
    notices: z.array(WordImportNotice),
  })
  .strict();
export type WordImportReport = z.infer<typeof WordImportReport>;
