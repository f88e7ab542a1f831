/**
 * Spreadsheet rows to a specification: the header found under title rows
 * and read in four languages, the saved mapping checked, each row a
 * requirement with the buyer's number and obligation, and every row not
 * understood listed with its place.
 */
import { describe, expect, it } from 'vitest';
import { guessMapping, findHeaderRow, importSpreadsheet, parseColumnMapping, type ColumnMapping } from '../../../shared/import/table';
import { plainTextOf } from '../../../shared/text/rich-text';

const options = { language: 'sv' as const, id: '6f1c2a52-4a8e-4a55-9d61-3b0f0c6f4e10', now: new Date('2026-12-07T12:00:00Z'), fallbackTitle: 'kravmatris' };

const fieldsOf = (mapping: ColumnMapping): Record<string, string> => Object.fromEntries(mapping.columns.map((entry) => [entry.header ?? String(entry.column), entry.field]));

describe('guessing the column mapping from the header', () => {
  it('reads Swedish, Norwegian, Danish and English headers', () => {
    expect(fieldsOf(guessMapping([['Nr', 'Krav', 'Ska/Bör', 'Verifiering', 'Leverantörens svar']]))).toEqual({ Nr: 'number', Krav: 'text', 'Ska/Bör': 'obligation', Verifiering: 'verification' });
    expect(fieldsOf(guessMapping([['Nr.', 'Beskrivelse av krav', 'Type (A, V, AV)', 'Krav til besvarelse', 'Leverandørens besvarelse']]))).toEqual({
      'Nr.': 'number',
      'Beskrivelse av krav': 'text',
      'Type (A, V, AV)': 'type',
      'Krav til besvarelse': 'responseInstruction',
    });
    expect(fieldsOf(guessMapping([['Kravnr', 'Kravområde', 'Krav', 'Kravtype', 'Dokumentation', 'Opfyldt (ja/nej)']]))).toEqual({
      Kravnr: 'number',
      Kravområde: 'section',
      Krav: 'text',
      Kravtype: 'type',
      Dokumentation: 'responseInstruction',
    });
    expect(fieldsOf(guessMapping([['ID', 'Title', 'Requirement', 'Shall/Should', 'Response', 'Comment']]))).toEqual({ ID: 'number', Title: 'title', Requirement: 'text', 'Shall/Should': 'obligation' });
  });

  it('finds the header below title rows in the first 20 rows', () => {
    const rows = [['Kravspecifikation för ärendehantering'], [], ['Bilaga 2', ''], ['Nr', 'Krav', 'Typ'], ['1', 'Systemet ska logga', 'A']];
    expect(findHeaderRow(rows)).toBe(3);
    expect(guessMapping(rows).headerRow).toBe(3);
  });

  it('without a header takes the longest texts as the requirement and A/V values as the obligation', () => {
    const rows = [['K1', 'Systemet ska stödja e-legitimation för alla användare', 'A'], ['K2', 'Systemet bör visa ärendets historik', 'V']];
    expect(findHeaderRow(rows)).toBeNull();
    expect(guessMapping(rows).columns.map((entry) => entry.field)).toEqual(['number', 'text', 'obligation']);
  });
});

describe('the saved mapping (MAPPING.json)', () => {
  it('reads a mapping saved by the dialog', () => {
    const mapping = guessMapping([['Nr', 'Krav', 'Typ']], 'Krav');
    const parsed = parseColumnMapping(JSON.stringify({ ...mapping, obligationValues: { Obl: 'mandatory' } }));
    expect(parsed).toEqual({ ok: true, mapping: { ...mapping, obligationValues: { Obl: 'mandatory' } } });
  });

  it('refuses bad JSON and bad mappings with a sentence that says what is wrong', () => {
    expect(parseColumnMapping('{ version: 1')).toMatchObject({ ok: false, message: expect.stringMatching(/^The mapping is not JSON/) });
    expect(parseColumnMapping(JSON.stringify({ version: 1, sheet: 0, headerRow: 0, columns: [{ column: 0, field: 'number' }] }))).toEqual({
      ok: false,
      message: 'The mapping cannot be used: One column must be the requirement text ("text") (at columns).',
    });
    expect(parseColumnMapping(JSON.stringify({ version: 1, sheet: 0, headerRow: 0, columns: [{ column: 1, field: 'text' }, { column: 1, field: 'title' }] }))).toMatchObject({ ok: false, message: expect.stringContaining('Column 2 is mapped twice') });
    expect(parseColumnMapping(JSON.stringify({ version: 2, sheet: 0, headerRow: 0, columns: [] }))).toMatchObject({ ok: false, message: expect.stringContaining('(at version)') });
    expect(parseColumnMapping(JSON.stringify({ version: 1, sheet: 0, headerRow: 0, columns: [{ column: 0, field: 'answer' }] }))).toMatchObject({ ok: false, message: expect.stringContaining('columns.0.field') });
  });
});

