import { describe, expect, it } from 'vitest';
import type { Requirement, Specification } from '../../../shared/specification/model';
import { childElements, elements, fieldInstructions, parseXml, textOf, type XmlElement } from '../../support/word-package';
import {
  bodyRows,
  bodyText,
  coverText,
  emptyParagraphsOutsideCells,
  expectedNumbers,
  expectedText,
  norwegian,
  requirementRows,
  rich,
  shippedLibrary,
  specificationPackage,
  styledParagraphs,
} from './fixtures';

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

function ids(spec: Specification): Set<string> {
  return new Set(spec.requirements.map((requirement) => requirement.id));
}

describe('the specification document', () => {
  it('has every requirement once, in document order, with its number, id and text with parameters filled in', async () => {
    for (const [spec, language] of [
      [rich(), 'sv'],
      [rich(), 'en'],
      [norwegian(), 'nb'],
    ] as const) {
      const word = await specificationPackage(spec, { language });
      const rows = requirementRows(word, ids(spec));
      expect(rows.map(({ number, id }) => ({ id, number }))).toEqual(expectedNumbers(spec));
      const text = bodyText(word);
      const byId = new Map(spec.requirements.map((requirement) => [requirement.id, requirement]));
      for (const row of rows) {
        const requirement = byId.get(row.id) as Requirement;
        const expected = expectedText(requirement, language, spec.primaryLanguage);
        expect(expected).not.toMatch(/\{[a-z]\w*\}/);
        expect(row.cells[1]?.startsWith(expected), `${row.id}: ${row.cells[1]}`).toBe(true);
        expect(occurrences(text, expected), row.id).toBe(1);
        expect(occurrences(text, `${row.number}\n${row.id}\n`), row.id).toBe(1);
      }
    }
  });

  it('falls back to the primary language for a requirement not written in the export language', async () => {
    const spec = rich();
    const requirement = spec.requirements.find((r) => r.id === 'K-SAK-02') as Requirement;
    delete requirement.text.en;
    const word = await specificationPackage(spec, { language: 'en' });
    const row = requirementRows(word, new Set(['K-SAK-02', 'K-SAK-01']));
    expect(row[1]?.cells[1]).toBe('Personuppgifter ska lagras och behandlas inom EU/EES.');
    expect(row[0]?.cells[1]).toContain('All communication between users and the service');
  });

  it('words obligations, answers and verification in the document language', async () => {
    const cases = [
      { spec: rich(), language: 'sv', mandatory: 'Ska', evaluated: 'Bör', yes: '☐ Ja', no: '☐ Nej', header: 'Ska/Bör', verification: 'Demonstration' },
      { spec: rich(), language: 'en', mandatory: 'Shall', evaluated: 'Should', yes: '☐ Yes', no: '☐ No', header: 'Shall/Should', verification: 'Demonstration' },
      { spec: norwegian(), language: 'nb', mandatory: 'Skal', evaluated: 'Bør', yes: '☐ Ja', no: '☐ Nei', header: 'Skal/Bør', verification: 'Demonstrasjon' },
    ] as const;
    for (const c of cases) {
      const word = await specificationPackage(c.spec, { language: c.language });
      const rows = requirementRows(word, ids(c.spec));
      const mandatory = rows.find((row) => c.spec.requirements.find((r) => r.id === row.id)?.obligation === 'mandatory');
      const yesNo = rows.find((row) => c.spec.requirements.find((r) => r.id === row.id)?.answerType.kind === 'yes-no');
      expect(mandatory?.cells[2]).toBe(c.mandatory);
      expect(yesNo?.cells[2]).toMatch(new RegExp(`^${c.evaluated}\\n10 `));
      expect(yesNo?.cells[4]).toBe(`${c.yes}\n${c.no}`);
      expect(bodyText(word)).toContain(c.verification);
      const firstTableHeader = textOf(childElements(word.body, 'w:tbl').find((table) => textOf(table).includes(c.header)) ?? word.body);
      expect(firstTableHeader).toContain(c.header);
    }
  });

  it('gives each answer type a suitable empty answer cell', async () => {
    const spec = rich();
    const rows = new Map(requirementRows(await specificationPackage(spec), ids(spec)).map((row) => [row.id, row.cells[4]]));
    expect(rows.get('K-OMF-01')).toBe('☐ Ja, kravet uppfylls');
    expect(rows.get('K-DRI-01')).toBe('Värde (%, 0–100): Skriv här');
    expect(rows.get('K-DRI-02')).toBe('Värde (timmar, minst 0): Skriv här');
    expect(rows.get('K-INT-02')).toMatch(/^Beskrivning \(högst 3\s000 tecken\): Skriv här$/);
    expect(rows.get('K-ARE-03')).toBe('Kryssa i ett eller flera alternativ:\n☐ Kommunens e-tjänsteplattform\n☐ Funktionsbrevlåda för e-post\n☐ Skannad post\n☐ Öppet API för andra system');
    expect(rows.get('K-AVT-01')).toBe('Från: Skriv här\nTill: Skriv här');
    expect(rows.get('K-TIL-01')).toBe('Bifoga: Granskningsrapport mot EN 301 549\nDen bifogade handlingens namn: Skriv här');
  });

  it('makes the answer cells a form: tick boxes that tick when clicked, and titled text fields', async () => {
    const spec = rich();
    const word = await specificationPackage(spec);
    const answerCell = (id: string): XmlElement => {
      const row = elements(word.body, 'w:tr').find((candidate) => textOf(candidate).includes(`\n${id}\n`));
      const cell = row === undefined ? undefined : childElements(row, 'w:tc')[4];
      if (cell === undefined) throw new Error(`no answer cell for ${id}`);
      return cell;
    };
    const controls = (cell: XmlElement) =>
      elements(cell, 'w:sdt').map((control) => {
        const properties = childElements(control, 'w:sdtPr')[0] ?? control;
        const kind = elements(properties, 'w14:checkbox').length > 0 ? 'tick box' : elements(properties, 'w:text').length > 0 ? 'text' : 'other';
        return { kind, title: elements(properties, 'w:alias')[0]?.attributes['w:val'], shows: textOf(childElements(control, 'w:sdtContent')[0] ?? control) };
      });
    expect(controls(answerCell('K-ARE-02'))).toEqual([
      { kind: 'tick box', title: 'Ja', shows: '☐' },
      { kind: 'tick box', title: 'Nej', shows: '☐' },
    ]);
    expect(controls(answerCell('K-DRI-01'))).toEqual([{ kind: 'text', title: 'Värde (%, 0–100)', shows: 'Skriv här' }]);
    expect(controls(answerCell('K-AVT-01'))).toEqual([
      { kind: 'text', title: 'Från', shows: 'Skriv här' },
      { kind: 'text', title: 'Till', shows: 'Skriv här' },
    ]);
    // The placeholder is marked as such, in a style dark enough to read.
    const placeholder = elements(answerCell('K-DRI-01'), 'w:rStyle')[0]?.attributes['w:val'];
    expect(placeholder).toBe('PlaceholderText');
    const style = elements(word.styles, 'w:style').find((candidate) => candidate.attributes['w:styleId'] === placeholder);
    expect(style === undefined ? undefined : elements(style, 'w:color')[0]?.attributes['w:val']).toBe('595959');
  });

  it('uses the built-in Heading 1–3 styles and a Title, with numbered headings', async () => {
    const spec = rich();
    // A third level: move K-ARE-03 into a subsection of "Ärendehantering".
    spec.sections.push({ id: 'sec-kanaler', parentId: 'sec-arende', order: 0, title: { sv: 'Kanaler', en: 'Channels' } });
    (spec.requirements.find((r) => r.id === 'K-ARE-03') as Requirement).sectionId = 'sec-kanaler';
    const paragraphs = styledParagraphs(await specificationPackage(spec));
    const headings = (style: string): string[] => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(headings('Title')).toEqual(['Ärendehantering och e-arkiv som tjänst']);
    expect(headings('Heading1')).toEqual([
      '1 Inledning',
      '2 Nuläge, behov och mål',
      '3 Marknadsdialog',
      '4 Allmänt om tjänsten',
      '5 Funktionella krav',
      '6 Icke-funktionella krav',
      '7 Integration och standarder',
      '8 Kvalificeringskrav',
      '9 Särskilda kontraktsvillkor',
      '10 Utvärdering',
      'Bilaga A Standarder som kraven hänvisar till',
      'Bilaga B Ordlista',
    ]);
    expect(headings('Heading2')).toContain('5.1 Ärendehantering');
    expect(headings('Heading3')).toEqual(['5.1.3 Kanaler']);
  });

  it('leaves out sections without requirements and prints section introductions', async () => {
    const spec = rich();
    spec.sections.push({ id: 'sec-tom', parentId: null, order: 9, title: { sv: 'Tomt avsnitt' } }, { id: 'sec-tom-under', parentId: 'sec-tom', order: 0, title: { sv: 'Också tomt' } });
    const text = bodyText(await specificationPackage(spec));
    expect(text).not.toContain('Tomt avsnitt');
    expect(text).not.toContain('Också tomt');
    expect(text).toContain('Avsnittet beskriver tjänstens omfattning och de volymer anbudet ska utgå från.');
  });

  it('has a table of contents field over Heading 1–3 and asks Word to update fields on opening', async () => {
    const word = await specificationPackage(rich());
    const instructions = fieldInstructions(word.document);
    expect(instructions.some((instruction) => /^TOC\b.*\\o "1-3"/.test(instruction))).toBe(true);
    expect(elements(word.settings, 'w:updateFields')).toHaveLength(1);
    expect(elements(word.settings, 'w:updateFields')[0]?.attributes['w:val'] ?? 'true').not.toBe('false');
    // The table of contents is already filled with the headings, for programs that do not update fields.
    const toc = elements(word.body, 'w:sdt')[0];
    expect(toc === undefined ? '' : textOf(toc)).toContain('5.1 Ärendehantering');
  });

  it('marks the first row of every table as a header row, and only that row', async () => {
    const word = await specificationPackage(rich(), { language: 'sv', guidanceAnnex: true }, { library: await shippedLibrary(), standards: (await shippedLibrary()).standards });
    const tables = elements(word.body, 'w:tbl');
    expect(tables.length).toBeGreaterThan(15);
    for (const table of tables) {
      const rows = childElements(table, 'w:tr');
      const [first] = rows;
      expect(first === undefined ? [] : elements(first, 'w:tblHeader'), textOf(table).slice(0, 60)).toHaveLength(1);
      expect(bodyRows(table)).toHaveLength(rows.length - 1);
    }
  });

  it('sets title, subject, creator and keywords in the document properties', async () => {
    const spec = rich();
    const word = await specificationPackage(spec);
    const property = (name: string): string => elements(word.core, name)[0]?.children.join('') ?? '';
    expect(property('dc:title')).toBe('Ärendehantering och e-arkiv som tjänst');
    expect(property('dc:subject')).toBe('Kravspecifikation – Storvikens kommun, kommunstyrelsen');
    expect(property('dc:creator')).toBe('Storvikens kommun, kommunstyrelsen');
    expect(property('cp:keywords')).toContain('kravspecifikation');
    expect(property('cp:keywords')).toContain('KS 2025/0412');
  });

  it('sets the document language on the styles', async () => {
    for (const [spec, language, tag] of [
      [rich(), 'sv', 'sv-SE'],
      [norwegian(), 'nb', 'nb-NO'],
      [rich(), 'en', 'en-GB'],
    ] as const) {
      const word = await specificationPackage(spec, { language });
      const defaults = elements(word.styles, 'w:rPrDefault')[0];
      expect(defaults === undefined ? undefined : elements(defaults, 'w:lang')[0]?.attributes['w:val']).toBe(tag);
    }
  });

  it('puts title and reference in the header, and "Sida X av Y" with page fields in the footer', async () => {
    for (const [spec, language, words] of [
      [rich(), 'sv', /^Sida\s+av\s*$/],
      [norwegian(), 'nb', /^Side\s+av\s*$/],
      [rich(), 'en', /^Page\s+of\s*$/],
    ] as const) {
      const word = await specificationPackage(spec, { language });
      expect(word.footers).toHaveLength(1);
      const footer = word.footers[0] ?? word.document;
      expect(fieldInstructions(footer)).toEqual(['PAGE', 'NUMPAGES']);
      expect(textOf(footer)).toMatch(words);
      expect(textOf(word.headers[0] ?? word.document)).toBe(`${spec.title} – ${language === 'sv' ? 'Diarienummer' : language === 'nb' ? 'Saksnummer' : 'Reference number'} ${spec.procurement.referenceNumber}`);
    }
  });

  it('never uses empty paragraphs for spacing outside table cells', async () => {
    for (const spec of [rich(), norwegian()]) {
      const word = await specificationPackage(spec, { language: spec.primaryLanguage, guidanceAnnex: true, ssa: 'SSA-D' });
      expect(emptyParagraphsOutsideCells(word.body)).toBe(0);
      for (const part of [...word.headers, ...word.footers]) expect(emptyParagraphsOutsideCells(part)).toBe(0);
    }
  });

  it('widens a narrow column to fit its longest word, keeping the table as wide as the text', async () => {
    const word = await specificationPackage(rich(), { language: 'sv' });
    const needs = elements(word.body, 'w:tbl').find((table) => textOf(childElements(table, 'w:tr')[0] as XmlElement).startsWith('Behov\nVem'));
    expect(needs).toBeDefined();
    const grid = elements(needs as XmlElement, 'w:gridCol').map((column) => Number(column.attributes['w:w']));
    expect(grid.reduce((sum, width) => sum + width, 0)).toBe(9026);
    // By its share alone the "Vem" column would be 2/14 of the width; "Handläggare" needs more.
    expect(grid[1]).toBeGreaterThan(Math.floor((2 / 14) * 9026));
    expect(grid[0]).toBeLessThan(Math.floor((5 / 14) * 9026));
  });

  it('keeps each sentence that introduces a table or a quoted text on the same page as what it introduces', async () => {
    const spec = rich();
    const word = await specificationPackage(spec, { language: 'sv' });
    const paragraphs = childElements(word.body, 'w:p');
    const keepsNext = (paragraph: XmlElement): boolean => childElements(paragraph, 'w:pPr').some((properties) => childElements(properties, 'w:keepNext').length > 0);
    const leadIns = [
      'Ett alternativt anbud ska uppfylla följande minimikrav och lämnas på det sätt som beskrivs.',
      'Den upphandlande myndigheten kan utnyttja följande optioner.',
    ];
    for (const sentence of leadIns) {
      const found = paragraphs.filter((paragraph) => textOf(paragraph) === sentence);
      expect(found, sentence).toHaveLength(1);
      expect(keepsNext(found[0] as XmlElement), sentence).toBe(true);
    }
    const conditions = paragraphs.find((paragraph) => textOf(paragraph) === spec.procurement.variants.conditions);
    expect(conditions === undefined ? undefined : keepsNext(conditions)).toBe(false);
  });

  describe('cover', () => {
    it('Sweden: a kravspecifikation, annex to the procurement documents, with buyer, reference, version and date', async () => {
      const cover = coverText(await specificationPackage(rich(), { version: '2.1' }));
      expect(cover).toContain('Ärendehantering och e-arkiv som tjänst\nKravspecifikation\nBilaga till upphandlingsdokumentet');
      expect(cover).toContain('Upphandlande myndighet: Storvikens kommun, kommunstyrelsen');
      expect(cover).toContain('Diarienummer: KS 2025/0412');
      expect(cover).toContain('Version: 2.1');
      expect(cover).toContain('Datum: 27 november 2026');
      expect(cover).not.toContain('Bilag 1');
    });

    it('EU in English: a requirements specification', async () => {
      const spec = { ...rich(), jurisdiction: 'eu' as const, procurement: { ...rich().procurement, procedure: 'open' as const, currency: 'EUR' as const } };
      const cover = coverText(await specificationPackage(spec, { language: 'en', ssa: 'SSA-L' }));
      expect(cover).toContain('Requirements specification\nPart of the procurement documents');
      expect(cover).toContain('Contracting authority: Storvikens kommun');
      expect(cover).toContain('Reference: KS 2025/0412');
      expect(cover).not.toContain('SSA');
    });

    it('Norway: Bilag 1 – Kundens kravspesifikasjon, with the chosen agreement’s appendices and who fills them in', async () => {
      const expected = {
        'SSA-L': [1, 2, 3, 4, 5, 6, 7, 8, 9],
        'SSA-D': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        'SSA-V': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        'SSA-T': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        'SSA-S': [1, 2],
      } as const;
      for (const [ssa, numbers] of Object.entries(expected) as [keyof typeof expected, readonly number[]][]) {
        const word = await specificationPackage(norwegian(), { language: 'nb', ssa });
        const cover = coverText(word);
        expect(cover).toContain(`Bilag 1 – Kundens kravspesifikasjon\nBilag 1 til ${ssa}, statens standardavtale for`);
        expect(cover).toContain('Saksnummer: 26/00187');
        const table = childElements(word.body, 'w:tbl')[0];
        const rows = table === undefined ? [] : bodyRows(table).map((row) => childElements(row, 'w:tc').map((cell) => textOf(cell)));
        expect(rows.map((row) => row[0])).toEqual(numbers.map((n) => `Bilag ${n}`));
        expect(rows[0]).toEqual(['Bilag 1', 'Kundens kravspesifikasjon', 'Kunden (dette dokumentet)']);
        expect(rows[1]?.[2]).toBe('Leverandøren, i tilbudet');
        expect(cover).toContain(`Bilagsnumrene følger ${ssa}`);
      }
      const l = coverText(await specificationPackage(norwegian(), { language: 'nb', ssa: 'SSA-L' }));
      expect(l).toContain('Leverandørens beskrivelse av tjenesten');
      const d = coverText(await specificationPackage(norwegian(), { language: 'nb', ssa: 'SSA-D' }));
      expect(d).toContain('Beskrivelse av det som skal driftes');
      expect(d).toContain('Listen følger versjon 2015. Kontroller den mot gjeldende versjon hos DFØ.');
      const v = coverText(await specificationPackage(norwegian(), { language: 'nb', ssa: 'SSA-V' }));
      expect(v).toContain('statens standardavtale for vedlikehold og service av utstyr og programvare (vedlikeholdsavtalen)');
      expect(v).toContain('Tjenestenivå med standardiserte prisavslag');
      expect(v).not.toContain('Beskrivelse av det som skal driftes');
      const s = coverText(await specificationPackage(norwegian(), { language: 'nb', ssa: 'SSA-S' }));
      expect(s).toContain('(smidigavtalen)');
      expect(s).toContain('Versjonen listen følger, er ikke fastslått. Den er ikke bekreftet i sin helhet');
    });

    it('Norway, SSA-B: only the confirmed appendix 1 is listed, marked unconfirmed', async () => {
      const word = await specificationPackage(norwegian(), { language: 'nb', ssa: 'SSA-B' });
      const table = childElements(word.body, 'w:tbl')[0];
      const rows = table === undefined ? [] : bodyRows(table).map((row) => childElements(row, 'w:tc').map((cell) => textOf(cell)));
      expect(rows).toEqual([['Bilag 1', 'Beskrivelse av bistanden', 'Kunden (dette dokumentet)']]);
      expect(coverText(word)).toContain('Den er ikke bekreftet i sin helhet: kontroller den mot gjeldende versjon hos DFØ.');
    });

    it('Norway without an agreement: Bilag 1 without an appendix list', async () => {
      const word = await specificationPackage(norwegian(), { language: 'nb', ssa: null });
      const cover = coverText(word);
      expect(cover).toContain('Bilag 1 – Kundens kravspesifikasjon\nBilag til konkurransegrunnlaget');
      expect(cover).not.toContain('SSA');
    });
  });

  describe('chapters', () => {
    it('has the introduction, needs, market dialogue and evaluation with a worked example', async () => {
      const text = bodyText(await specificationPackage(rich()));
      expect(text).toContain('Storvikens kommun har cirka 46 000 invånare');
      expect(text).toContain('Förfarande: Öppet förfarande');
      expect(text).toMatch(/Avtalsstart: 1 september 2026/);
      expect(text).toContain('Se alla handlingar och all historik i ett ärende på ett ställe.');
      expect(text).toContain('Kravet på arkivpaket fick ett införandeskede');
      expect(text).toContain('prispoäng = lägsta pris ÷ anbudets pris × 60');
      expect(text).toContain('Prispoäng för anbud B: 1\u00a0000\u00a0000 ÷ 1\u00a0150\u00a0000 × 60 = 52,17.');
      expect(text).toContain('Anbud A uppfyller bör-kraven 5.1.3, 7.2. Anbud B uppfyller alla 4 bör-krav.');
      expect(text).toContain('92,17');
      expect(text).toContain('Anbud B har högst totalpoäng och vinner i exemplet.');
    });

    it('works the example with the interpolated formula when the buyer chose it', async () => {
      const spec = rich();
      spec.evaluation = { ...spec.evaluation, priceFormula: 'interpolated' };
      const text = bodyText(await specificationPackage(spec));
      expect(text).toContain('prispoäng = 60 − (anbudets pris − lägsta pris) ÷ (högsta pris − lägsta pris) × 60');
      expect(text).toContain('Prispoäng för anbud B: 60 − (1\u00a0150\u00a0000 − 1\u00a0000\u00a0000) ÷ (1\u00a0150\u00a0000 − 1\u00a0000\u00a0000) × 60 = 0,00.');
    });

    it('says whether variants are allowed, with their minimum requirements, and nothing while it is undecided', async () => {
      const allowed = bodyText(await specificationPackage(rich()));
      expect(allowed).toContain('Alternativa anbud: Tillåtna');
      expect(allowed).toContain('Ett alternativt anbud ska uppfylla följande minimikrav och lämnas på det sätt som beskrivs.');
      expect(allowed).toContain(rich().procurement.variants.conditions);

      const ruledOut = rich();
      ruledOut.procurement.variants = { allowed: false, conditions: 'Skrivet innan alternativ uteslöts.' };
      const english = bodyText(await specificationPackage(ruledOut, { language: 'en' }));
      expect(english).toContain('Variants: Not allowed');
      expect(english).not.toContain('Skrivet innan alternativ uteslöts.');

      const undecided = rich();
      undecided.procurement.variants = { allowed: null, conditions: '' };
      expect(bodyText(await specificationPackage(undecided))).not.toContain('Alternativa anbud:');
      expect(bodyText(await specificationPackage(norwegian(), { language: 'nb' }))).toContain('Alternative tilbud: Ikke tillatt');
    });

    it('explains value deduction with comparison prices', async () => {
      const spec = rich();
      spec.evaluation = { basis: 'price-quality', method: 'value-deduction', priceFormula: null, criteria: [] };
      for (const requirement of spec.requirements) if (requirement.obligation === 'evaluated') requirement.evaluation = { deduction: 100_000 };
      const text = bodyText(await specificationPackage(spec));
      expect(text).toContain('Anbuden utvärderas med mervärdesavdrag.');
      expect(text).toContain('Jämförelsepris för anbud B: 1\u00a0150\u00a0000 − 400\u00a0000 = 750\u00a0000\u00a0kr.');
      expect(text).toContain('Anbud B har lägst jämförelsepris och vinner i exemplet.');
    });

    it('lists referenced standards with version, publisher and link when the catalogue knows them', async () => {
      const library = await shippedLibrary();
      const word = await specificationPackage(rich(), {}, { standards: library.standards });
      const text = bodyText(word);
      expect(text).toContain('Bilaga A Standarder som kraven hänvisar till');
      expect(text).toContain('”eller likvärdigt”');
      const iso = library.standards.find((entry) => entry.id === 'iso-iec-27001');
      expect(iso).toBeDefined();
      expect(text).toContain(iso?.publisher);
      const links = elements(word.body, 'w:hyperlink').filter((link) => link.attributes['r:id'] !== undefined);
      expect(links.length).toBeGreaterThan(5);
      const relationships = word.parts.get('word/_rels/document.xml.rels') ?? '';
      expect(relationships).toContain(iso?.url);
      // Each standard's name links to the address printed in its row.
      const targets = new Map(childElements(parseXml(relationships), 'Relationship').map((relationship) => [relationship.attributes['Id'], relationship.attributes['Target']]));
      const standardRows = elements(word.body, 'w:tr').filter((row) => elements(row, 'w:hyperlink').length > 0);
      expect(standardRows).toHaveLength(links.length);
      for (const row of standardRows) {
        const cells = childElements(row, 'w:tc').map((cell) => textOf(cell));
        const [link] = elements(row, 'w:hyperlink');
        expect(textOf(link ?? row)).toBe(cells[0]);
        expect(targets.get(link?.attributes['r:id'] ?? '')).toBe(cells[3]);
      }
      expect(text).toContain(iso?.url);
    });

    it('adds the guidance annex only when asked, with the why of library requirements', async () => {
      const library = await shippedLibrary();
      const pack = library.packs.find((p) => p.requirements.some((r) => r.guidance !== undefined));
      const template = pack?.requirements.find((r) => r.guidance !== undefined);
      if (pack === undefined || template?.guidance === undefined) throw new Error('the shipped library has no guidance');
      const spec = rich();
      const target = spec.requirements.find((r) => r.id === 'K-ARE-01') as Requirement;
      target.provenance = { packId: pack.id, requirementId: template.id, packVersion: pack.version };
      const why = template.guidance.why.sv ?? '';
      const without = bodyText(await specificationPackage(spec, { guidanceAnnex: false }, { library }));
      expect(without).not.toContain('Vägledning: varför kraven ställs');
      const withAnnex = bodyText(await specificationPackage(spec, { guidanceAnnex: true }, { library }));
      expect(withAnnex).toContain('Vägledning: varför kraven ställs');
      expect(withAnnex).toContain(`5.1.1\nK-ARE-01\n${why.trim()}`);
    });
  });
});
