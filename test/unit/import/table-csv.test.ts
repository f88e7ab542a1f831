/**
 * CSV as buyers have it: Nordic semicolons with decimal commas, a byte order
 * mark or none, Windows-1252 from older Excel, UTF-16, quoted line breaks;
 * and hostile files refused by a limit with a reason.
 */
import { describe, expect, it } from 'vitest';
import { defaultTableImportLimits, detectSeparator, parseCsv, parseCsvText, TableImportError } from '../../../shared/import/table';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1252 bytes of text in Latin-1 range (å ä ö é …). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => {
    const code = character.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in Latin-1: ${character}`);
    return code;
  }));
}

function refusal(run: () => unknown): TableImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof TableImportError) return error;
    throw error;
  }
  throw new Error('The file was read');
}

describe('CSV: Nordic and international forms', () => {
  it('reads a semicolon file with decimal commas and a byte order mark', () => {
    const bytes = utf8('\uFEFFNr;Krav;Ska/Bör;Pris\nK1;Systemet ska ha en tillgänglighet om 99,5 %;Ska;12,50\nK2;Systemet bör stödja BankID;Bör;3,0\n');
    const table = parseCsv(bytes);
    expect(table.separator).toBe(';');
    expect(table.encoding).toBe('utf-8');
    expect(table.rows).toEqual([
      ['Nr', 'Krav', 'Ska/Bör', 'Pris'],
      ['K1', 'Systemet ska ha en tillgänglighet om 99,5 %', 'Ska', '12,50'],
      ['K2', 'Systemet bör stödja BankID', 'Bör', '3,0'],
    ]);
  });

  it('reads Windows-1252 from older Excel with å, ä and ö intact', () => {
    const table = parseCsv(windows1252('Kravspecifikation för ärendehantering;\nNr;Krav\n1;Åtkomst ska loggas på användarnivå\n'));
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows[0]?.[0]).toBe('Kravspecifikation för ärendehantering');
    expect(table.rows[2]?.[1]).toBe('Åtkomst ska loggas på användarnivå');
  });

  it('reads UTF-16 with its byte order mark, little and big endian', () => {
    const text = 'ID\tRequirement\nR1\tThe service shall be available – always\n';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    [...text].forEach((character, index) => {
      const code = character.charCodeAt(0);
      le.set([code & 0xff, code >> 8], 2 + index * 2);
      be.set([code >> 8, code & 0xff], 2 + index * 2);
    });
    for (const bytes of [le, be]) {
      const table = parseCsv(bytes);
      expect(table.separator).toBe('\t');
      expect(table.rows[1]).toEqual(['R1', 'The service shall be available – always']);
    }
    expect(parseCsv(le).encoding).toBe('utf-16le');
    expect(parseCsv(be).encoding).toBe('utf-16be');
  });

  it('keeps separators, doubled quotes and line breaks inside quoted cells', () => {
    const { rows } = parseCsvText('Nr,Requirement,Type\r\n1,"The system shall:\r\n- log in\r\n- log out",A\r\n2,"Say ""yes"", then go",V\r\n');
    expect(rows).toEqual([
      ['Nr', 'Requirement', 'Type'],
      ['1', 'The system shall:\n- log in\n- log out', 'A'],
      ['2', 'Say "yes", then go', 'V'],
    ]);
  });

  it('finds the separator that is used the same way on every line', () => {
    expect(detectSeparator('a;b;c\n1,5;2,25;3\n')).toBe(';');
    expect(detectSeparator('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectSeparator('a\tb,c\n1\t2,3,4\n')).toBe('\t');
    expect(detectSeparator('"a;b",c\n"x;y",z\n')).toBe(',');
  });
});

describe('CSV: limits', () => {
  it('refuses a 60 MB file before reading it', () => {
    const error = refusal(() => parseCsv(new Uint8Array(60 * 1024 * 1024).fill(0x41)));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/60 MB; the limit is 50 MB/);
  });

  it('refuses a row of a million columns as soon as it passes the column limit', () => {
    const error = refusal(() => parseCsv(utf8(';'.repeat(1_000_000))));
    expect(error.code).toBe('too-many-columns');
    expect(error.message).toContain(`more than ${defaultTableImportLimits.maxColumns} columns`);
  });

  it('refuses too many rows, too long cells and a quote never closed', () => {
    expect(refusal(() => parseCsv(utf8('a\n'.repeat(20)), { ...defaultTableImportLimits, maxRows: 10 })).code).toBe('too-many-rows');
    expect(refusal(() => parseCsv(utf8(`a;${'x'.repeat(50)}\n`), { ...defaultTableImportLimits, maxCellLength: 40 })).code).toBe('cell-too-long');
    expect(refusal(() => parseCsv(utf8('a;"never closed\nb;c\n'))).code).toBe('unclosed-quote');
    expect(refusal(() => parseCsv(utf8(' ;\n;;\n'))).code).toBe('empty');
  });
});
