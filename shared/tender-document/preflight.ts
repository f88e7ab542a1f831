/**
 * The preflight list: what an export would print empty, as a field still to
 * fill in, leave out or print inconsistently, and the open quality and
 * completeness findings, so that nothing goes out silently. The plan notes
 * what it prints as it builds and the contradictions of the award model
 * (plan-award-checks.ts); exportPreflight adds the quality checker's errors and the
 * open completeness checks. The app's preflight dialog and the CLI share it.
 */
import { z } from 'zod';
import { checkCompleteness, type CheckId, checkIds } from '../builder/completeness';
import { builderSteps } from '../builder/steps';
import { lintSpecification } from '../quality/lint';
import type { Specification } from '../specification/model';
import type { CatalogueData } from './plan-context';
import { preflightCategories, preflightSeverities, type PreflightItem, type TenderDocumentChoices } from './plan-types';
import { tenderDocumentPlan } from './plan';

/** A preflight item as it crosses a boundary (IPC, JSON from the CLI). */
export const PreflightItemSchema = z
  .object({
    code: z.string().regex(/^[a-zA-Z][\w.-]{0,80}$/),
    category: z.enum(preflightCategories),
    severity: z.enum(preflightSeverities),
    place: z.string().max(2000),
    printed: z.string().max(2000),
    values: z.record(z.string(), z.union([z.string().max(2000), z.number()])),
    goTo: z.object({ step: z.enum(builderSteps), check: z.enum(checkIds).optional(), itemId: z.string().max(200).optional() }).strict(),
  })
  .strict();

/** Completeness checks the plan's own items already say more precisely. */
const coveredByPlan = new Set<CheckId>(['title', 'buyer', 'reference', 'procedure', 'needs', 'evaluatedUsed', 'points', 'deductions']);

/**
 * Everything to know before exporting with these choices: the plan's items, then each error the
 * quality checker finds in the document language, then each open completeness check. Pure; the
 * app's preflight dialog and `kravstudio export` show the same list.
 */
export function exportPreflight(spec: Specification, choices: TenderDocumentChoices, catalogue: CatalogueData): PreflightItem[] {
  const plan = tenderDocumentPlan(spec, choices, catalogue);
  const items = [...plan.preflight];
  const numberOf = new Map(collectNumbers(plan.sections));
  for (const finding of lintSpecification(spec, choices.language)) {
    if (finding.severity !== 'error') continue;
    const number = numberOf.get(finding.requirementId) ?? finding.requirementId;
    items.push({ code: 'quality.error', category: 'quality', severity: 'warning', place: number, printed: '', values: { number, rule: finding.ruleId }, goTo: { step: 'requirements', itemId: finding.requirementId } });
  }
  for (const check of checkCompleteness(spec)) {
    if (check.done || coveredByPlan.has(check.id)) continue;
    const first = check.items[0];
    items.push({
      code: `completeness.${check.id}`,
      category: 'completeness',
      severity: 'warning',
      place: '',
      printed: '',
      values: { count: check.items.length, ...check.values },
      goTo: { step: check.step, check: check.id, ...(first === undefined ? {} : { itemId: first }) },
    });
  }
  return items;
}

/** Requirement id → its printed number, from the plan's requirement tables. */
function collectNumbers(sections: ReturnType<typeof tenderDocumentPlan>['sections']): [string, string][] {
  return sections.flatMap((section) => [
    ...section.blocks.flatMap((block) => (block.kind === 'requirements' ? block.rows.map((row): [string, string] => [row.id, row.number]) : [])),
    ...collectNumbers(section.children),
  ]);
}
