/**
 * The contradictions of the award model that a printed evaluation chapter
 * cannot show (price–quality with no quality criterion, evaluated
 * requirements no criterion uses or without points or deduction), and
 * whether the model is decided far enough to print in full.
 */
import { priceCriterion, qualityCriteria } from '../evaluation/worked-example';
import type { Specification } from '../specification/model';
import { isScored } from '../specification/model/requirements';
import type { PlanContext } from './plan-context';

/**
 * Whether the award model is decided far enough to be printed in full and shown in a worked
 * example: always for lowest price or cost; for price–quality, a method, and for weighted points
 * at least one quality criterion, every criterion named, weights summing to 100 and a price
 * formula, for value deduction a deduction for every evaluated requirement.
 */
export function awardModelComplete(spec: Specification): boolean {
  const { evaluation } = spec;
  if (evaluation.basis !== 'price-quality') return true;
  if (evaluation.method === null) return false;
  // Value addition: every quality criterion named and with an amount (its worked example is the buyer's simulation, when printed).
  if (evaluation.method === 'value-addition') {
    const quality = qualityCriteria(evaluation);
    return quality.length > 0 && quality.every((criterion) => criterion.name.trim() !== '' && (criterion.amount ?? 0) > 0);
  }
  const scored = spec.requirements.filter((requirement) => isScored(requirement.obligation));
  if (evaluation.method === 'value-deduction') return scored.every((requirement) => (requirement.evaluation?.deduction ?? 0) > 0);
  const quality = qualityCriteria(evaluation);
  const sum = Math.round(evaluation.criteria.reduce((total, criterion) => total + criterion.weightPercent, 0) * 100) / 100;
  return quality.length > 0 && evaluation.criteria.every((criterion) => criterion.name.trim() !== '') && sum === 100 && evaluation.priceFormula !== null;
}

/** The contradictions of the award model the plan cannot show in print, noted on the context's list. */
export function documentChecks(context: PlanContext): void {
  const { spec, t } = context;
  const { evaluation } = spec;
  const place = `${context.numbering.nextChapter} ${t('evaluation.title')}`;
  const scored = context.numbering.inOrder.filter(({ requirement }) => isScored(requirement.obligation));
  if (evaluation.basis !== 'price-quality') {
    if (scored.length > 0) {
      context.note({ code: 'evaluation.scoredWithoutQuality', category: 'inconsistent', place, printed: '', values: { count: scored.length }, goTo: { step: 'evaluation', check: 'qualityMethod' } });
    }
    return;
  }
  if (evaluation.method === null) {
    context.note({ code: 'evaluation.noMethod', category: 'inconsistent', place, printed: '', values: {}, goTo: { step: 'evaluation', check: 'qualityMethod' } });
    return;
  }
  if (evaluation.method === 'weighted-points') {
    if (qualityCriteria(evaluation).length === 0) {
      context.note({ code: 'evaluation.noQualityCriterion', category: 'inconsistent', place, printed: '', values: { price: priceCriterion(evaluation)?.name ?? t('evaluation.priceCriterion') }, goTo: { step: 'evaluation', check: 'weights' } });
    }
    const used = new Set(evaluation.criteria.flatMap((criterion) => criterion.requirementIds));
    for (const { requirement, number } of scored) {
      if (!used.has(requirement.id)) context.note({ code: 'evaluation.evaluatedUnused', category: 'inconsistent', place, printed: '', values: { number }, goTo: { step: 'evaluation', check: 'evaluatedUsed', itemId: requirement.id } });
      if ((requirement.evaluation?.points ?? 0) <= 0) context.note({ code: 'evaluation.noPoints', category: 'inconsistent', place, printed: '', values: { number }, goTo: { step: 'evaluation', check: 'points', itemId: requirement.id } });
    }
  } else if (evaluation.method === 'value-addition') {
    for (const criterion of qualityCriteria(evaluation)) {
      if ((criterion.amount ?? 0) <= 0) {
        context.note({ code: 'evaluation.noAmount', category: 'inconsistent', place, printed: context.fillIn.title, values: { criterion: criterion.name }, goTo: { step: 'evaluation', itemId: criterion.id } });
      }
    }
  } else {
    for (const { requirement, number } of scored) {
      if ((requirement.evaluation?.deduction ?? 0) <= 0) {
        context.note({ code: 'evaluation.noDeduction', category: 'inconsistent', place, printed: context.fillIn.title, values: { number }, goTo: { step: 'evaluation', check: 'deductions', itemId: requirement.id } });
      }
    }
  }
  if (!awardModelComplete(spec)) context.note({ code: 'evaluation.exampleLeftOut', category: 'dropped', severity: 'warning', place, printed: '', values: {}, goTo: { step: 'evaluation' } });
}
