/**
 * Word import on small documents built in the test: what a buyer's
 * specification becomes (sections, prose with real lists, requirements from
 * tables in four languages and from numbered paragraphs, instructions,
 * cross-references) and how hostile files are refused.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultWordImportLimits, importWordDocument, WordImportError, type WordImport, type WordImportLimits } from '../../../shared/import/word';
import { heading, listItem, paragraph, table, wordDocument } from '../../support/word-builder';

const options = { language: 'nb' as const, id: '6f1c2a52-4a8e-4a55-9d61-3b0f0c6f4e10', now: new Date('2026-12-07T12:00:00Z'), fallbackTitle: 'kravspesifikasjon' };

function importBody(body: string, language: 'sv' | 'nb' | 'en' = 'nb'): WordImport {
  return importWordDocument(wordDocument(body), { ...options, language });
}

function refusal(bytes: Uint8Array, limits: Partial<WordImportLimits> = {}): WordImportError {
  try {
    importWordDocument(bytes, { ...options, limits: { ...defaultWordImportLimits, ...limits } });
  } catch (error) {
    if (error instanceof WordImportError) return error;
    throw error;
  }
  throw new Error('The file was imported');
}

const nbHeader = ['Nr.', 'Kundens behov, beskrivelse av krav', 'Krav type', 'Krav til besvarelse', 'Leverandørens besvarelse'];

describe('Word import: structure and prose', () => {
  it('turns headings into sections with their levels, and paragraphs and lists into the section prose', () => {
    const { specification, report } = importBody(
      [
        paragraph('Felles skjemaløsning'),
        heading(1, '1 Innledning'),
        paragraph('Dette er kundens kravspesifikasjon.'),
        listItem(1, 0, 'Spare tid'),
        listItem(1, 1, 'ett skjema per tjeneste'),
        listItem(1, 0, 'Reduserte kostnader'),
        paragraph('Fremgangsmåte:'),
        listItem(2, 0, 'Først planlegging'),
        listItem(2, 0, 'Så etablering'),
        heading(2, 'Effektmål'),
        paragraph('Tekst om effektmål.'),
        heading(1, 'Opplæring'),
        paragraph('Leverandøren skal gi opplæring.'),
      ].join(''),
    );
    expect(specification.title).toBe('Felles skjemaløsning');
    expect(specification.sections.map((section) => [section.title['nb'], section.parentId])).toEqual([
      ['Innledning', null],
      ['Effektmål', 'section-1'],
      ['Opplæring', null],
    ]);
    expect(specification.sections[0]?.intro?.['nb']).toBe(
      'Dette er kundens kravspesifikasjon.\n\n- Spare tid\n  - ett skjema per tjeneste\n- Reduserte kostnader\n\nFremgangsmåte:\n\n1. Først planlegging\n2. Så etablering',
    );
    expect(specification.sections[2]?.intro?.['nb']).toBe('Leverandøren skal gi opplæring.');
    expect(specification.requirements).toEqual([]);
    expect(report.proseSections).toBe(3);
  });

  it('escapes what would otherwise become markup, so the text prints as written', () => {
    const { specification } = importBody([heading(1, 'Vilkår & avtale'), paragraph('Pris * antall [inkl. mva] og fil_navn'), paragraph('A & B <C> &#8364; 5')].join(''));
    expect(specification.sections[0]?.title['nb']).toBe('Vilkår & avtale');
    expect(specification.sections[0]?.intro?.['nb']).toBe('Pris \\* antall \\[inkl. mva\\] og fil\\_navn\n\nA & B \\<C> \\&#8364; 5');
  });
});

describe('Word import: requirement tables', () => {
  it('reads a Norwegian requirement table: numbers kept, A/V/AV mapped, the instruction kept, the answer column ignored', () => {
    const { specification, report } = importBody(
      [
        heading(1, 'Funksjonelle krav'),
        table([
          nbHeader,
          ['F1', 'Løsningen skal støtte BankID.', 'A', 'Bekreft.', ''],
          ['F2', 'Løsningen bør ha mørk modus.', 'V', 'Beskriv løsningen.', 'Ja'],
          ['F3', 'Løsningen skal være universelt utformet.', 'AV', 'Beskriv WCAG-nivå.', ''],
        ]),
      ].join(''),
    );
    expect(specification.requirements.map((requirement) => [requirement.fixedNumber, requirement.obligation, requirement.text['nb'], requirement.responseInstruction?.['nb']])).toEqual([
      ['F1', 'mandatory', 'Løsningen skal støtte BankID.', 'Bekreft.'],
      ['F2', 'evaluated', 'Løsningen bør ha mørk modus.', 'Beskriv løsningen.'],
      ['F3', 'minimum-and-evaluated', 'Løsningen skal være universelt utformet.', 'Beskriv WCAG-nivå.'],
    ]);
    expect(specification.sections[0]?.numbering).toEqual({ scheme: 'fixed' });
    expect(JSON.stringify(specification)).not.toContain('Ja"');
    expect(report.requirementTables).toEqual([{ table: 1, header: nbHeader, requirements: 3 }]);
    expect(report.byObligation).toEqual({ mandatory: 1, evaluated: 1, 'minimum-and-evaluated': 1 });
  });

  it('recognises Swedish, English and Danish headers in one file, each table by its own header', () => {
    const { specification } = importBody(
      [
        heading(1, 'Krav'),
        table([
          ['ID', 'Krav', 'Ska/Bör', 'Svar'],
          ['S1', 'Systemet ska logga in med SITHS.', 'Ska', ''],
          ['S2', 'Systemet bör ha mörkt läge.', 'Bör', ''],
        ]),
        table([
          ['Req. ID', 'Requirement', 'Shall/Should', 'Response'],
          ['E1', 'The service shall be hosted in the EEA.', 'Shall', ''],
          ['E2', 'The service should offer an API.', 'Should', ''],
        ]),
        table([
          ['ID', 'Beskrivelse', 'Type', 'Dokumentation'],
          ['D1', 'Leverandøren skal levere support på dansk.', 'Mindstekrav', 'Beskriv supporten.'],
        ]),
        table([
          ['NO.', 'System specific expectation', 'Must have/ nice to have'],
          ['1', 'Applicants can save a draft.', 'Must Have'],
          ['2', 'Reviewers can comment.', 'Nice to have'],
        ]),
      ].join(''),
    );
    expect(specification.requirements.map((requirement) => [requirement.fixedNumber, requirement.obligation])).toEqual([
      ['S1', 'mandatory'],
      ['S2', 'evaluated'],
      ['E1', 'mandatory'],
      ['E2', 'evaluated'],
      ['D1', 'mandatory'],
      ['1', 'mandatory'],
      ['2', 'evaluated'],
    ]);
    expect(specification.requirements[4]?.responseInstruction?.['nb']).toBe('Beskriv supporten.');
  });

  it('keeps lists inside cells as lists, takes Word list numbers as the buyer\'s numbers, and adds an instruction-only row to the row above', () => {
    const cellWithList = paragraph('Løsningen skal støtte:') + listItem(1, 0, 'ID-porten') + listItem(1, 0, 'Maskinporten');
    const { specification, report } = importBody(
      [
        heading(1, 'Integrasjoner'),
        table([
          nbHeader.slice(0, 4),
          [listItem(3, 0, ''), cellWithList, 'AV', 'Beskriv integrasjonene.'],
          [listItem(3, 0, ''), 'Løsningen bør støtte betaling.', 'V', 'Beskriv betaling.'],
          ['', '', '', 'Oppgi også priser i bilag 7.'],
        ]),
      ].join(''),
    );
    const [first, second] = specification.requirements;
    expect(first?.fixedNumber).toBe('K1');
    expect(first?.text['nb']).toBe('Løsningen skal støtte:\n\n- ID-porten\n- Maskinporten');
    expect(second?.fixedNumber).toBe('K2');
    expect(second?.responseInstruction?.['nb']).toBe('Beskriv betaling.\n\nOppgi også priser i bilag 7.');
    expect(report.notices).toEqual([expect.objectContaining({ place: 'table 1, row 4' })]);
  });

  it('lists an obligation it does not understand and a table that is not a requirement table, with their places', () => {
    const { specification, report } = importBody(
      [
        heading(1, 'Krav'),
        table([
          ['Kontakt', 'Telefon'],
          ['Kari Nordmann', '12345678'],
        ]),
        table([
          ['Nr', 'Krav', 'Krav type'],
          ['K1', 'Løsningen bør ha søk.', 'X?'],
        ]),
      ].join(''),
    );
    expect(specification.requirements[0]?.obligation).toBe('evaluated');
    expect(report.notices.map((notice) => notice.place)).toEqual(['table 1', 'table 2, row 2']);
    expect(report.notices[1]?.reason).toContain('"X?"');
    expect(specification.sections[0]?.intro?.['nb']).toBe('Kontakt – Telefon\n\nKari Nordmann – 12345678');
  });
});

describe('Word import: requirements outside tables and cross-references', () => {
  it('recognises numbered paragraphs with "skal/shall/must" and leaves other numbered paragraphs as prose', () => {
    const { specification, report } = importBody(
      [
        heading(1, 'Administration'),
        paragraph('7.2.4 The contracting officer shall respond within 30 days.'),
        paragraph('7.2.5 Copies of correspondence go to the officer.'),
        listItem(2, 0, 'The contractor must register in CPARS.'),
        paragraph('The System must:'),
        listItem(1, 0, 'Be highly available'),
        listItem(1, 0, 'Use open encryption'),
      ].join(''),
      'en',
    );
    expect(specification.requirements.map((requirement) => [requirement.fixedNumber ?? null, requirement.text['en']])).toEqual([
      ['7.2.4', 'The contracting officer shall respond within 30 days.'],
      ['1', 'The contractor must register in CPARS.'],
      [null, 'Be highly available'],
      [null, 'Use open encryption'],
    ]);
    expect(specification.sections[0]?.intro?.['en']).toContain('7.2.5 Copies of correspondence go to the officer.');
    expect(report.fromNumberedParagraphs).toBe(4);
  });

  it('reads a question followed by Swedish answer rules as a requirement with its instruction', () => {
    const { specification, report } = importBody(
      [
        heading(1, 'Krav på konsulten'),
        paragraph('d. Uppfyller anbudsgivaren kapacitetskraven?'),
        paragraph('Ja/Nej. Ja krävs\ne. Har ni tagit del av principerna?'),
        paragraph('Ja/Nej. Ja krävs\nB - Beskriv hur - Fritext – obligatoriskt svar'),
        paragraph('a. Beskriv er erfarenhet av RPA'),
        paragraph('B - Fritext – obligatoriskt svar'),
        paragraph('(25p max)'),
      ].join(''),
      'sv',
    );
    expect(specification.requirements.map((requirement) => [requirement.text['sv'], requirement.obligation, requirement.responseInstruction?.['sv']])).toEqual([
      ['d. Uppfyller anbudsgivaren kapacitetskraven?', 'mandatory', 'Ja/Nej. Ja krävs'],
      ['e. Har ni tagit del av principerna?', 'minimum-and-evaluated', 'Ja/Nej. Ja krävs\n\nB - Beskriv hur - Fritext – obligatoriskt svar'],
      ['a. Beskriv er erfarenhet av RPA', 'evaluated', 'B - Fritext – obligatoriskt svar'],
    ]);
    expect(report.fromAnswerRules).toBe(3);
    expect(specification.sections[0]?.intro?.['sv']).toBe('(25p max)');
  });

  it('makes "se K1" a cross-reference where K1 exists, and leaves a number without a target as text', () => {
    const { specification, report } = importBody(
      [
        heading(1, 'Krav'),
        table([
          nbHeader.slice(0, 4),
          ['K1', 'Løsningen skal ha logg.', 'A', ''],
          ['K2', 'Loggen skal kunne eksporteres, i lys av K1 og K9.', 'A', 'Se K1.'],
        ]),
      ].join(''),
    );
    expect(specification.requirements[1]?.text['nb']).toBe('Loggen skal kunne eksporteres, i lys av [K1](ref:K1) og K9.');
    expect(specification.requirements[1]?.responseInstruction?.['nb']).toBe('Se [K1](ref:K1).');
    expect(report.crossReferences).toBe(2);
    expect(specification.requirements.map((requirement) => requirement.id)).toEqual(['K1', 'K2']);
  });
});

describe('Word import: hostile and broken files', () => {
  it('refuses bytes that are not a zip, and a password-protected document, with the reason', () => {
    expect(refusal(strToU8('Hei, dette er ikke Word')).code).toBe('not-zip');
    const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const protectedFile = refusal(compound);
    expect(protectedFile.code).toBe('password-protected');
    expect(protectedFile.message).toContain('password');
  });

  it('refuses a zip without a Word document in it', () => {
    expect(refusal(wordDocument('', { omitDocument: true })).code).toBe('not-word');
  });

  it('refuses a zip bomb by the bytes that come out, whatever the zip declares', () => {
    const bomb = wordDocument(`<w:p><w:r><w:t>${' '.repeat(3 * 1024 * 1024)}</w:t></w:r></w:p>`);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    const error = refusal(bomb, { maxPartBytes: 1024 * 1024 });
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toContain('1 MB');
  });

  it('refuses a package that declares more than the total uncompressed limit, or has too many entries', () => {
    expect(refusal(wordDocument(paragraph('x')), { maxTotalUncompressedBytes: 100 }).code).toBe('zip-bomb');
    const extra = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`word/media/image${index}.png`, new Uint8Array([index])]));
    expect(refusal(wordDocument(paragraph('x'), { extra }), { maxEntries: 20 }).code).toBe('too-many-entries');
  });

  it('refuses XML nested too deeply, XML that is not well-formed, and entity declarations', () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(400)}${paragraph('x')}${'</w:sdtContent></w:sdt>'.repeat(400)}`;
    expect(refusal(wordDocument(deep)).code).toBe('xml-too-deep');
    expect(refusal(wordDocument('<w:p><w:r><w:t>unclosed</w:r></w:p>')).code).toBe('xml-malformed');
    const entities = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>';
    expect(refusal(wordDocument(entities, { raw: true })).code).toBe('xml-malformed');
  });

  it('counts nesting by elements, not by ">" inside attribute values or comments', () => {
    const fields = Array.from({ length: 300 }, () => '<w:p><w:fldSimple w:instr="IF a > b"/><!-- <w:p> --><w:r><w:t>ok</w:t></w:r></w:p>').join('');
    expect(importBody(heading(1, 'Felt') + fields).specification.sections[0]?.intro?.['nb']).toContain('ok');
  });

  it('refuses a table with more rows than the limit, and a file over the size limit', () => {
    const rows = Array.from({ length: 150 }, (_, index) => [`K${index + 1}`, 'Løsningen skal virke.', 'A']);
    expect(refusal(wordDocument(table([['Nr', 'Krav', 'Krav type'], ...rows])), { maxTableRows: 100 }).code).toBe('table-too-large');
    expect(refusal(wordDocument(paragraph('x')), { maxFileBytes: 100 }).code).toBe('too-large');
  });

  it('refuses a damaged zip without throwing anything but its own error', () => {
    const good = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(1000)) });
    const damaged = good.slice(0, Math.floor(good.byteLength / 2));
    const error = refusal(damaged);
    expect(['damaged', 'not-word']).toContain(error.code);
  });
});

describe('Word import: tables that only look like requirement tables', () => {
  it('reads a data table whose "Type" column holds data types as prose, not as requirements', () => {
    const { specification, report } = importBody(
      [
        heading(1, 'APIs'),
        table([
          ['Property', 'Type', 'Description'],
          ['ID', 'int', 'Identifier of the photo'],
          ['URL', 'string', 'URL to the document'],
        ]),
      ].join(''),
      'en',
    );
    expect(specification.requirements).toEqual([]);
    expect(report.notices.map((notice) => notice.place)).toEqual(['table 1']);
    expect(specification.sections[0]?.intro?.['en']).toContain('URL – string – URL to the document');
  });
});

describe('Word import: size', () => {
  it('imports a specification of 1,000 requirements in 50 tables, every one with its number', () => {
    const body = Array.from({ length: 50 }, (_, chapter) =>
      heading(1, `Kapittel ${chapter + 1}`) +
      paragraph('Kravene i dette kapitlet gjelder hele løsningen.') +
      table([nbHeader.slice(0, 4), ...Array.from({ length: 20 }, (_, row) => [`K${chapter * 20 + row + 1}`, `Løsningen skal oppfylle krav ${chapter * 20 + row + 1}, se K1.`, row % 3 === 0 ? 'AV' : 'A', 'Beskriv.'])]),
    ).join('');
    const { specification, report } = importBody(body);
    expect(specification.requirements).toHaveLength(1_000);
    expect(specification.requirements.at(-1)?.fixedNumber).toBe('K1000');
    expect(report.crossReferences).toBe(999);
  });
});
