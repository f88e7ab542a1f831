import { describe, expect, it } from 'vitest';
import {
  addRequirement,
  addSection,
  childSections,
  deleteRequirements,
  duplicateRequirement,
  indentSection,
  moveRequirement,
  moveRequirementTo,
  moveSection,
  moveSectionTo,
  outdentSection,
  removeSection,
  sectionRequirements,
  updateRequirement,
} from '../../../shared/builder/requirement-edits';
import { Specification } from '../../../shared/specification/model';
import { makeLargeSpecification } from '../../support/large-specification';

/** A small valid document: three top-level sections, requirements in the first two, a criterion naming one. */
function document(): Specification {
  const spec = makeLargeSpecification(6, 3);
  return spec;
}

function valid(spec: Specification): Specification {
  const result = Specification.safeParse(spec);
  if (!result.success) throw new Error(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return result.data;
}

const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);

describe('section edits', () => {
  it('adds a section at the end of its parent and gives it a fresh id', () => {
    const spec = valid(document());
    const top = childSections(spec, null);
    const { specification, id } = addSection(spec, null, { en: 'Support' });
    expect(ids(childSections(valid(specification), null))).toEqual([...ids(top), id]);
    const child = addSection(specification, id, { en: 'Opening hours' });
    expect(childSections(valid(child.specification), id).map((s) => s.title.en)).toEqual(['Opening hours']);
  });

  it('moves a section up and down among its siblings, and not past either end', () => {
    const spec = valid(document());
    const [first, second] = childSections(spec, null);
    if (first === undefined || second === undefined) throw new Error('fixture needs two sections');
    const moved = valid(moveSection(spec, second.id, -1));
    expect(ids(childSections(moved, null)).slice(0, 2)).toEqual([second.id, first.id]);
    expect(moveSection(moved, second.id, -1)).toBe(moved);
    expect(childSections(moved, null).map((s) => s.order)).toEqual(childSections(moved, null).map((_s, i) => i));
  });

  it('indents under the section above and outdents back after its parent', () => {
    const spec = valid(document());
    const [first, second, third] = childSections(spec, null);
    if (first === undefined || second === undefined) throw new Error('fixture needs two sections');
    const indented = valid(indentSection(spec, second.id));
    expect(ids(childSections(indented, first.id))).toContain(second.id);
    expect(ids(childSections(indented, null))).not.toContain(second.id);
    const outdented = valid(outdentSection(indented, second.id));
    expect(ids(childSections(outdented, null)).slice(0, 3)).toEqual([first.id, second.id, ...(third === undefined ? [] : [third.id])]);
    // The first section has nothing above it to go under.
    expect(indentSection(spec, first.id)).toBe(spec);
  });

  it('refuses to move a section below itself', () => {
    const spec = valid(document());
    const [first] = childSections(spec, null);
    if (first === undefined) throw new Error('fixture needs a section');
    const { specification, id: child } = addSection(spec, first.id, { en: 'Child' });
    expect(moveSectionTo(specification, first.id, child, 0)).toBe(specification);
    expect(moveSectionTo(specification, first.id, first.id, 0)).toBe(specification);
  });

  it('removes a section with its subsections and requirements, and the criteria forget them', () => {
    const base = valid(document());
    const first = base.sections.find((s) => s.id === base.requirements[0]?.sectionId);
    if (first === undefined) throw new Error('fixture needs a section with requirements');
    const inFirst = ids(sectionRequirements(base, first.id));
    expect(inFirst.length).toBeGreaterThan(0);
    const withCriterion: Specification = {
      ...base,
      evaluation: { ...base.evaluation, criteria: [{ id: 'c1', name: 'Quality', weightPercent: 40, requirementIds: inFirst.slice(0, 1) }] },
    };
    const { specification, id: child } = addSection(withCriterion, first.id, { en: 'Child' });
    const removed = valid(removeSection(specification, first.id));
    expect(removed.sections.some((s) => s.id === first.id || s.id === child)).toBe(false);
    expect(removed.requirements.some((r) => inFirst.includes(r.id))).toBe(false);
    expect(removed.evaluation.criteria[0]?.requirementIds).toEqual([]);
  });
});

describe('requirement edits', () => {
  it('writes a new requirement at the end of a section, empty in every document language', () => {
    const spec = valid(document());
    const [section] = childSections(spec, null);
    if (section === undefined) throw new Error('fixture needs a section');
    const { specification, id } = addRequirement(spec, section.id);
    const added = valid(specification).requirements.find((r) => r.id === id);
    expect(added?.obligation).toBe('mandatory');
    expect(Object.keys(added?.text ?? {}).sort()).toEqual([...spec.languages].sort());
    expect(ids(sectionRequirements(specification, section.id)).at(-1)).toBe(id);
  });

  it('duplicates right after the original with a new id', () => {
    const spec = valid(document());
    const original = sectionRequirements(spec, spec.requirements[0]?.sectionId ?? '')[0];
    if (original === undefined) throw new Error('fixture needs a requirement');
    const { specification, id } = duplicateRequirement(spec, original.id);
    const order = ids(sectionRequirements(valid(specification), original.sectionId));
    expect(order[order.indexOf(original.id) + 1]).toBe(id);
    expect(specification.requirements.find((r) => r.id === id)?.text).toEqual(original.text);
  });

  it('moves within a section and to another section, keeping orders 0..n-1', () => {
    const spec = valid(document());
    const sectionId = spec.requirements[0]?.sectionId ?? '';
    const [a, b] = sectionRequirements(spec, sectionId);
    if (a === undefined || b === undefined) throw new Error('fixture needs two requirements in a section');
    const swapped = valid(moveRequirement(spec, b.id, -1));
    expect(ids(sectionRequirements(swapped, sectionId)).slice(0, 2)).toEqual([b.id, a.id]);
    const other = spec.sections.find((s) => s.id !== sectionId);
    if (other === undefined) throw new Error('fixture needs two sections');
    const moved = valid(moveRequirementTo(swapped, b.id, other.id, 0));
    expect(ids(sectionRequirements(moved, other.id))[0]).toBe(b.id);
    for (const section of moved.sections) {
      expect(sectionRequirements(moved, section.id).map((r) => r.order)).toEqual(sectionRequirements(moved, section.id).map((_r, i) => i));
    }
  });

  it('deletes requirements and takes them out of the criteria', () => {
    const spec = valid(document());
    const target = spec.requirements[0];
    if (target === undefined) throw new Error('fixture needs a requirement');
    const withCriterion: Specification = {
      ...spec,
      evaluation: { ...spec.evaluation, criteria: [{ id: 'c1', name: 'Quality', weightPercent: 40, requirementIds: [target.id] }] },
    };
    const deleted = valid(deleteRequirements(withCriterion, new Set([target.id])));
    expect(deleted.requirements.some((r) => r.id === target.id)).toBe(false);
    expect(deleted.evaluation.criteria[0]?.requirementIds).toEqual([]);
  });

  it('an update replaces only the edited requirement object', () => {
    const spec = valid(document());
    const [first, second] = spec.requirements;
    if (first === undefined || second === undefined) throw new Error('fixture needs two requirements');
    const next = updateRequirement(spec, first.id, (r) => ({ ...r, notes: 'checked' }));
    expect(next.requirements[0]?.notes).toBe('checked');
    expect(next.requirements[1]).toBe(second);
  });
});
