import { describe, expect, it } from 'vitest';
import { documentOutline } from '../../../shared/builder/outline';
import { createSpecification } from '../../../shared/specification/create';
import type { DocumentLanguage, Specification } from '../../../shared/specification/model';
import { type CatalogueData, tenderDocumentPlan } from '../../../shared/tender-document/plan';
import type { PlanSection, RequirementRow, TenderDocumentPlan } from '../../../shared/tender-document/plan-types';
import { shippedLibrary, specificationPackage, styledParagraphs } from '../docx/fixtures';
import { loadFixture } from '../specification/fixtures';

const rich = (): Specification => loadFixture('rich.kravspec');
const norwegian = (): Specification => loadFixture('norwegian.kravspec');
const date = new Date('2026-11-27T10:00:00Z');

function planOf(spec: Specification, language: DocumentLanguage = spec.primaryLanguage, guidanceAnnex = false, catalogue: CatalogueData = { standards: [] }): TenderDocumentPlan {
  return tenderDocumentPlan(spec, { language, guidanceAnnex, ssa: null, version: '1.0', date }, catalogue);
}

/** Every heading of the sections, depth first: level, then "number title". */
function headings(sections: readonly PlanSection[]): { level: number; text: string }[] {
  return sections.flatMap((section) => [{ level: section.level, text: `${section.number} ${section.title}`.trim() }, ...headings(section.children)]);
}

function rows(sections: readonly PlanSection[]): RequirementRow[] {
  return sections.flatMap((section) => [...section.blocks.flatMap((block) => (block.kind === 'requirements' ? block.rows : [])), ...rows(section.children)]);
}

