import { describe, expect, it } from 'vitest';
import type { Specification } from '../../../shared/specification/model';
import { childElements, elements, fieldInstructions, textOf } from '../../support/word-package';
import { bodyRows, bodyText, coverText, emptyParagraphsOutsideCells, expectedNumbers, expectedText, norwegian, requirementRows, responseFormPackage, rich, styledParagraphs } from './fixtures';

const ids = (spec: Specification): Set<string> => new Set(spec.requirements.map((requirement) => requirement.id));

describe('the response form', () => {
  it('has a row per requirement, with the same number as in the specification, its text and the fields to fill in', async () => {
    const spec = rich();
    const word = await responseFormPackage(spec);
    const rows = requirementRows(word, ids(spec));
    expect(rows.map(({ id, number }) => ({ id, number }))).toEqual(expectedNumbers(spec));
    for (const row of rows) {
      const requirement = spec.requirements.find((r) => r.id === row.id);
      if (requirement === undefined) throw new Error(row.id);
      expect(row.cells[1]?.startsWith(expectedText(requirement, 'sv', 'sv'))).toBe(true);
      expect(row.cells).toHaveLength(5);
      // The reference cell says what goes there rather than standing blank.
      expect(row.cells[4]).toBe('Sida, avsnitt eller bilaga i anbudet: Skriv här');
    }
    const answers = new Map(rows.map((row) => [row.id, row.cells[3]]));
    expect(answers.get('K-ARE-02')).toBe('☐ Ja\n☐ Nej');
    expect(answers.get('K-OMF-01')).toBe('☐ Ja, kravet uppfylls');
    expect(answers.get('K-DRI-01')).toBe('Värde (%, 0–100): Skriv här');
  });

  it('asks for the supplier’s details and explains how to answer', async () => {
    const word = await responseFormPackage(rich());
    const text = bodyText(word);
    expect(coverText(word)).toContain('Ärendehantering och e-arkiv som tjänst\nSvarsformulär\nAnbudsgivarens svar på kraven i dokumentet Kravspecifikation');
    expect(text).toContain('Anbudsgivarens namn\nSkriv här');
    // Each detail is a field titled with what it asks for.
    const details = elements(word.body, 'w:tbl')[0] ?? word.body;
    expect(elements(details, 'w:alias').map((alias) => alias.attributes['w:val'])).toEqual(['Anbudsgivarens namn', 'Organisationsnummer', 'Kontaktperson', 'E-post', 'Telefon']);
    expect(text).toContain('Organisationsnummer');
    expect(text).toContain('Kraven har samma nummer som i kravspecifikationen.');
    const headings = styledParagraphs(word)
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text);
    expect(headings).toEqual(['Anvisningar', 'Uppgifter om anbudsgivaren', '4 Allmänt om tjänsten', '5 Funktionella krav', '6 Icke-funktionella krav', '7 Integration och standarder', '8 Kvalificeringskrav', '9 Särskilda kontraktsvillkor']);
  });

  it('Norway: shaped as Bilag 2, the supplier’s solution description, named after the agreement', async () => {
    for (const [ssa, name] of [
      ['SSA-L', 'Bilag 2 – Leverandørens beskrivelse av tjenesten'],
      ['SSA-D', 'Bilag 2 – Leverandørens løsningsspesifikasjon'],
      ['SSA-T', 'Bilag 2 – Leverandørens løsningsspesifikasjon'],
      [null, 'Bilag 2 – Leverandørens løsningsbeskrivelse'],
    ] as const) {
      const spec = norwegian();
      const word = await responseFormPackage(spec, { language: 'nb', ssa });
      expect(coverText(word)).toContain(`${name}\nLeverandørens svar på kravene i dokumentet Bilag 1 – Kundens kravspesifikasjon`);
      expect(elements(word.core, 'dc:subject')[0]?.children.join('')).toBe(`${name} – Fjordvik kommune`);
      const text = bodyText(word);
      expect(text).toContain('Overordnet beskrivelse av løsningen');
      expect(text).toContain('Leverandørens besvarelse');
      expect(requirementRows(word, ids(spec)).map(({ id, number }) => ({ id, number }))).toEqual(expectedNumbers(spec));
    }
  });

  it('is as accessible as the specification: header rows, language, page numbers, no spacing paragraphs', async () => {
    const word = await responseFormPackage(rich(), { language: 'en' });
    for (const table of elements(word.body, 'w:tbl')) {
      const [first] = childElements(table, 'w:tr');
      expect(first === undefined ? [] : elements(first, 'w:tblHeader')).toHaveLength(1);
      expect(bodyRows(table).length).toBeGreaterThan(0);
    }
    expect(emptyParagraphsOutsideCells(word.body)).toBe(0);
    expect(elements(word.styles, 'w:lang')[0]?.attributes['w:val']).toBe('en-GB');
    expect(fieldInstructions(word.footers[0] ?? word.document)).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(word.footers[0] ?? word.document)).toMatch(/^Page\s+of\s*$/);
    expect(elements(word.settings, 'w:updateFields')).toHaveLength(1);
  });
});
