import { describe, expect, it } from 'vitest';
import {
  addItem,
  moveItem,
  needsPerGoal,
  newItemId,
  parseHeadCount,
  removeGoal,
  removeItem,
  removeNeed,
  requirementsPerNeed,
  setNeedGoals,
  updateItem,
} from '../../../shared/builder/needs-edits';
import { formatLocalDate, parseLocalDate } from '../../../shared/locale-input';
import { createSpecification } from '../../../shared/specification/create';
import { Specification, type Requirement } from '../../../shared/specification/model';

function blank(): Specification {
  return createSpecification({
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
    title: 'Needs test',
    jurisdiction: 'se',
    languages: ['sv'],
    primaryLanguage: 'sv',
    now: new Date('2026-03-01T10:00:00Z'),
  });
}

function requirement(id: string, needIds: string[]): Requirement {
  return {
    id,
    sectionId: 'section-1',
    order: 0,
    text: { sv: 'Tjänsten ska fungera.' },
    obligation: 'mandatory',
    role: 'specification',
    verification: { method: null },
    answerType: { kind: 'yes-no' },
    parameters: [],
    level: 'basic',
    standards: [],
    needIds,
    tracing: 'linked',
    tracingReason: '',
    provenance: null,
    dismissedFindings: [],
    notes: '',
  };
}

/** A document with two needs, two goals and requirements traced to the needs. */
function traced(): Specification {
  let spec = blank();
  for (const list of ['needs', 'needs', 'goals', 'goals'] as const) spec = addItem(spec, list, newItemId(spec, list));
  spec = setNeedGoals(spec, 'need-1', ['goal-2', 'goal-1']);
  spec = setNeedGoals(spec, 'need-2', ['goal-2']);
  return {
    ...spec,
    sections: [{ id: 'section-1', parentId: null, order: 0, title: { sv: 'Krav' } }],
    requirements: [requirement('req-1', ['need-1']), requirement('req-2', ['need-1', 'need-2']), requirement('req-3', [])],
  };
}

const valid = (spec: Specification): boolean => Specification.safeParse(spec).success;

describe('adding and changing items', () => {
  it('adds empty items with new ids that the schema accepts', () => {
    let spec = blank();
    for (const list of ['stakeholders', 'userGroups', 'needs', 'goals', 'marketDialogue'] as const) {
      spec = addItem(spec, list, newItemId(spec, list));
    }
    expect(spec.needs).toEqual([{ id: 'need-1', statement: '', who: '', why: '', priority: 'must', goalIds: [] }]);
    expect(spec.marketDialogue[0]).toMatchObject({ id: 'dialogue-1', date: null, form: 'meeting' });
    expect(spec.userGroups[0]).toEqual({ id: 'user-group-1', name: '', description: '' });
    expect(newItemId(spec, 'needs')).toBe('need-2');
    expect(valid(spec)).toBe(true);
  });

  it('does not add an item whose id is taken', () => {
    const spec = addItem(blank(), 'goals', 'goal-1');
    expect(addItem(spec, 'goals', 'goal-1')).toBe(spec);
  });

  it('changes only the named item, and never its id', () => {
    let spec = addItem(addItem(blank(), 'needs', 'need-1'), 'needs', 'need-2');
    spec = updateItem(spec, 'needs', 'need-2', { statement: 'Book a time online', who: 'Residents', priority: 'could' });
    expect(spec.needs[0]?.statement).toBe('');
    expect(spec.needs[1]).toMatchObject({ id: 'need-2', statement: 'Book a time online', who: 'Residents', priority: 'could' });
    expect(updateItem(spec, 'needs', 'need-9', { who: 'Nobody' })).toBe(spec);
  });

  it('links a need only to goals that exist, each once, in goal order', () => {
    const spec = setNeedGoals(traced(), 'need-1', ['goal-2', 'goal-9', 'goal-1', 'goal-2']);
    expect(spec.needs[0]?.goalIds).toEqual(['goal-1', 'goal-2']);
    expect(valid(spec)).toBe(true);
  });
});

describe('moving items', () => {
  it('moves an item up and down, and not past either end', () => {
    let spec = blank();
    for (let n = 0; n < 3; n += 1) spec = addItem(spec, 'marketDialogue', newItemId(spec, 'marketDialogue'));
    const order = (s: Specification): string[] => s.marketDialogue.map((entry) => entry.id);
    spec = moveItem(spec, 'marketDialogue', 'dialogue-3', -1);
    expect(order(spec)).toEqual(['dialogue-1', 'dialogue-3', 'dialogue-2']);
    spec = moveItem(spec, 'marketDialogue', 'dialogue-1', 1);
    expect(order(spec)).toEqual(['dialogue-3', 'dialogue-1', 'dialogue-2']);
    expect(moveItem(spec, 'marketDialogue', 'dialogue-3', -1)).toBe(spec);
    expect(moveItem(spec, 'marketDialogue', 'dialogue-2', 1)).toBe(spec);
    expect(moveItem(spec, 'marketDialogue', 'dialogue-7', 1)).toBe(spec);
  });
});

