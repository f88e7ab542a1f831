import { describe, expect, it } from 'vitest';
import { numberDocument } from '../../../shared/specification/numbering';
import type { Requirement, Section, Specification } from '../../../shared/specification/model';
import { makeLargeSpecification } from '../../support/large-specification';
import { rich } from '../docx/fixtures';

function section(id: string, parentId: string | null, order: number): Section {
  return { id, parentId, order, title: { en: id } };
}

function requirement(id: string, sectionId: string, order: number, role: Requirement['role'] = 'specification'): Requirement {
  return {
    id,
    sectionId,
    order,
    text: { en: `Requirement ${id}` },
    obligation: 'mandatory',
    role,
    verification: { method: null },
    answerType: { kind: 'confirmation' },
    parameters: [],
    level: 'basic',
    standards: [],
    needIds: [],
    tracing: 'not-needed',
    tracingReason: '',
    provenance: null,
    dismissedFindings: [],
    notes: '',
  };
}

function withOutline(sections: Section[], requirements: Requirement[]): Specification {
  return { ...rich(), sections, requirements, evaluation: { basis: 'price', method: null, priceFormula: null, criteria: [] } };
}

describe('numberDocument', () => {
  it('numbers the rich fixture by chapter, section and place, with qualification and contract chapters after', () => {
    const numbering = numberDocument(rich(), 4);
    expect(numbering.inOrder.map(({ requirement, number }) => `${number} ${requirement.id}`)).toEqual([
      '4.1.1 K-OMF-01',
      '5.1.1 K-ARE-01',
      '5.1.2 K-ARE-02',
      '5.1.3 K-ARE-03',
      '5.2.1 K-ARK-01',
      '5.2.2 K-ARK-02',
      '6.1.1 K-TIL-01',
      '6.2.1 K-SAK-01',
      '6.2.2 K-SAK-02',
      '6.3.1 K-DRI-01',
      '6.3.2 K-DRI-02',
      '7.1 K-INT-01',
      '7.2 K-INT-02',
      '8.1.1 K-LEV-01',
      '8.1.2 K-LEV-02',
      '9.1.1 K-DRI-03',
      '9.2.1 K-AVT-01',
      '9.2.2 K-AVT-02',
      '9.2.3 K-AVT-03',
      '9.2.4 K-AVT-04',
    ]);
    expect(numbering.chapters.map((chapter) => `${chapter.number} ${chapter.section?.id}`)).toEqual(['4 sec-allmant', '5 sec-funktion', '6 sec-kvalitet', '7 sec-integration']);
    expect(numbering.qualification?.number).toBe('8');
    expect(numbering.contract?.groups.map((group) => group.path.map((title) => title.sv).join(' / '))).toEqual(['Icke-funktionella krav / Drift, support och servicenivåer', 'Avtalsvillkor och avslut']);
    expect(numbering.nextChapter).toBe(10);
  });

  it('counts a section’s own requirements before its subsections, so numbers never collide', () => {
    const spec = withOutline(
      [section('top', null, 0), section('sub', 'top', 0), section('sub2', 'top', 1)],
      [requirement('a', 'top', 0), requirement('b', 'top', 1), requirement('c', 'sub', 0), requirement('d', 'sub2', 0)],
    );
    const numbering = numberDocument(spec, 4);
    expect(numbering.inOrder.map((item) => item.number)).toEqual(['4.1', '4.2', '4.3.1', '4.4.1']);
    expect(numbering.chapters[0]?.children.map((child) => child.number)).toEqual(['4.3', '4.4']);
  });

  it('leaves out sections with no requirements, counting subsections, and sorts by order', () => {
    const spec = withOutline(
      [section('empty', null, 0), section('second', null, 2), section('first', null, 1), section('empty-child', 'first', 0), section('child', 'first', 1), section('deep', 'child', 0)],
      [requirement('x', 'deep', 0), requirement('y', 'second', 1), requirement('z', 'second', 0)],
    );
    const numbering = numberDocument(spec, 1);
    expect(numbering.chapters.map((chapter) => chapter.section?.id)).toEqual(['first', 'second']);
    expect(numbering.inOrder.map((item) => `${item.number} ${item.requirement.id}`)).toEqual(['1.1.1.1 x', '2.1 z', '2.2 y']);
    expect(numbering.chapters[0]?.children[0]?.children[0]?.level).toBe(3);
  });

  it('keeps a section in the specification chapters only for its specification requirements', () => {
    const spec = withOutline([section('s', null, 0)], [requirement('q', 's', 0, 'qualification'), requirement('k', 's', 1, 'contract')]);
    const numbering = numberDocument(spec, 4);
    expect(numbering.chapters).toEqual([]);
    expect(numbering.inOrder.map((item) => `${item.number} ${item.requirement.id}`)).toEqual(['4.1.1 q', '5.1.1 k']);
    expect(numbering.nextChapter).toBe(6);
  });

  it('still numbers requirements whose section is missing or sits in a cycle', () => {
    const spec = withOutline([section('a', 'b', 0), section('b', 'a', 0)], [requirement('in-cycle', 'b', 0), requirement('lost', 'nowhere', 0), requirement('lost-q', 'nowhere', 0, 'qualification')]);
    const numbering = numberDocument(spec, 4);
    expect(numbering.inOrder.map((item) => item.requirement.id).sort()).toEqual(['in-cycle', 'lost', 'lost-q']);
    expect(numbering.chapters.at(-1)?.section).toBeNull();
  });

  it('gives every requirement of a large document a unique number', () => {
    const spec = makeLargeSpecification(1000);
    const numbering = numberDocument(spec, 4);
    expect(numbering.inOrder).toHaveLength(1000);
    expect(new Set(numbering.inOrder.map((item) => item.number)).size).toBe(1000);
    expect(numbering.numberOf.size).toBe(1000);
  });

  it('keeps a section with prose and no requirements as a chapter or section, numbered in its place', () => {
    const prose = (id: string, parentId: string | null, order: number): Section => ({ ...section(id, parentId, order), intro: { en: 'Plan for establishment: the supplier …' } });
    const spec = withOutline(
      [section('reqs', null, 0), prose('plan', null, 1), section('empty', null, 2), prose('training', 'reqs', 0)],
      [requirement('a', 'reqs', 0)],
    );
    const numbering = numberDocument(spec, 4);
    expect(numbering.chapters.map((chapter) => `${chapter.number} ${chapter.section?.id}`)).toEqual(['4 reqs', '5 plan']);
    expect(numbering.chapters[0]?.children.map((child) => `${child.number} ${child.section?.id}`)).toEqual(['4.2 training']);
    expect(numbering.nextChapter).toBe(6);
  });
});