describe('importing a sheet', () => {
  const rows = [
    ['Kravspecifikation för ärendehantering', '', '', '', ''],
    ['', '', '', '', ''],
    ['Nr', 'Avsnitt', 'Krav', 'Typ', 'Instruktion'],
    ['K1', 'Säkerhet', 'Systemet ska logga all åtkomst.', 'A', 'Beskriv loggningen.'],
    ['K2', 'Säkerhet', 'Systemet bör stödja:\n• BankID\n• Freja eID', 'V', ''],
    ['K3', 'Användbarhet', 'Gränssnittet ska följa WCAG 2.1 AA.', 'AV', 'Bifoga rapport.'],
    ['', '', '', '', ''],
    ['K4', 'Användbarhet', '', 'A', ''],
    ['K5', 'Användbarhet', 'Användaren ska kunna spara utkast.', 'X', ''],
    ['K6', 'Användbarhet', 'Mörkt tema.', '', ''],
    ['Nr', 'Avsnitt', 'Krav', 'Typ', 'Instruktion'],
    ['K 7!', 'Säkerhet', 'Lösenord ska vara *minst* 12 tecken.', 'Ska', ''],
  ];

  it('makes a requirement of each row, with the buyer number, obligation, instruction and sections in order of appearance', () => {
    const { specification, report } = importSpreadsheet(rows, guessMapping(rows), { ...options, sheet: { name: 'Krav', number: 1 } });
    expect(specification.title).toBe('Kravspecifikation för ärendehantering');
    expect(specification.sections.map((section) => section.title.sv)).toEqual(['Säkerhet', 'Användbarhet']);
    expect(specification.requirements.map((requirement) => [requirement.id, requirement.fixedNumber, requirement.obligation])).toEqual([
      ['K1', 'K1', 'mandatory'],
      ['K2', 'K2', 'evaluated'],
      ['K3', 'K3', 'minimum-and-evaluated'],
      ['K5', 'K5', 'mandatory'],
      ['REQ-5', undefined, 'mandatory'],
    ]);
    const k2 = specification.requirements[1];
    expect(k2?.text.sv).toBe('Systemet bör stödja:\n\n- BankID\n- Freja eID');
    expect(specification.requirements[0]?.responseInstruction?.sv).toBe('Beskriv loggningen.');
    expect(plainTextOf(specification.requirements[4]?.text.sv ?? '')).toBe('Lösenord ska vara *minst* 12 tecken.');
    expect(report).toMatchObject({ sections: 2, requirements: 5, rowsRead: 7, withFixedNumber: 4, responseInstructions: 2, byObligation: { mandatory: 3, evaluated: 1, 'minimum-and-evaluated': 1 } });
    const sheetRow = (row: number) => ({ kind: 'sheet-row', sheet: 1, name: 'Krav', row });
    expect(report.notices).toEqual([
      { place: 'sheet 1, row 8', at: sheetRow(8), code: 'row-without-text', reason: 'A row without requirement text: not imported.', text: 'K4 | Användbarhet | A' },
      { place: 'sheet 1, row 9', at: sheetRow(9), code: 'unknown-obligation', values: { taken: 'mandatory', obligation: 'X' }, reason: 'The obligation "X" is not one we know; the text says ska/skal/shall, so it is taken as mandatory.', text: 'Användaren ska kunna spara utkast.' },
      { place: 'sheet 1, row 10', at: sheetRow(10), code: 'row-not-imported', reason: 'No obligation is given and the text has no ska/skal/shall: not imported.', text: 'Mörkt tema.' },
      { place: 'sheet 1, row 12', at: sheetRow(12), code: 'number-not-kept', values: { number: 'K 7!' }, reason: 'The number "K 7!" cannot be kept as a requirement number (1–20 letters, digits, ".", "-", "/").', text: 'Lösenord ska vara *minst* 12 tecken.' },
    ]);
  });

  it('uses the saved obligation words and, without a section column, one section named from the sheet and heading rows', () => {
    const mapping: ColumnMapping = { version: 1, sheet: 0, headerRow: 0, columns: [{ column: 0, field: 'text' }, { column: 1, field: 'obligation' }], obligationValues: { Obl: 'mandatory', Opt: 'evaluated' } };
    const { specification, report } = importSpreadsheet([['Requirement', 'Kind'], ['The service shall be on-line.', 'Obl'], ['Reports', ''], ['The service may export CSV.', 'opt']], mapping, { ...options, language: 'en', sheet: { name: 'Matrix', number: 2 } });
    expect(specification.sections.map((section) => section.title.en)).toEqual(['Matrix', 'Reports']);
    expect(specification.requirements.map((requirement) => requirement.obligation)).toEqual(['mandatory', 'evaluated']);
    expect(specification.jurisdiction).toBe('eu');
    expect(report.notices).toEqual([{ place: 'sheet 2, row 3', at: { kind: 'sheet-row', sheet: 2, name: 'Matrix', row: 3 }, code: 'heading-row', reason: 'A row with one cell and no requirement text: read as a section heading.', text: 'Reports' }]);
  });
});
