import { describe, expect, it } from 'vitest';
import {
  addSection,
  effectiveSectionNumbering,
  setFixedNumber,
  setRequirementTitle,
  setResponseInstruction,
  setSectionIntro,
  setSectionNumbering,
  updateRequirement,
} from '../../../shared/builder/requirement-edits';
import { type Requirement, type Section, Specification } from '../../../shared/specification/model';
import { makeLargeSpecification } from '../../support/large-specification';

function first(spec: Specification): Requirement {
  const requirement = spec.requirements[0];
  if (requirement === undefined) throw new Error('The document has no requirement');
  return requirement;
}

function sectionOf(spec: Specification, id: string): Section {
  const section = spec.sections.find((candidate) => candidate.id === id);
  if (section === undefined) throw new Error(`No section ${id}`);
  return section;
}

function valid(spec: Specification): Specification {
  const result = Specification.safeParse(spec);
  if (!result.success) throw new Error(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return result.data;
}

describe('a requirement’s title, response instruction and fixed number', () => {
  it('keeps each language on its own and drops the text once every language is empty', () => {
    const spec = valid(makeLargeSpecification(2, 1));
    const id = first(spec).id;
    let next = updateRequirement(spec, id, (r) => setRequirementTitle(r, 'en', 'Single sign-on'));
    next = updateRequirement(next, id, (r) => setRequirementTitle(r, 'sv', 'Enkel inloggning'));
    expect(first(valid(next)).title).toEqual({ en: 'Single sign-on', sv: 'Enkel inloggning' });
    next = updateRequirement(next, id, (r) => setRequirementTitle(setRequirementTitle(r, 'en', ''), 'sv', ''));
    expect('title' in first(valid(next))).toBe(false);
  });

  it('stores a multi-line instruction with its list as written', () => {
    const spec = valid(makeLargeSpecification(2, 1));
    const id = first(spec).id;
    const instruction = 'Describe:\n\n- how users sign in\n- which standards apply';
    const next = valid(updateRequirement(spec, id, (r) => setResponseInstruction(r, 'en', instruction)));
    expect(first(next).responseInstruction).toEqual({ en: instruction });
    expect('responseInstruction' in first(updateRequirement(next, id, (r) => setResponseInstruction(r, 'en', '')))).toBe(false);
  });

  it('trims a fixed number and removes it when emptied', () => {
    const spec = valid(makeLargeSpecification(2, 1));
    const id = first(spec).id;
    const next = valid(updateRequirement(spec, id, (r) => setFixedNumber(r, ' K3 ')));
    expect(first(next).fixedNumber).toBe('K3');
    expect('fixedNumber' in setFixedNumber(first(next), '  ')).toBe(false);
  });
});

describe('a section’s prose and numbering', () => {
  it('creates a section with prose and no requirements that stays valid', () => {
    const spec = valid(makeLargeSpecification(2, 1));
    const { specification, id } = addSection(spec, null, { en: 'Training' });
    const next = valid(setSectionIntro(specification, id, 'en', 'The supplier trains:\n\n1. administrators\n2. case officers'));
    const section = sectionOf(next, id);
    expect(section.intro).toEqual({ en: 'The supplier trains:\n\n1. administrators\n2. case officers' });
    expect(next.requirements.some((requirement) => requirement.sectionId === id)).toBe(false);
  });

  it('a subsection follows its parent’s scheme until it has its own, and automatic at the top', () => {
    const spec = valid(makeLargeSpecification(2, 1));
    const parent = addSection(spec, null, { en: 'Functional' });
    const child = addSection(parent.specification, parent.id, { en: 'Case handling' });
    let next = child.specification;
    expect(effectiveSectionNumbering(next, child.id)).toEqual({ scheme: 'automatic' });
    next = valid(setSectionNumbering(next, parent.id, { scheme: 'prefix', prefix: 'F', start: 1 }));
    expect(effectiveSectionNumbering(next, child.id)).toEqual({ scheme: 'prefix', prefix: 'F', start: 1 });
    next = valid(setSectionNumbering(next, child.id, { scheme: 'fixed' }));
    expect(effectiveSectionNumbering(next, child.id)).toEqual({ scheme: 'fixed' });
    next = setSectionNumbering(next, child.id, undefined);
    expect('numbering' in sectionOf(next, child.id)).toBe(false);
  });
});