describe('removing items', () => {
  it('removing a need takes it out of every requirement that was traced to it', () => {
    const before = traced();
    expect(valid(before)).toBe(true);
    const after = removeNeed(before, 'need-1');
    expect(after.needs.map((need) => need.id)).toEqual(['need-2']);
    expect(after.requirements.map((r) => r.needIds)).toEqual([[], ['need-2'], []]);
    expect(valid(after)).toBe(true);
  });

  it('removing a goal takes it out of every need linked to it', () => {
    const after = removeGoal(traced(), 'goal-2');
    expect(after.goals.map((goal) => goal.id)).toEqual(['goal-1']);
    expect(after.needs.map((need) => need.goalIds)).toEqual([['goal-1'], []]);
    expect(valid(after)).toBe(true);
  });

  it('removeItem clears references for needs and goals, and just removes the others', () => {
    let spec = traced();
    spec = addItem(addItem(spec, 'stakeholders', 'stakeholder-1'), 'stakeholders', 'stakeholder-2');
    expect(removeItem(spec, 'stakeholders', 'stakeholder-1').stakeholders.map((s) => s.id)).toEqual(['stakeholder-2']);
    expect(removeItem(spec, 'needs', 'need-2').requirements[1]?.needIds).toEqual(['need-1']);
    expect(removeItem(spec, 'goals', 'goal-1').needs[0]?.goalIds).toEqual(['goal-2']);
    // Without the clean-up, the document would fail validation.
    expect(valid({ ...spec, needs: spec.needs.slice(1) })).toBe(false);
    expect(valid(removeItem(spec, 'needs', 'need-1'))).toBe(true);
  });

  it('keeps the id sequence moving after a removal', () => {
    const spec = removeItem(traced(), 'needs', 'need-1');
    expect(newItemId(spec, 'needs')).toBe('need-3');
  });
});

describe('tracing counts', () => {
  it('counts the requirements traced to each need, once per requirement', () => {
    const spec = traced();
    const withDuplicate = { ...spec, requirements: [...spec.requirements, requirement('req-4', ['need-2', 'need-2'])] };
    expect(Object.fromEntries(requirementsPerNeed(withDuplicate))).toEqual({ 'need-1': 2, 'need-2': 2 });
    expect(Object.fromEntries(requirementsPerNeed(removeNeed(spec, 'need-1')))).toEqual({ 'need-2': 1 });
  });

  it('lists the needs linked to each goal', () => {
    expect(Object.fromEntries(needsPerGoal(traced()))).toEqual({ 'goal-1': ['need-1'], 'goal-2': ['need-1', 'need-2'] });
  });
});

describe('what the user types', () => {
  it('reads a head count: empty is unknown, whole numbers of 0 or more only', () => {
    expect(parseHeadCount('')).toEqual({ ok: true, value: undefined });
    expect(parseHeadCount('  ')).toEqual({ ok: true, value: undefined });
    expect(parseHeadCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseHeadCount('12 500')).toEqual({ ok: true, value: 12500 });
    expect(parseHeadCount('12\u00a0500')).toEqual({ ok: true, value: 12500 });
    for (const bad of ['-3', '2.5', '1,5', 'many', '1e3', '99999999999999999999']) expect(parseHeadCount(bad), bad).toEqual({ ok: false });
  });

  it('reads dates in ISO form and day first, and refuses dates that do not exist', () => {
    expect(parseLocalDate('')).toEqual({ ok: true, value: null });
    expect(parseLocalDate('2026-03-01')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseLocalDate('2026-3-1')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseLocalDate('1.3.2026')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseLocalDate(' 01/03/2026 ')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseLocalDate('29.02.2028')).toEqual({ ok: true, value: '2028-02-29' });
    for (const bad of ['29.02.2026', '2026-13-01', '2026-04-31', '0.1.2026', '03/2026', 'i går', '2026-03-01T10:00']) {
      expect(parseLocalDate(bad), bad).toEqual({ ok: false });
    }
  });

  it('writes dates the way each locale writes them in figures, and reads them back', () => {
    expect(formatLocalDate('2026-03-01', 'sv-SE')).toBe('2026-03-01');
    expect(formatLocalDate('2026-03-01', 'nb-NO')).toBe('01.03.2026');
    expect(formatLocalDate('2026-03-01', 'en-GB')).toBe('01/03/2026');
    expect(formatLocalDate(null, 'sv-SE')).toBe('');
    for (const locale of ['sv-SE', 'nb-NO', 'en-GB']) {
      expect(parseLocalDate(formatLocalDate('2026-12-31', locale))).toEqual({ ok: true, value: '2026-12-31' });
    }
  });
});
