/**
 * The Word import's report is the general import report (../report.ts) with
 * `source: 'word'`; these names stay for the Word import's own modules.
 */
export { ImportNotice as WordImportNotice, ImportReport as WordImportReport, RecognisedTable } from '../report';
