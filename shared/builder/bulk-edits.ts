/**
 * Edits on many requirements at once, for the bulk actions of the
 * Requirements step and the Evaluation step's assigning by section. Each
 * takes the specification and a set of requirement ids and returns ONE new
 * specification, so the caller records it as one undo step. Ids that name no
 * requirement are ignored; an edit that would change nothing returns the
 * same specification object, and requirements outside the set keep their
 * identity (per-requirement caches such as quality findings stay warm).
 */
import type { Specification } from '../specification/model';
import type { EvaluationCriterion } from '../specification/model/evaluation';
import {
  isScored,
  type Obligation,
  type Requirement,
  type RequirementLevel,
  type RequirementRole,
  type VerificationMethod,
} from '../specification/model/requirements';
import { isPriceCriterion } from './evaluation-edits';
import { deleteRequirements, sectionRequirements } from './requirement-edits';

/** Applies `change` to every requirement in `ids`; the same specification when no requirement changed. */
function changeRequirements(spec: Specification, ids: ReadonlySet<string>, change: (requirement: Requirement) => Requirement): Specification {
  let changed = false;
  const requirements = spec.requirements.map((requirement) => {
    if (!ids.has(requirement.id)) return requirement;
    const next = change(requirement);
    if (next !== requirement) changed = true;
    return next;
  });
  return changed ? { ...spec, requirements } : spec;
}

/** The ids of `ids` that name a requirement of the document. */
export function existingIds(spec: Specification, ids: Iterable<string>): Set<string> {
  const wanted = new Set(ids);
  return new Set(spec.requirements.filter((requirement) => wanted.has(requirement.id)).map((requirement) => requirement.id));
}

/**
 * Traces the requirements to a need: the need joins their needs and they
 * count as traced (a requirement that stood alone is traced again; its
 * reason is kept in case the user goes back). An unknown need changes nothing.
 */
export function linkToNeed(spec: Specification, ids: ReadonlySet<string>, needId: string): Specification {
  if (!spec.needs.some((need) => need.id === needId)) return spec;
  return changeRequirements(spec, ids, (requirement) =>
    requirement.tracing === 'linked' && requirement.needIds.includes(needId)
      ? requirement
      : { ...requirement, tracing: 'linked', needIds: requirement.needIds.includes(needId) ? requirement.needIds : [...requirement.needIds, needId] },
  );
}

/** Takes a need off the requirements (the other needs they trace to stay). */
export function unlinkFromNeed(spec: Specification, ids: ReadonlySet<string>, needId: string): Specification {
  return changeRequirements(spec, ids, (requirement) =>
    requirement.needIds.includes(needId) ? { ...requirement, needIds: requirement.needIds.filter((id) => id !== needId) } : requirement,
  );
}

/**
 * Marks the requirements as standing alone, not traced to a need, with the
 * user's reason (the dismissal of the "not traced to a need" check). A blank
 * reason changes nothing: the check would stay open anyway.
 */
export function markStandingAlone(spec: Specification, ids: ReadonlySet<string>, reason: string): Specification {
  const trimmed = reason.trim();
  if (trimmed === '') return spec;
  return changeRequirements(spec, ids, (requirement) =>
    requirement.tracing === 'not-needed' && requirement.tracingReason === trimmed ? requirement : { ...requirement, tracing: 'not-needed', tracingReason: trimmed },
  );
}

/**
 * Sets the obligation. A requirement that is no longer scored also leaves
 * the award criteria that named it, so no criterion keeps a mandatory
 * requirement (its points or deduction stay on it, as the editor keeps them).
 */
export function setObligation(spec: Specification, ids: ReadonlySet<string>, obligation: Obligation): Specification {
  const next = changeRequirements(spec, ids, (requirement) => (requirement.obligation === obligation ? requirement : { ...requirement, obligation }));
  if (next === spec || isScored(obligation)) return next;
  return removeFromCriteria(next, ids);
}

export function setLevel(spec: Specification, ids: ReadonlySet<string>, level: RequirementLevel): Specification {
  return changeRequirements(spec, ids, (requirement) => (requirement.level === level ? requirement : { ...requirement, level }));
}

export function setRole(spec: Specification, ids: ReadonlySet<string>, role: RequirementRole): Specification {
  return changeRequirements(spec, ids, (requirement) => (requirement.role === role ? requirement : { ...requirement, role }));
}

/** Sets how compliance is verified; a description already written stays. */
export function setVerificationMethod(spec: Specification, ids: ReadonlySet<string>, method: VerificationMethod): Specification {
  return changeRequirements(spec, ids, (requirement) =>
    requirement.verification.method === method ? requirement : { ...requirement, verification: { ...requirement.verification, method } },
  );
}

/**
 * For each requirement of `ids` that another criterion than `criterionId`
 * already holds, that criterion: what the user is asked about before the
 * requirement moves ("K12 is under Quality; move it to Climate?").
 */
export function heldElsewhere(spec: Specification, ids: ReadonlySet<string>, criterionId: string): Map<string, EvaluationCriterion> {
  const held = new Map<string, EvaluationCriterion>();
  for (const criterion of spec.evaluation.criteria) {
    if (criterion.id === criterionId) continue;
    for (const id of criterion.requirementIds) if (ids.has(id) && !held.has(id)) held.set(id, criterion);
  }
  return held;
}

