/**
 * Library requirements that are alternatives to each other (data location
 * within the EEA only, or also in countries with an adequacy decision) set two
 * different rules for the same thing: a document holding both contradicts
 * itself. The plan notes each such pair, naming both numbers, so the buyer
 * keeps one.
 */
import type { PlanContext } from './plan-context';

export function alternativeChecks(context: PlanContext): void {
  const library = context.catalogue.library;
  if (library === undefined) return;
  const alternativesOf = new Map<string, readonly string[]>();
  for (const pack of [...library.packs, ...library.modules]) {
    for (const requirement of pack.requirements) if (requirement.alternatives.length > 0) alternativesOf.set(requirement.id, requirement.alternatives);
  }
  if (alternativesOf.size === 0) return;
  const seen: { templateId: string; number: string }[] = [];
  for (const { requirement, number } of context.numbering.inOrder) {
    const templateId = requirement.provenance?.requirementId;
    if (templateId === undefined) continue;
    const alternatives = alternativesOf.get(templateId) ?? [];
    for (const earlier of seen) {
      if (!alternatives.includes(earlier.templateId) && !(alternativesOf.get(earlier.templateId) ?? []).includes(templateId)) continue;
      context.note({
        code: 'requirement.alternativesTogether',
        category: 'inconsistent',
        place: number,
        printed: '',
        values: { number, other: earlier.number, id: templateId, otherId: earlier.templateId },
        goTo: { step: 'requirements', itemId: requirement.id },
      });
    }
    seen.push({ templateId, number });
  }
}
