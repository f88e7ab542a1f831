/**
 * Edits of the innovation-criteria checklist on the Review step, kept in the
 * document: one entry per criterion the user has touched, in the order first
 * touched. A criterion without an entry is open with no evidence.
 */
import type { InnovationChecklistEntry, Specification } from '../specification/model';

/** A criterion's entry, or the open, empty one it has until the user touches it. */
export function checklistEntry(spec: Specification, criterionId: string): InnovationChecklistEntry {
  return spec.innovationChecklist?.find((entry) => entry.criterionId === criterionId) ?? { criterionId, status: 'open', evidence: '' };
}

/** Changes a criterion's status or evidence; a first change adds its entry at the end. */
export function setChecklistEntry(spec: Specification, criterionId: string, change: Partial<Omit<InnovationChecklistEntry, 'criterionId'>>): Specification {
  const list = spec.innovationChecklist ?? [];
  const next = { ...checklistEntry(spec, criterionId), ...change };
  const exists = list.some((entry) => entry.criterionId === criterionId);
  return {
    ...spec,
    innovationChecklist: exists ? list.map((entry) => (entry.criterionId === criterionId ? next : entry)) : [...list, next],
  };
}
