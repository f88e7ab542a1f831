/**
 * What the import report says and where it comes from: the kind of source a
 * file name says, the document's language told from its text, and the
 * report's words (plurals, the language's numbers, places) as the CLI, the
 * dialog and the revision note show them.
 */
import { describe, expect, it } from 'vitest';
import { importReportMarkdown, markdownLiteral, noticeText, placeText, summaryLines } from '../../../shared/import/report-text';
import type { ImportReport } from '../../../shared/import/report';
import { importSourceKindOf } from '../../../shared/import/sources';
import { importWordDocument } from '../../../shared/import/word';
import { norwegianSpecification, swedishSpecification, wordlessSpecification } from '../../support/import-samples';
import { heading, paragraph, table, wordDocument } from '../../support/word-builder';

const options = { id: '00000000-0000-4000-8000-000000000001', now: new Date('2026-12-07T10:00:00Z'), fallbackTitle: 'Test' };

function report(change: Partial<ImportReport> = {}): ImportReport {
  return {
    source: 'word',
    sections: 1,
    proseSections: 0,
    proseParagraphs: 1,
    requirements: 1_250,
    byObligation: { mandatory: 1_000, evaluated: 250, 'minimum-and-evaluated': 0 },
    fromTables: 1_250,
    fromNumberedParagraphs: 0,
    fromAnswerRules: 0,
    withFixedNumber: 1,
    responseInstructions: 0,
    crossReferences: 2,
    requirementTables: [],
    tablesAsProse: 0,
    notices: [],
    ...change,
  };
}

describe('import sources', () => {
  it('tells the kind of source by the file name, whatever its case', () => {
    expect(importSourceKindOf('Kravspec.DOCX')).toBe('word');
    expect(importSourceKindOf('matris.xlsx')).toBe('spreadsheet');
    expect(importSourceKindOf('matris.csv')).toBe('spreadsheet');
    expect(importSourceKindOf('gammal.doc')).toBeNull();
    expect(importSourceKindOf('docx')).toBeNull();
  });

  it('tells Swedish, Norwegian and English from the text, and says nothing about too little text', () => {
    expect(importWordDocument(swedishSpecification(), { ...options, language: 'detect' }).language).toEqual({ value: 'sv', detected: true });
    expect(importWordDocument(norwegianSpecification(), { ...options, language: 'detect' }).language).toEqual({ value: 'nb', detected: true });
    const english = wordDocument(
      [
        heading(1, 'Requirements'),
        paragraph('The supplier shall describe how the service is delivered and that it is available to all users of the service.'),
        table([['ID', 'Requirement', 'Shall/Should'], ['R1', 'The service shall be available at all times and the supplier must report outages to the buyer.', 'Shall']]),
      ].join(''),
    );
    expect(importWordDocument(english, { ...options, language: 'detect' }).language).toEqual({ value: 'en', detected: true });
    expect(importWordDocument(wordlessSpecification(), { ...options, language: 'detect' }).language).toEqual({ value: 'en', detected: false });
    // A language given is used as it is.
    expect(importWordDocument(swedishSpecification(), { ...options, language: 'nb' }).language).toEqual({ value: 'nb', detected: false });
  });
});

describe('the report in words', () => {
  it('counts with the language’s plurals and numbers', () => {
    expect(summaryLines('sv', report())).toContain('1\u00a0250 krav: ska-krav 1\u00a0000, bör-krav 250');
    expect(summaryLines('en', report())).toContain('1,250 requirements: mandatory 1,000, evaluated 250');
    expect(summaryLines('en', report())).toContain('1 requirement keeps the buyer\'s number');
    expect(summaryLines('nb', report())).toContain('2 kryssreferanser');
    expect(summaryLines('nb', report({ crossReferences: 1 }))).toContain('1 kryssreferanse');
  });

  it('words every place and notice in the reader’s language, and a sheet’s place by its name', () => {
    expect(placeText('nb', { kind: 'table-row', table: 7, row: 4 }, 'table 7, row 4')).toBe('tabell 7, rad 4');
    expect(placeText('sv', { kind: 'sheet-row', sheet: 1, name: 'Krav', row: 12 }, '')).toBe('blad ”Krav”, rad 12');
    expect(placeText('en', undefined, 'sheet 2, cell C4')).toBe('sheet 2, cell C4');
    expect(noticeText('sv', { place: '', reason: '', text: '', code: 'no-obligation', values: { taken: 'evaluated' } })).toBe('Ingen kravtyp angiven; tolkad som bör-krav.');
    // A notice from a source without codes keeps its own sentence.
    expect(noticeText('sv', { place: 'sheet 1', reason: 'Column D is empty.', text: '' })).toBe('Column D is empty.');
  });

  it('writes text from the source into the revision note as literal text', () => {
    expect(markdownLiteral('**bold** <script> [link](x) | cell \u001b[2J')).toBe('\\*\\*bold\\*\\* \\<script\\> \\[link\\](x) \\| cell \ufffd\\[2J');
    const note = importReportMarkdown(
      report({ notices: [{ place: 'table 1, row 2', at: { kind: 'table-row', table: 1, row: 2 }, code: 'row-without-text', reason: '', text: '<img src=x>' }] }),
      { language: 'en', sourceName: 'a_b.docx', title: 'T', importedAt: new Date('2026-12-07T10:00:00Z') },
    );
    expect(note).toContain('- **table 1, row 2**: A row without requirement text: not imported. “\\<img src=x\\>”');
    expect(note).toContain('Imported from a\\_b.docx on 7 December 2026 (Word document).');
  });
});
