/**
 * The completeness checklist of the Review step, also behind the progress
 * rail: each check belongs to the step where it is fixed, says whether it
 * holds, and lists the items (requirements, needs, criteria) that keep it
 * open so the user can go to them. Pure, so it runs on every edit.
 */
import { organisationNumberProblem } from '../specification/content-checks';
import type { Specification } from '../specification/model';
import { norwegianClimateMinimumPercent } from '../procurement-rules';
import { builderSteps, type BuilderStep } from './steps';
import { isBinding, isScored } from '../specification/model/requirements';

export const checkIds = [
  'title',
  'buyer',
  'organisationNumber',
  'reference',
  'procedure',
  'estimatedValue',
  'contractPeriod',
  'cpv',
  'lots',
  'variants',
  'currentSituation',
  'needs',
  'needsComplete',
  'goalsMeasurable',
  'requirements',
  'translations',
  'verification',
  'placeholders',
  'tracing',
  'qualityMethod',
  'weights',
  'priceFormula',
  'criteriaNamed',
  'evaluatedUsed',
  'points',
  'deductions',
  'climate',
] as const;
export type CheckId = (typeof checkIds)[number];

export interface CompletenessCheck {
  id: CheckId;
  step: BuilderStep;
  done: boolean;
  /** Ids of the items that keep the check open (requirements, needs, goals, criteria). */
  items: string[];
  /** Figures the message shows, such as the current sum of weights. */
  values: Record<string, number>;
}

/** Markers people leave in a draft for "fill in later". */
const placeholderPattern = /\b(?:TODO|TBD|XXX)\b|\[(?:\.\.\.|…)\]|\?\?\?/;
const parameterReference = /\{([a-z][a-zA-Z0-9]*)\}/g;

const filled = (text: string | undefined | null): boolean => (text ?? '').trim() !== '';

/** The requirements whose text still holds a placeholder, an unset parameter, or a {name} with no parameter behind it. */
export function requirementsWithPlaceholders(spec: Specification): string[] {
  return spec.requirements
    .filter((requirement) => {
      const names = new Set(requirement.parameters.map((parameter) => parameter.name));
      if (requirement.parameters.some((parameter) => parameter.value === null || parameter.value === '')) return true;
      return spec.languages.some((language) => {
        const text = requirement.text[language] ?? '';
        if (placeholderPattern.test(text)) return true;
        return [...text.matchAll(parameterReference)].some((match) => !names.has(match[1] ?? ''));
      });
    })
    .map((requirement) => requirement.id);
}

function check(step: BuilderStep, id: CheckId, items: string[] | boolean, values: Record<string, number> = {}): CompletenessCheck {
  if (typeof items === 'boolean') return { id, step, done: items, items: [], values };
  return { id, step, done: items.length === 0, items, values };
}

/**
 * Every check that applies to this document. Checks that do not apply (the
 * price formula when only price counts, the climate weight outside Norway)
 * are left out rather than shown as done.
 */
