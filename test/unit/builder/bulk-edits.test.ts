import { describe, expect, it } from 'vitest';
import {
  assignToCriterion,
  deleteMany,
  heldElsewhere,
  linkToNeed,
  markStandingAlone,
  moveToSection,
  removeFromCriteria,
  setLevel,
  setObligation,
  setRole,
  setVerificationMethod,
  unlinkFromNeed,
} from '../../../shared/builder/bulk-edits';
import { checkCompleteness } from '../../../shared/builder/completeness';
import { sectionRequirements } from '../../../shared/builder/requirement-edits';
import { recordEdit, startHistory, undo } from '../../../shared/undo-history';
import { Specification } from '../../../shared/specification/model';
import { makeLargeSpecification } from '../../support/large-specification';

function valid(spec: Specification): Specification {
  const result = Specification.safeParse(spec);
  if (!result.success) throw new Error(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return result.data;
}

/** 40 requirements, none traced yet, two quality criteria and a price criterion. */
function document(): Specification {
  const base = valid(makeLargeSpecification(40, 7));
  return {
    ...base,
    requirements: base.requirements.map((requirement) => ({ ...requirement, needIds: [], tracing: 'linked' as const, tracingReason: '' })),
    evaluation: {
      basis: 'price-quality',
      method: 'weighted-points',
      priceFormula: 'proportional',
      criteria: [
        { id: 'price-1', name: 'Price', weightPercent: 40, requirementIds: [] },
        { id: 'crit-1', name: 'Quality', weightPercent: 30, requirementIds: [] },
        { id: 'crit-2', name: 'Climate', weightPercent: 30, requirementIds: [], environmental: true },
      ],
    },
  };
}

/** The requirements of the first section that has some. */
function firstSection(spec: Specification): { sectionId: string; ids: Set<string> } {
  for (const section of spec.sections) {
    const inIt = sectionRequirements(spec, section.id);
    if (inIt.length >= 2) return { sectionId: section.id, ids: new Set(inIt.map((requirement) => requirement.id)) };
  }
  throw new Error('fixture needs a section with requirements');
}

const tracingOpen = (spec: Specification): string[] => checkCompleteness(spec).find((check) => check.id === 'tracing')?.items ?? [];

/** A bulk edit recorded as the editor records it: one step, and one undo brings the whole document back. */
function asOneStep(spec: Specification, edit: (current: Specification) => Specification): void {
  const history = recordEdit(startHistory(spec), edit(spec), 'bulk.test', 0);
  expect(history.past).toHaveLength(1);
  expect(undo(history).present).toBe(spec);
}

describe('bulk edits on a set of requirements', () => {
  it('links every requirement of a section to a need in one step, and the tracing check closes for them', () => {
    const spec = document();
    const need = spec.needs[0];
    if (need === undefined) throw new Error('fixture needs a need');
    const { ids } = firstSection(spec);
    for (const id of ids) expect(tracingOpen(spec)).toContain(id);
    const linked = valid(linkToNeed(spec, ids, need.id));
    for (const requirement of linked.requirements.filter((r) => ids.has(r.id))) {
      expect(requirement.needIds).toEqual([need.id]);
      expect(requirement.tracing).toBe('linked');
    }
    for (const id of ids) expect(tracingOpen(linked)).not.toContain(id);
    expect(tracingOpen(linked)).toHaveLength(tracingOpen(spec).length - ids.size);
    asOneStep(spec, (current) => linkToNeed(current, ids, need.id));
    // Linking again adds nothing twice and changes nothing.
    expect(linkToNeed(linked, ids, need.id)).toBe(linked);
    // Unlinking takes that need off again.
    expect(tracingOpen(unlinkFromNeed(linked, ids, need.id))).toEqual(tracingOpen(spec));
  });

  it('ignores unknown requirement ids and refuses an unknown need', () => {
    const spec = document();
    const need = spec.needs[0];
    if (need === undefined) throw new Error('fixture needs a need');
    expect(linkToNeed(spec, new Set(['no-such-requirement']), need.id)).toBe(spec);
    expect(linkToNeed(spec, new Set([spec.requirements[0]?.id ?? '']), 'no-such-need')).toBe(spec);
    expect(setLevel(spec, new Set(['no-such-requirement']), 'leading')).toBe(spec);
    expect(deleteMany(spec, new Set(['no-such-requirement']))).toBe(spec);
    expect(moveToSection(spec, new Set(['no-such-requirement']), spec.sections[0]?.id ?? '')).toBe(spec);
  });

  it('marks requirements as standing alone with a reason, which closes the tracing check; a blank reason does nothing', () => {
    const spec = document();
    const { ids } = firstSection(spec);
    expect(markStandingAlone(spec, ids, '   ')).toBe(spec);
    const alone = valid(markStandingAlone(spec, ids, '  Required by law  '));
    for (const requirement of alone.requirements.filter((r) => ids.has(r.id))) {
      expect(requirement.tracing).toBe('not-needed');
      expect(requirement.tracingReason).toBe('Required by law');
    }
    for (const id of ids) expect(tracingOpen(alone)).not.toContain(id);
    asOneStep(spec, (current) => markStandingAlone(current, ids, 'Required by law'));
  });

  it('changes level, role and verification of only the chosen requirements; the others stay the same objects', () => {
    const spec = document();
    const { ids } = firstSection(spec);
    const others = spec.requirements.filter((requirement) => !ids.has(requirement.id));
    const changed = valid(setVerificationMethod(setRole(setLevel(spec, ids, 'leading'), ids, 'contract'), ids, 'test'));
    for (const requirement of changed.requirements.filter((r) => ids.has(r.id))) {
      expect(requirement).toMatchObject({ level: 'leading', role: 'contract', verification: { method: 'test' } });
    }
    const unchanged = setLevel(spec, ids, 'leading');
    expect(unchanged.requirements.filter((requirement) => !ids.has(requirement.id))).toEqual(others);
    for (const requirement of others) expect(unchanged.requirements.find((r) => r.id === requirement.id)).toBe(requirement);
    asOneStep(spec, (current) => setRole(current, ids, 'contract'));
  });

  it('setting verification closes the verification check for those requirements', () => {
    const base = document();
    const { ids } = firstSection(base);
    const spec = {
      ...base,
      requirements: base.requirements.map((requirement) =>
        ids.has(requirement.id) ? { ...requirement, obligation: 'mandatory' as const, verification: { method: null } } : requirement,
      ),
    };
    const open = (s: Specification): string[] => checkCompleteness(s).find((check) => check.id === 'verification')?.items ?? [];
    for (const id of ids) expect(open(spec)).toContain(id);
    const verified = setVerificationMethod(spec, ids, 'declaration');
    for (const id of ids) expect(open(verified)).not.toContain(id);
  });

  it('assigns evaluated requirements to a criterion, skips mandatory ones, and says which another criterion holds', () => {
    const base = document();
    const { ids } = firstSection(base);
    const [firstId, ...restIds] = [...ids];
    if (firstId === undefined) throw new Error('fixture');
    const spec = setObligation(setObligation(base, ids, 'evaluated'), new Set([firstId]), 'mandatory');
    const quality = valid(assignToCriterion(spec, ids, 'crit-1'));
    expect(quality.evaluation.criteria.find((c) => c.id === 'crit-1')?.requirementIds).toEqual(restIds);
    const used = (s: Specification): string[] => checkCompleteness(s).find((check) => check.id === 'evaluatedUsed')?.items ?? [];
    for (const id of restIds) {
      expect(used(spec)).toContain(id);
      expect(used(quality)).not.toContain(id);
    }
    // Moving to the climate criterion: the caller asks first, the edit moves them.
    const held = heldElsewhere(quality, ids, 'crit-2');
    expect([...held.keys()]).toEqual(restIds);
    expect(held.get(restIds[0] ?? '')?.name).toBe('Quality');
    const climate = valid(assignToCriterion(quality, ids, 'crit-2'));
    expect(climate.evaluation.criteria.find((c) => c.id === 'crit-1')?.requirementIds).toEqual([]);
    expect(climate.evaluation.criteria.find((c) => c.id === 'crit-2')?.requirementIds).toEqual(restIds);
    // The price criterion and an unknown criterion take nothing.
    expect(assignToCriterion(spec, ids, 'price-1')).toBe(spec);
    expect(assignToCriterion(spec, ids, 'crit-9')).toBe(spec);
    asOneStep(spec, (current) => assignToCriterion(current, ids, 'crit-1'));
    // Removing from one criterion, or from all.
    expect(removeFromCriteria(climate, ids, 'crit-1')).toBe(climate);
    expect(removeFromCriteria(climate, ids).evaluation.criteria.every((c) => c.requirementIds.length === 0)).toBe(true);
  });

  it('making requirements mandatory takes them out of the award criteria', () => {
    const base = document();
    const { ids } = firstSection(base);
    const assigned = assignToCriterion(setObligation(base, ids, 'evaluated'), ids, 'crit-1');
    const mandatory = valid(setObligation(assigned, ids, 'mandatory'));
    expect(mandatory.evaluation.criteria.find((c) => c.id === 'crit-1')?.requirementIds).toEqual([]);
    expect(mandatory.requirements.filter((r) => ids.has(r.id)).every((r) => r.obligation === 'mandatory')).toBe(true);
  });

  it('moves requirements to the end of another section in document order; both sections keep orders 0..n-1', () => {
    const spec = document();
    const { sectionId, ids } = firstSection(spec);
    const target = spec.sections.find((section) => section.id !== sectionId && sectionRequirements(spec, section.id).length > 0);
    if (target === undefined) throw new Error('fixture needs a second section');
    const picked = [...ids].slice(1);
    const before = sectionRequirements(spec, target.id).map((r) => r.id);
    const moved = valid(moveToSection(spec, new Set(picked), target.id));
    expect(sectionRequirements(moved, target.id).map((r) => r.id)).toEqual([...before, ...picked]);
    expect(sectionRequirements(moved, target.id).map((r) => r.order)).toEqual([...before, ...picked].map((_, index) => index));
    expect(sectionRequirements(moved, sectionId).map((r) => r.order)).toEqual([0]);
    expect(moveToSection(spec, new Set(picked), 'no-such-section')).toBe(spec);
    asOneStep(spec, (current) => moveToSection(current, new Set(picked), target.id));
  });

  it('deletes the requirements and takes them out of the criteria in one step', () => {
    const base = document();
    const { sectionId, ids } = firstSection(base);
    const spec = assignToCriterion(setObligation(base, ids, 'evaluated'), ids, 'crit-1');
    const [keep, ...gone] = [...ids];
    const after = valid(deleteMany(spec, new Set(gone)));
    expect(after.requirements).toHaveLength(spec.requirements.length - gone.length);
    expect(after.evaluation.criteria.find((c) => c.id === 'crit-1')?.requirementIds).toEqual([keep]);
    expect(sectionRequirements(after, sectionId).map((r) => [r.id, r.order])).toEqual([[keep, 0]]);
    asOneStep(spec, (current) => deleteMany(current, new Set(gone)));
  });
});
