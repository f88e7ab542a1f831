import { describe, expect, it } from 'vitest';
import type { Specification } from '../../../shared/specification/model';
import { childElements, elements, fieldInstructions, styleOf, textOf } from '../../support/word-package';
import { bodyRows, bodyText, coverText, emptyParagraphsOutsideCells, expectedNumbers, expectedText, norwegian, requirementRows, responseFormPackage, rich, specificationPackage, styledParagraphs } from './fixtures';

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
    expect(elements(details, 'w:alias').map((alias) => alias.attributes['w:val'])).toEqual([
      'Anbudsgivarens namn',
      'Organisationsnummer',
      'Kontaktperson',
      'E-post',
      'Telefon',
      // Variants are allowed in this procurement, so the tenderer says whether this tender is one.
      'Nej, detta är huvudanbudet',
      'Ja, detta är ett alternativt anbud',
    ]);
    expect(text).toContain('Organisationsnummer');
    expect(text).toContain('Kraven har samma nummer som i kravspecifikationen.');
    const headings = styledParagraphs(word)
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text);
    expect(headings).toEqual(['Anvisningar', 'Uppgifter om anbudsgivaren', '4 Allmänt om tjänsten', '5 Funktionella krav', '6 Icke-funktionella krav', '7 Integration och standarder', '8 Kvalificeringskrav', '9 Särskilda kontraktsvillkor']);
  });

  it('asks whether the tender is a variant only where variants are allowed', async () => {
    const ruledOut = rich();
    ruledOut.procurement.variants = { allowed: false, conditions: '' };
    const text = bodyText(await responseFormPackage(ruledOut));
    expect(text).not.toContain('Alternativt anbud');
    expect(bodyText(await responseFormPackage(rich(), { language: 'en' }))).toContain('Variant\n☐ No, this is the main tender\n☐ Yes, this tender is a variant');
  });

  it('Norway: shaped as Bilag 2, the supplier’s solution description, named after the agreement', async () => {
    for (const [ssa, name] of [
      ['SSA-L', 'Bilag 2 – Leverandørens beskrivelse av tjenesten'],
      ['SSA-D', 'Bilag 2 – Leverandørens løsningsspesifikasjon'],
      ['SSA-T', 'Bilag 2 – Leverandørens løsningsspesifikasjon'],
      ['SSA-O', 'Bilag 2 – Konsulentens spesifikasjon av oppdraget'],
      // SSA-B has no appendix for the supplier's solution: the form keeps the generic name.
      ['SSA-B', 'Bilag 2 – Leverandørens løsningsbeskrivelse'],
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

  it('can follow the specification in the same file: a new page headed with its name, its headings a level down', async () => {
    const spec = rich();
    const word = await specificationPackage(spec, { appendResponseForm: true });
    const paragraphs = styledParagraphs(word);
    const start = paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === 'Svarsformulär');
    expect(start).toBeGreaterThan(0);
    const formStart = elements(word.body, 'w:p').filter((p) => textOf(p) === 'Svarsformulär' && styleOf(p) === 'Heading1')[0];
    expect(formStart === undefined ? [] : elements(formStart, 'w:pageBreakBefore')).toHaveLength(1);
    // Everything before is the specification (its last chapter is the annexes); the form's headings are one level down.
    const before = paragraphs.slice(0, start).filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(before.at(-1)).toMatch(/^Bilaga /);
    const after = paragraphs.slice(start + 1).filter((p) => p.style?.startsWith('Heading') === true);
    expect(after.some((p) => p.style === 'Heading1')).toBe(false);
    expect(after.slice(0, 2)).toEqual([
      { style: 'Heading2', text: 'Anvisningar' },
      { style: 'Heading2', text: 'Uppgifter om anbudsgivaren' },
    ]);
    expect(after).toContainEqual({ style: 'Heading2', text: '5 Funktionella krav' });
    expect(after).toContainEqual({ style: 'Heading3', text: '5.1 Ärendehantering' });
    // Every requirement is in the specification's tables and again, with the same number, in the form's.
    const rows = requirementRows(word, ids(spec));
    const numbers = expectedNumbers(spec);
    expect(rows.map(({ id, number }) => ({ id, number }))).toEqual([...numbers, ...numbers]);
    expect(rows.slice(numbers.length).every((row) => row.cells[4] === 'Sida, avsnitt eller bilaga i anbudet: Skriv här')).toBe(true);
    // The contents list the form too.
    const toc = elements(word.body, 'w:sdt')[0];
    expect(toc === undefined ? '' : textOf(toc)).toContain('Svarsformulär');
  });
});
