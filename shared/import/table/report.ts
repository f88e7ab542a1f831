/**
 * A spreadsheet, CSV or paste import reports in the import report every
 * source fills (shared/import/report.ts, made in recognise.ts): notices have
 * a structured place ("sheet 1, row 12") and a code, so the dialog, the CLI
 * and the revision note word them in the reader's language. Re-exported
 * here under the table import's name for the paste, which lists its own.
 */
export { ImportNotice as TableImportNotice } from '../report';
