import { describe, expect, it } from 'vitest';
import { documentOutline, type OutlineEntry } from '../../../shared/builder/outline';
import { createSpecification } from '../../../shared/specification/create';
import { introductionChapters } from '../../../shared/specification/numbering';
import type { Requirement, Section, Specification } from '../../../shared/specification/model';
import { loadFixture } from '../specification/fixtures';

const rich = (): Specification => loadFixture('rich.kravspec');
const norwegian = (): Specification => loadFixture('norwegian.kravspec');

/** "number title" of every entry, depth first, indented by level. */
function lines(entries: readonly OutlineEntry[], depth = 0): string[] {
  return entries.flatMap((entry) => [`${'  '.repeat(depth)}${entry.number} ${entry.title}`, ...lines(entry.children, depth + 1)]);
}

function find(entries: readonly OutlineEntry[], number: string): OutlineEntry | undefined {
  for (const entry of entries) {
    if (entry.number === number) return entry;
    const inside = find(entry.children, number);
    if (inside !== undefined) return inside;
  }
  return undefined;
}

function section(id: string, parentId: string | null, order: number): Section {
  return { id, parentId, order, title: { en: `Section ${id}` } };
}

function requirement(id: string, sectionId: string, order: number, overrides: Partial<Requirement> = {}): Requirement {
  return {
    id,
    sectionId,
    order,
    text: { en: `The service shall do ${id}.` },
    obligation: 'mandatory',
    role: 'specification',
    verification: { method: 'declaration' },
    answerType: { kind: 'confirmation' },
    parameters: [],
    level: 'basic',
    standards: [],
    needIds: [],
    tracing: 'not-needed',
    tracingReason: 'Formal',
    provenance: null,
    dismissedFindings: [],
    notes: '',
    ...overrides,
  };
}

function blank(jurisdiction: Specification['jurisdiction'] = 'eu'): Specification {
  return createSpecification({ id: '7d0f3c52-3f55-4f4e-9d0a-6c1d2b8f9e10', title: 'Outline test', jurisdiction, languages: ['en'], primaryLanguage: 'en', now: new Date('2026-11-27T10:00:00Z') });
}