/**
 * Puts the scored requirements of `ids` into a criterion, after those it
 * holds, in document order; a requirement counts in one criterion only, so
 * each leaves the criterion it was in (ask first: `heldElsewhere`).
 * Mandatory requirements are skipped: they are not scored. The price
 * criterion and unknown criteria take nothing.
 */
export function assignToCriterion(spec: Specification, ids: ReadonlySet<string>, criterionId: string): Specification {
  const target = spec.evaluation.criteria.find((criterion) => criterion.id === criterionId);
  if (target === undefined || isPriceCriterion(spec.evaluation, criterionId)) return spec;
  const held = new Set(target.requirementIds);
  const joining = spec.requirements.filter((requirement) => ids.has(requirement.id) && isScored(requirement.obligation) && !held.has(requirement.id));
  if (joining.length === 0) return spec;
  const order = documentOrder(spec);
  joining.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const moving = new Set(joining.map((requirement) => requirement.id));
  return {
    ...spec,
    evaluation: {
      ...spec.evaluation,
      criteria: spec.evaluation.criteria.map((criterion) => {
        if (criterion.id === criterionId) return { ...criterion, requirementIds: [...criterion.requirementIds, ...joining.map((requirement) => requirement.id)] };
        return criterion.requirementIds.some((id) => moving.has(id)) ? { ...criterion, requirementIds: criterion.requirementIds.filter((id) => !moving.has(id)) } : criterion;
      }),
    },
  };
}

/** Takes the requirements out of one criterion, or (without `criterionId`) out of every criterion. */
export function removeFromCriteria(spec: Specification, ids: ReadonlySet<string>, criterionId?: string): Specification {
  let changed = false;
  const criteria = spec.evaluation.criteria.map((criterion) => {
    if (criterionId !== undefined && criterion.id !== criterionId) return criterion;
    if (!criterion.requirementIds.some((id) => ids.has(id))) return criterion;
    changed = true;
    return { ...criterion, requirementIds: criterion.requirementIds.filter((id) => !ids.has(id)) };
  });
  return changed ? { ...spec, evaluation: { ...spec.evaluation, criteria } } : spec;
}

/** Requirement id → its place in the document: sections depth first, then order within each. */
function documentOrder(spec: Specification): Map<string, number> {
  const children = new Map<string | null, { id: string; order: number }[]>();
  for (const section of spec.sections) children.set(section.parentId, [...(children.get(section.parentId) ?? []), section]);
  const place = new Map<string, number>();
  const seen = new Set<string>();
  const visit = (parentId: string | null): void => {
    for (const section of [...(children.get(parentId) ?? [])].sort((a, b) => a.order - b.order)) {
      if (seen.has(section.id)) continue;
      seen.add(section.id);
      for (const requirement of sectionRequirements(spec, section.id)) place.set(requirement.id, place.size);
      visit(section.id);
    }
  };
  visit(null);
  return place;
}

/**
 * Moves the requirements to the end of a section, keeping their document
 * order; the sections they left close their gaps. An unknown section
 * changes nothing.
 */
export function moveToSection(spec: Specification, ids: ReadonlySet<string>, sectionId: string): Specification {
  if (!spec.sections.some((section) => section.id === sectionId)) return spec;
  const order = documentOrder(spec);
  const moving = spec.requirements
    .filter((requirement) => ids.has(requirement.id) && requirement.sectionId !== sectionId)
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  if (moving.length === 0) return spec;
  const movingIds = new Set(moving.map((requirement) => requirement.id));
  const left = new Set(moving.map((requirement) => requirement.sectionId));
  const newOrder = new Map<string, { sectionId: string; order: number }>();
  for (const section of left) {
    sectionRequirements(spec, section)
      .filter((requirement) => !movingIds.has(requirement.id))
      .forEach((requirement, index) => newOrder.set(requirement.id, { sectionId: section, order: index }));
  }
  const staying = sectionRequirements(spec, sectionId).length;
  moving.forEach((requirement, index) => newOrder.set(requirement.id, { sectionId, order: staying + index }));
  return {
    ...spec,
    requirements: spec.requirements.map((requirement) => {
      const place = newOrder.get(requirement.id);
      if (place === undefined || (place.sectionId === requirement.sectionId && place.order === requirement.order)) return requirement;
      return { ...requirement, sectionId: place.sectionId, order: place.order };
    }),
  };
}

/** Deletes the requirements (and takes them out of the award criteria); their sections close the gaps. */
export function deleteMany(spec: Specification, ids: ReadonlySet<string>): Specification {
  const gone = existingIds(spec, ids);
  if (gone.size === 0) return spec;
  const sections = new Set(spec.requirements.filter((requirement) => gone.has(requirement.id)).map((requirement) => requirement.sectionId));
  const without = deleteRequirements(spec, gone);
  const newOrder = new Map<string, number>();
  for (const section of sections) sectionRequirements(without, section).forEach((requirement, index) => newOrder.set(requirement.id, index));
  return {
    ...without,
    requirements: without.requirements.map((requirement) => {
      const order = newOrder.get(requirement.id);
      return order === undefined || order === requirement.order ? requirement : { ...requirement, order };
    }),
  };
}