export function checkCompleteness(spec: Specification): CompletenessCheck[] {
  const { procurement, evaluation } = spec;
  const checks: CompletenessCheck[] = [
    check('procurement', 'title', filled(spec.title)),
    check('procurement', 'buyer', filled(spec.buyer.name)),
    check('procurement', 'organisationNumber', filled(spec.buyer.organisationNumber) && !organisationNumberProblem(spec.jurisdiction, spec.buyer.organisationNumber)),
    check('procurement', 'reference', filled(procurement.referenceNumber)),
    check('procurement', 'procedure', procurement.procedure !== null),
    check('procurement', 'estimatedValue', procurement.estimatedValue !== null && procurement.estimatedValue > 0),
    check(
      'procurement',
      'contractPeriod',
      (procurement.contractPeriod.startDate !== null && procurement.contractPeriod.endDate !== null) || (procurement.contractPeriod.durationMonths ?? 0) > 0,
    ),
    check('procurement', 'cpv', procurement.cpvCodes.length > 0),
    check('procurement', 'lots', procurement.lots.length > 0 || filled(procurement.notDividedReason)),
    check('procurement', 'variants', procurement.variants.allowed === false || (procurement.variants.allowed === true && filled(procurement.variants.conditions))),

    check('needs', 'currentSituation', filled(spec.currentSituation)),
    check('needs', 'needs', spec.needs.length > 0),
    check(
      'needs',
      'needsComplete',
      spec.needs.filter((need) => !filled(need.statement) || !filled(need.who)).map((need) => need.id),
    ),
    check(
      'needs',
      'goalsMeasurable',
      spec.goals.filter((goal) => !filled(goal.indicator) || !filled(goal.baseline) || !filled(goal.target)).map((goal) => goal.id),
    ),

    check('requirements', 'requirements', spec.requirements.length > 0),
    check(
      'requirements',
      'translations',
      spec.requirements.filter((requirement) => spec.languages.some((language) => !filled(requirement.text[language]))).map((requirement) => requirement.id),
    ),
    check(
      'requirements',
      'verification',
      spec.requirements.filter((requirement) => isBinding(requirement.obligation) && requirement.verification.method === null).map((requirement) => requirement.id),
    ),
    check('requirements', 'placeholders', requirementsWithPlaceholders(spec)),
    check(
      'requirements',
      'tracing',
      spec.requirements
        .filter((requirement) => (requirement.tracing === 'linked' ? requirement.needIds.length === 0 : !filled(requirement.tracingReason)))
        .map((requirement) => requirement.id),
    ),
  ];

  const evaluated = spec.requirements.filter((requirement) => isScored(requirement.obligation));
  const weighsQuality = evaluation.basis === 'price-quality';
  if (weighsQuality || evaluated.length > 0) {
    // Evaluated requirements only count when the award weighs quality against price.
    checks.push(check('evaluation', 'qualityMethod', weighsQuality && evaluation.method !== null));
  }
  if (weighsQuality && evaluation.method === 'weighted-points') {
    const sum = evaluation.criteria.reduce((total, criterion) => total + criterion.weightPercent, 0);
    const rounded = Math.round(sum * 100) / 100;
    checks.push(check('evaluation', 'weights', evaluation.criteria.length > 0 && rounded === 100, { sum: rounded }));
    checks.push(check('evaluation', 'priceFormula', evaluation.priceFormula !== null));
    checks.push(
      check(
        'evaluation',
        'criteriaNamed',
        evaluation.criteria.filter((criterion) => !filled(criterion.name)).map((criterion) => criterion.id),
      ),
    );
    const used = new Set(evaluation.criteria.flatMap((criterion) => criterion.requirementIds));
    checks.push(check('evaluation', 'evaluatedUsed', evaluated.filter((requirement) => !used.has(requirement.id)).map((requirement) => requirement.id)));
    // Under weighted points an evaluated requirement is scored by its points: without them the tender document cannot say what it is worth.
    checks.push(check('evaluation', 'points', evaluated.filter((requirement) => (requirement.evaluation?.points ?? 0) <= 0).map((requirement) => requirement.id)));
  }
  if (weighsQuality && evaluation.method === 'value-deduction') {
    checks.push(
      check(
        'evaluation',
        'deductions',
        evaluated.filter((requirement) => (requirement.evaluation?.deduction ?? 0) <= 0).map((requirement) => requirement.id),
      ),
    );
  }
  if (spec.jurisdiction === 'no') {
    const weight = environmentalWeight(spec);
    checks.push(check('evaluation', 'climate', weight >= norwegianClimateMinimumPercent || filled(evaluation.environmentalReason), { weight }));
  }
  return checks;
}

/** The share (percent) of the award that climate and environment criteria carry; 0 unless weighted points are used. */
export function environmentalWeight(spec: Specification): number {
  const { evaluation } = spec;
  if (evaluation.basis !== 'price-quality' || evaluation.method !== 'weighted-points') return 0;
  const sum = evaluation.criteria.filter((criterion) => criterion.environmental === true).reduce((total, criterion) => total + criterion.weightPercent, 0);
  return Math.round(sum * 100) / 100;
}

export interface StepProgress {
  done: number;
  total: number;
  /** Checks still open. */
  open: number;
}

/** Per step: how many of its checks hold. The Review step counts every check. */
export function progressByStep(checks: readonly CompletenessCheck[]): Record<BuilderStep, StepProgress> {
  const progress = Object.fromEntries(builderSteps.map((step) => [step, { done: 0, total: 0, open: 0 }])) as Record<BuilderStep, StepProgress>;
  for (const item of checks) {
    for (const step of [item.step, 'review'] as const) {
      const entry = progress[step];
      entry.total += 1;
      if (item.done) entry.done += 1;
      else entry.open += 1;
    }
  }
  return progress;
}