describe('documentOutline', () => {
  it('gives the rich Swedish document its chapters, sections and annexes with the exporter’s numbers', () => {
    const outline = documentOutline(rich(), 'sv');
    expect(outline.documentType).toBe('Kravspecifikation');
    expect(outline.title).toBe('Ärendehantering och e-arkiv som tjänst');
    expect(lines(outline.entries)).toEqual([
      '1 Inledning',
      '2 Nuläge, behov och mål',
      '3 Marknadsdialog',
      '4 Allmänt om tjänsten',
      '  4.1 Omfattning och volymer',
      '5 Funktionella krav',
      '  5.1 Ärendehantering',
      '  5.2 E-arkiv och bevarande',
      '6 Icke-funktionella krav',
      '  6.1 Tillgänglighet och användbarhet',
      '  6.2 Informationssäkerhet och dataskydd',
      '  6.3 Drift, support och servicenivåer',
      '7 Integration och standarder',
      '8 Kvalificeringskrav',
      '  8.1 Krav på leverantören',
      '9 Särskilda kontraktsvillkor',
      '  9.1 Icke-funktionella krav – Drift, support och servicenivåer',
      '  9.2 Avtalsvillkor och avslut',
      '10 Utvärdering',
      'Bilaga A Standarder som kraven hänvisar till',
      'Bilaga B Ordlista',
    ]);
  });

  it('counts requirements per section and chapter, split into mandatory and evaluated', () => {
    const outline = documentOutline(rich(), 'sv');
    expect(find(outline.entries, '5')?.requirements).toEqual({ total: 5, mandatory: 3, evaluated: 2 });
    expect(find(outline.entries, '5.1')?.requirements).toEqual({ total: 3, mandatory: 1, evaluated: 2 });
    expect(find(outline.entries, '6')?.requirements).toEqual({ total: 5, mandatory: 4, evaluated: 1 });
    expect(find(outline.entries, '7')?.requirements).toEqual({ total: 2, mandatory: 1, evaluated: 1 });
    expect(find(outline.entries, '8')?.requirements).toEqual({ total: 2, mandatory: 2, evaluated: 0 });
    expect(find(outline.entries, '9')?.requirements).toEqual({ total: 5, mandatory: 5, evaluated: 0 });
    expect(find(outline.entries, '1')?.requirements).toBeNull();
    expect(outline.totals).toEqual({ total: 20, mandatory: 16, evaluated: 4 });
    const chapterSum = outline.entries.reduce((sum, entry) => sum + (entry.requirements?.total ?? 0), 0);
    expect(chapterSum).toBe(20);
  });

  it('lists needs, goals, criteria and annex contents as figures', () => {
    const outline = documentOutline(rich(), 'sv');
    expect(find(outline.entries, '2')?.figures).toEqual([
      { unit: 'needs', count: 4 },
      { unit: 'goals', count: 3 },
    ]);
    expect(find(outline.entries, '10')?.figures).toEqual([{ unit: 'criteria', count: 4 }]);
    // Ten distinct standards across the requirements; three glossary terms are Swedish or language-neutral.
    expect(find(outline.entries, 'Bilaga A')?.figures).toEqual([{ unit: 'standards', count: 10 }]);
    expect(find(outline.entries, 'Bilaga B')?.figures).toEqual([{ unit: 'terms', count: 3 }]);
  });

  it('uses the document language for the headings, and falls back to the primary language for missing titles', () => {
    const outline = documentOutline(rich(), 'en');
    expect(outline.documentType).toBe('Requirements specification');
    expect(outline.entries[0]?.title).toBe('Introduction');
    expect(find(outline.entries, 'Annex B')?.figures).toEqual([{ unit: 'terms', count: 2 }]);
    const titles = lines(outline.entries).join('\n');
    expect(titles).toContain('Evaluation');
    expect(outline.language).toBe('en');
  });

  it('names the document in the jurisdiction’s words', () => {
    expect(documentOutline(norwegian()).documentType).toBe('Bilag 1 – Kundens kravspesifikasjon');
    expect(documentOutline(blank('eu')).documentType).toBe('Requirements specification');
    expect(documentOutline({ ...blank('se'), languages: ['sv'], primaryLanguage: 'sv' }).documentType).toBe('Kravspecifikation');
  });

  it('keeps chapters 1–3 and the evaluation for an empty document, with no requirement chapters or annexes', () => {
    const outline = documentOutline({ ...blank(), title: '  ' });
    expect(outline.title).toBe('Untitled specification');
    expect(outline.entries.map((entry) => `${entry.number} ${entry.kind}`)).toEqual(['1 introduction', '2 needs', '3 marketDialogue', `${introductionChapters + 1} evaluation`]);
    expect(outline.totals).toEqual({ total: 0, mandatory: 0, evaluated: 0 });
    expect(find(outline.entries, '2')?.figures).toEqual([
      { unit: 'needs', count: 0 },
      { unit: 'goals', count: 0 },
    ]);
  });

  it('counts places inside a section the way the exporter numbers them: own requirements first, then subsections', () => {
    const spec: Specification = {
      ...blank(),
      sections: [section('a', null, 0), section('a1', 'a', 0), section('empty', null, 1), section('b', null, 2)],
      requirements: [
        requirement('R1', 'a', 0),
        requirement('R2', 'a', 1, { obligation: 'evaluated' }),
        requirement('R3', 'a1', 0),
        requirement('Q1', 'b', 0, { role: 'qualification' }),
        requirement('C1', 'a1', 1, { role: 'contract' }),
      ],
    };
    const outline = documentOutline(spec);
    expect(lines(outline.entries)).toEqual([
      '1 Introduction',
      '2 Current situation, needs and goals',
      '3 Market dialogue',
      '4 Section a',
      '  4.3 Section a1',
      '5 Selection criteria',
      '  5.1 Section b',
      '6 Contract performance conditions',
      '  6.1 Section a – Section a1',
      '7 Evaluation',
    ]);
    expect(find(outline.entries, '4')?.requirements).toEqual({ total: 3, mandatory: 2, evaluated: 1 });
    expect(find(outline.entries, '4')?.sectionId).toBe('a');
    expect(find(outline.entries, '6.1')?.sectionId).toBe('a1');
  });

  it('gathers requirements whose section is missing under "Other requirements"', () => {
    const spec: Specification = { ...blank(), sections: [section('a', null, 0)], requirements: [requirement('R1', 'a', 0), requirement('R2', 'gone', 0)] };
    const outline = documentOutline(spec);
    expect(find(outline.entries, '5')).toMatchObject({ kind: 'section', title: 'Other requirements', sectionId: null, requirements: { total: 1 } });
  });

  it('falls back to the primary language, then any language, then "Untitled section" in the document language for a section title', () => {
    const spec: Specification = {
      ...rich(),
      sections: [
        { id: 's1', parentId: null, order: 0, title: { sv: 'Bara svenska' } },
        { id: 's2', parentId: null, order: 1, title: { sv: ' ', en: '' } },
      ],
      requirements: [requirement('R1', 's1', 0), requirement('R2', 's2', 0)],
    };
    const outline = documentOutline(spec, 'en');
    expect(find(outline.entries, '4')?.title).toBe('Bara svenska');
    expect(find(outline.entries, '5')?.title).toBe('Untitled section');
  });
});