describe('numbering schemes', () => {
  const schemed = (top: Section['numbering'], sub?: Section['numbering']): Specification =>
    withOutline(
      [
        { ...section('top', null, 0), ...(top === undefined ? {} : { numbering: top }) },
        { ...section('sub', 'top', 0), ...(sub === undefined ? {} : { numbering: sub }) },
        section('other', null, 1),
      ],
      [
        { ...requirement('a', 'top', 0), fixedNumber: '1.11' },
        { ...requirement('b', 'top', 1), fixedNumber: 'F2' },
        { ...requirement('c', 'sub', 0), fixedNumber: 'F3' },
        requirement('q', 'sub', 1, 'qualification'),
        requirement('d', 'other', 0),
      ],
    );
  const numbers = (spec: Specification): string[] => numberDocument(spec, 4).inOrder.map((item) => `${item.requirement.id}=${item.number}`);

  it('counts a prefix through the section and its subsections in document order, whatever chapter a requirement prints in', () => {
    expect(numbers(schemed({ scheme: 'prefix', prefix: 'K', start: 1 }))).toEqual(['a=K1', 'b=K2', 'c=K3', 'd=5.1', 'q=K4']);
  });

  it('restarts the counter where a subsection sets a prefix of its own, and leaves automatic subsections automatic', () => {
    expect(numbers(schemed({ scheme: 'prefix', prefix: 'K', start: 1 }, { scheme: 'prefix', prefix: 'F', start: 10 }))).toEqual(['a=K1', 'b=K2', 'c=F10', 'd=5.1', 'q=F11']);
    expect(numbers(schemed({ scheme: 'prefix', prefix: 'K', start: 1 }, { scheme: 'automatic' }))).toEqual(['a=K1', 'b=K2', 'c=4.3.1', 'd=5.1', 'q=6.1.1']);
  });

  it('prints fixed numbers, and the automatic number where one is missing or already taken', () => {
    expect(numbers(schemed({ scheme: 'fixed' }))).toEqual(['a=1.11', 'b=F2', 'c=F3', 'd=5.1', 'q=6.1.1']);
    const clashing = schemed({ scheme: 'fixed' });
    clashing.requirements = clashing.requirements.map((item) => (item.id === 'c' ? { ...item, fixedNumber: 'F2' } : item.id === 'a' ? { ...item, fixedNumber: '5.1' } : item));
    const numbering = numberDocument(clashing, 4);
    expect(numbering.inOrder.map((item) => `${item.requirement.id}=${item.number}`)).toEqual(['a=4.1', 'b=F2', 'c=4.3.1', 'd=5.1', 'q=6.1.1']);
    expect(numbering.issues).toEqual([
      { requirementId: 'a', kind: 'duplicate', wanted: '5.1', number: '4.1' },
      { requirementId: 'c', kind: 'duplicate', wanted: 'F2', number: '4.3.1' },
      { requirementId: 'q', kind: 'noFixedNumber', number: '6.1.1' },
    ]);
    expect(new Set(numbering.numberOf.values()).size).toBe(numbering.numberOf.size);
  });

  it('keeps the headings in their places whatever the scheme', () => {
    const automatic = numberDocument(schemed(undefined), 4).chapters[0]?.children.map((child) => child.number);
    expect(numberDocument(schemed({ scheme: 'prefix', prefix: 'K', start: 1 }), 4).chapters[0]?.children.map((child) => child.number)).toEqual(automatic);
  });
});