function blankSpecification(): Specification {
  return createSpecification({ id: '7d0f3c52-3f55-4f4e-9d0a-6c1d2b8f9e10', title: '', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv', now: date });
}

describe('the tender-document plan', () => {
  it('is what the DOCX prints: the exported headings are the plan’s, in order and at their levels', async () => {
    for (const [spec, language] of [
      [rich(), 'sv'],
      [norwegian(), 'nb'],
    ] as const) {
      const word = await specificationPackage(spec, { language });
      const printed = styledParagraphs(word)
        .filter((paragraph) => /^Heading[1-9]$/.test(paragraph.style ?? ''))
        .map((paragraph) => ({ level: Number(paragraph.style?.slice(-1)), text: paragraph.text }));
      expect(printed).toEqual(headings(planOf(spec, language).sections));
    }
  });

  it('gives the Review outline the same chapters, numbers and titles', () => {
    const spec = rich();
    const plan = planOf(spec, 'en');
    const outline = documentOutline(spec, 'en');
    expect(outline.entries.map((entry) => `${entry.number} ${entry.title}`)).toEqual(plan.sections.map((section) => `${section.number} ${section.title}`));
    expect(outline.title).toBe(plan.title);
    expect(outline.documentType).toBe(plan.documentType);
    expect(outline.totals.total).toBe(spec.requirements.length);
  });

  it('holds each requirement as plain values in the document language: number, id, filled-in text, obligation with points, verification and answer', () => {
    const spec = rich();
    const byId = new Map(rows(planOf(spec, 'sv').sections).map((row) => [row.id, row]));
    expect(byId.size).toBe(spec.requirements.length);
    expect(byId.get('K-ARE-02')).toMatchObject({
      number: '5.1.2',
      obligation: 'evaluated',
      obligationLabel: 'Bör',
      scoring: ['10 poäng'],
      verification: 'Demonstration',
      answer: [
        { kind: 'tickBox', label: 'Ja' },
        { kind: 'tickBox', label: 'Nej' },
      ],
    });
    const english = new Map(rows(planOf(spec, 'en').sections).map((row) => [row.id, row]));
    expect(english.get('K-ARE-02')?.obligationLabel).toBe('Should');
    for (const row of byId.values()) expect(row.text, row.id).not.toMatch(/\{[a-z]\w*\}/);
    expect(byId.get('K-ARK-01')?.standards).toBe('Standarder: fgs-package-structure, e-ark-sip');
  });

  it('writes money in the document’s locale', () => {
    const spec = rich();
    spec.evaluation = { ...spec.evaluation, method: 'value-deduction' };
    const evaluated = spec.requirements.find((requirement) => requirement.obligation === 'evaluated');
    if (evaluated === undefined) throw new Error('the fixture has evaluated requirements');
    evaluated.evaluation = { deduction: 50000 };
    const row = (language: DocumentLanguage): RequirementRow | undefined => rows(planOf(spec, language).sections).find((candidate) => candidate.id === evaluated.id);
    expect(row('sv')?.scoring.map((line) => line.replace(/\s/g, ' '))).toEqual(['Mervärdesavdrag 50 000 kr']);
    expect(row('en')?.scoring.map((line) => line.replace(/\s/g, ' '))).toEqual(['Deduction SEK 50,000']);
  });

  it('gives the response form the same requirements with the same numbers, and the form’s own parts first', () => {
    const plan = planOf(norwegian(), 'nb');
    expect(rows(plan.responseForm.sections).map(({ id, number }) => `${number} ${id}`)).toEqual(rows(plan.sections).map(({ id, number }) => `${number} ${id}`));
    expect(plan.responseForm.sections.slice(0, 3).map((section) => section.kind)).toEqual(['formPart', 'formPart', 'formPart']);
    const tables = plan.responseForm.sections.flatMap(function blocksOf(section): PlanSection['blocks'] {
      return [...section.blocks, ...section.children.flatMap(blocksOf)];
    });
    expect(tables.filter((block) => block.kind === 'requirements').every((block) => block.kind === 'requirements' && block.form === 'responseForm')).toBe(true);
  });

  it('heads a section titled in no language "Untitled section" in the document language, in the plan and the outline alike, and lists it for the preflight', () => {
    const spec = rich();
    const section = spec.sections.find((candidate) => candidate.parentId !== null);
    if (section === undefined) throw new Error('the fixture has subsections');
    section.title = { sv: '', en: '   ' };
    for (const [language, untitled] of [
      ['sv', 'Avsnitt utan rubrik'],
      ['en', 'Untitled section'],
    ] as const) {
      const plan = planOf(spec, language);
      const heading = headings(plan.sections).find((candidate) => candidate.text.endsWith(untitled));
      expect(heading, language).toBeDefined();
      const outlineTitles = documentOutline(spec, language).entries.flatMap((entry) => entry.children.map((child) => `${child.number} ${child.title}`));
      expect(outlineTitles).toContain(heading?.text);
      expect(plan.preflight).toContainEqual({
        code: 'section.untitled',
        category: 'placeholder',
        severity: 'error',
        place: heading?.text,
        printed: untitled,
        values: {},
        goTo: { step: 'requirements', itemId: section.id },
      });
    }
  });

  it('takes a section title from another language of the document before calling it untitled', () => {
    const spec = rich();
    const section = spec.sections[0];
    if (section === undefined) throw new Error('the fixture has sections');
    section.title = { sv: 'Bara svenska', en: '' };
    expect(headings(planOf(spec, 'en').sections).map((heading) => heading.text)).toContain('4 Bara svenska');
  });

  it('lists everything a blank document would print as a field to fill in or leave empty, with where it is and where to fix it', () => {
    const plan = planOf(blankSpecification());
    expect(plan.preflight.map((item) => [item.code, item.category, item.place, item.goTo.step])).toEqual([
      ['cover.untitled', 'placeholder', 'cover', 'procurement'],
      ['cover.buyerMissing', 'placeholder', 'cover', 'procurement'],
      ['cover.referenceMissing', 'placeholder', 'cover', 'procurement'],
      ['introduction.procedureUndecided', 'placeholder', '1.2 Förfarande', 'procurement'],
      ['needs.none', 'empty', '2 Nuläge, behov och mål', 'needs'],
      ['marketDialogue.none', 'empty', '3 Marknadsdialog', 'needs'],
      // A new document weighs price against quality with no criteria yet: nothing to print as a model, no example.
      ['evaluation.noQualityCriterion', 'inconsistent', '4 Utvärdering', 'evaluation'],
      ['evaluation.exampleLeftOut', 'dropped', '4 Utvärdering', 'evaluation'],
    ]);
    // An undecided fact is a field for the buyer, never a sentence to tenderers.
    expect(plan.preflight.find((item) => item.code === 'introduction.procedureUndecided')?.printed).toBe('Fylls i före publicering');
    const procedure = plan.sections[0]?.children.find((part) => part.title === 'Förfarande');
    expect(procedure?.blocks[0]).toEqual({ kind: 'fillInFact', label: 'Förfarande', fillIn: { title: 'Fylls i före publicering', placeholder: '[fyll i]' } });
    expect(plan.cover.facts.filter((fact) => fact.value === null).map((fact) => fact.label)).toEqual(['Upphandlande myndighet', 'Diarienummer']);
  });

  it('leaves out empty chapters when asked, keeping the numbers of the others, and says so', () => {
    const plan = tenderDocumentPlan(blankSpecification(), { language: 'sv', guidanceAnnex: false, ssa: null, version: '1.0', date, omitEmptyChapters: true }, { standards: [] });
    expect(plan.sections.map((section) => section.number).slice(0, 2)).toEqual(['1', '4']);
    expect(plan.preflight.filter((item) => item.category === 'dropped').map((item) => item.code)).toEqual(['needs.noneOmitted', 'marketDialogue.noneOmitted', 'evaluation.exampleLeftOut']);
  });

  it('lists nothing for a document that has everything filled in and names only catalogued standards', async () => {
    const library = await shippedLibrary();
    expect(planOf(rich(), 'sv', false, { standards: library.standards, library }).preflight).toEqual([]);
  });

  it('lists a standard the catalogue does not know, printed with its id and empty cells in the standards annex', () => {
    const plan = planOf(rich(), 'en');
    const annex = plan.sections.find((section) => section.kind === 'annex');
    expect(plan.preflight).toContainEqual({
      code: 'annex.standardUnknown',
      category: 'empty',
      severity: 'warning',
      place: annex?.title,
      printed: '',
      values: { standard: 'e-ark-sip' },
      goTo: { step: 'requirements', itemId: 'e-ark-sip' },
    });
  });

  it('letters the annexes in the order they are present, the guidance annex only when chosen', () => {
    const spec = rich();
    const annexes = (guidance: boolean): string[] => planOf(spec, 'en', guidance).sections.filter((section) => section.kind === 'annex').map((section) => section.number);
    expect(annexes(false)).toEqual(['Annex A', 'Annex B']);
    expect(annexes(true)).toEqual(['Annex A', 'Annex B', 'Annex C']);
  });
});
