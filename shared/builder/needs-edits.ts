/**
 * The edits of the Needs and goals step, as pure functions from one
 * specification to the next: add, change, move and remove stakeholders,
 * user groups, needs, goals and market-dialogue entries. Removing a need or
 * a goal also removes the references to it, so the document never points at
 * an item that is gone (the schema rejects dangling ids). Also the parsing
 * of what the step lets the user type freely (a head count, a date).
 */
import type { Specification } from '../specification/model';
import { nextItemId } from './item-ids';

/** The lists this step edits. */
export type NeedsList = 'stakeholders' | 'userGroups' | 'needs' | 'goals' | 'marketDialogue';

export type ItemOf<L extends NeedsList> = Specification[L][number];

/** The id prefix of new items in each list ("need-3", "goal-1"). */
export const idPrefixes: Record<NeedsList, string> = {
  stakeholders: 'stakeholder',
  userGroups: 'user-group',
  needs: 'need',
  goals: 'goal',
  marketDialogue: 'dialogue',
};

function itemsOf<L extends NeedsList>(spec: Specification, list: L): readonly ItemOf<L>[] {
  return spec[list];
}

function withItems<L extends NeedsList>(spec: Specification, list: L, items: ItemOf<L>[]): Specification {
  return { ...spec, [list]: items };
}

/** The id the next item added to the list gets. */
export function newItemId(spec: Specification, list: NeedsList): string {
  return nextItemId(idPrefixes[list], itemsOf(spec, list));
}

/** An empty item of each list, as "Add" creates it. */
export const emptyItems: { [L in NeedsList]: (id: string) => ItemOf<L> } = {
  stakeholders: (id) => ({ id, name: '', role: '', description: '' }),
  userGroups: (id) => ({ id, name: '', description: '' }),
  needs: (id) => ({ id, statement: '', who: '', why: '', priority: 'must', goalIds: [] }),
  goals: (id) => ({ id, description: '', indicator: '', baseline: '', target: '' }),
  marketDialogue: (id) => ({ id, date: null, form: 'meeting', participants: '', learned: '', changed: '' }),
};

/** Adds an empty item with the given id at the end of the list (nothing changes if the id is taken). */
export function addItem<L extends NeedsList>(spec: Specification, list: L, id: string): Specification {
  const items = itemsOf(spec, list);
  if (items.some((item) => item.id === id)) return spec;
  return withItems(spec, list, [...items, emptyItems[list](id)]);
}

/** Changes some fields of one item; the id stays. */
export function updateItem<L extends NeedsList>(spec: Specification, list: L, id: string, change: Partial<Omit<ItemOf<L>, 'id'>>): Specification {
  const items = itemsOf(spec, list);
  if (!items.some((item) => item.id === id)) return spec;
  return withItems(
    spec,
    list,
    items.map((item) => (item.id === id ? { ...item, ...change, id } : item)),
  );
}

/** Moves an item one place up (-1) or down (+1); at either end nothing changes. */
export function moveItem(spec: Specification, list: NeedsList, id: string, offset: -1 | 1): Specification {
  const items = [...itemsOf(spec, list)];
  const from = items.findIndex((item) => item.id === id);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= items.length) return spec;
  const [moved] = items.splice(from, 1);
  if (moved === undefined) return spec;
  items.splice(to, 0, moved);
  return withItems(spec, list, items);
}

/** Removes an item, and every reference to it: a need from requirements' `needIds`, a goal from needs' `goalIds`. */
export function removeItem(spec: Specification, list: NeedsList, id: string): Specification {
  if (list === 'needs') return removeNeed(spec, id);
  if (list === 'goals') return removeGoal(spec, id);
  return withItems(
    spec,
    list,
    itemsOf(spec, list).filter((item) => item.id !== id),
  );
}

/** Removes a need; requirements traced to it keep their other needs. */
export function removeNeed(spec: Specification, needId: string): Specification {
  return {
    ...spec,
    needs: spec.needs.filter((need) => need.id !== needId),
    requirements: spec.requirements.map((requirement) =>
      requirement.needIds.includes(needId) ? { ...requirement, needIds: requirement.needIds.filter((id) => id !== needId) } : requirement,
    ),
  };
}

/** Removes a goal; needs linked to it keep their other goals. */
export function removeGoal(spec: Specification, goalId: string): Specification {
  return {
    ...spec,
    goals: spec.goals.filter((goal) => goal.id !== goalId),
    needs: spec.needs.map((need) => (need.goalIds.includes(goalId) ? { ...need, goalIds: need.goalIds.filter((id) => id !== goalId) } : need)),
  };
}

/** Sets the goals a need serves: only goals that exist, each once, in the order of the goal list. */
export function setNeedGoals(spec: Specification, needId: string, goalIds: readonly string[]): Specification {
  const wanted = new Set(goalIds);
  const linked = spec.goals.filter((goal) => wanted.has(goal.id)).map((goal) => goal.id);
  return updateItem(spec, 'needs', needId, { goalIds: linked });
}

/** How many requirements are traced to each need (needs no requirement traces to count 0). */
export function requirementsPerNeed(spec: Specification): Map<string, number> {
  const counts = new Map(spec.needs.map((need) => [need.id, 0]));
  for (const requirement of spec.requirements) {
    for (const needId of new Set(requirement.needIds)) {
      const count = counts.get(needId);
      if (count !== undefined) counts.set(needId, count + 1);
    }
  }
  return counts;
}

/** The needs linked to each goal, in the order of the need list. */
export function needsPerGoal(spec: Specification): Map<string, string[]> {
  const linked = new Map<string, string[]>(spec.goals.map((goal) => [goal.id, []]));
  for (const need of spec.needs) {
    for (const goalId of need.goalIds) linked.get(goalId)?.push(need.id);
  }
  return linked;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/** A head count as typed: empty means "not known"; otherwise a whole number of at least 0 (spaces as thousands separators allowed). */
export function parseHeadCount(text: string): Parsed<number | undefined> {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(compact)) return { ok: false };
  const value = Number(compact);
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
}
