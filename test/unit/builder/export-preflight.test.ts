import { describe, expect, it } from 'vitest';
import { addRequirement, addSection } from '../../../shared/builder/requirement-edits';
import { exportPreflight, preflightGroups } from '../../../shared/builder/export-preflight';
import { preflightCategories } from '../../../shared/tender-document/plan-types';
import { makeLargeSpecification } from '../../support/large-specification';

const choices = { language: 'en', guidanceAnnex: false, ssa: null } as const;

describe('the export preflight in the builder', () => {
  it('names an untitled section with a "go to" that leads to it in the Requirements step', () => {
    const spec = makeLargeSpecification(4, 2);
    const { specification, id } = addSection(spec, null, { en: '' });
    const items = exportPreflight(addRequirement(specification, id).specification, choices, null);
    const untitled = items.filter((item) => item.code === 'section.untitled');
    expect(untitled.map((item) => item.goTo)).toContainEqual({ step: 'requirements', itemId: id });
  });

  it('does not report standards as unknown while the library is not there to name them', () => {
    const spec = makeLargeSpecification(4, 2);
    const first = spec.requirements[0];
    if (first === undefined) throw new Error('no requirement');
    const withStandard = { ...spec, requirements: spec.requirements.map((r) => (r.id === first.id ? { ...r, standards: ['iso-27001'] } : r)) };
    expect(exportPreflight(withStandard, choices, null).some((item) => item.code === 'annex.standardUnknown')).toBe(false);
    const library = { packs: [], modules: [], standards: [], innovation: [], rules: [], userPackIds: [] };
    expect(exportPreflight(withStandard, choices, library).some((item) => item.code === 'annex.standardUnknown')).toBe(true);
  });

  it('groups items by what they are, in the order of the categories, keeping each item once', () => {
    const spec = makeLargeSpecification(4, 2);
    const items = exportPreflight({ ...spec, title: '', needs: [] }, choices, null);
    const groups = preflightGroups(items);
    expect(groups.flatMap((group) => group.items)).toHaveLength(items.length);
    const order = groups.map((group) => preflightCategories.indexOf(group.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(groups.every((group) => group.items.every((item) => item.category === group.category))).toBe(true);
  });

  it('holds the quality and completeness items the command line prints too', () => {
    const spec = makeLargeSpecification(4, 2);
    const items = exportPreflight({ ...spec, needs: [] }, choices, null);
    expect(items.some((item) => item.category === 'completeness')).toBe(true);
  });
});
