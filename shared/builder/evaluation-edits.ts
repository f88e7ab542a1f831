/**
 * The edits and figures behind the Evaluation step of the builder: reading
 * numbers typed in the user's locale, changing the basis, method and
 * criteria without ever leaving the document in a shape the schema rejects,
 * putting evaluated requirements into criteria, and the numbers the step
 * shows beside the worked example. Pure: the step calls these inside
 * `editor.edit`, the tests call them directly.
 */
import { priceCriterion } from '../evaluation/worked-example';
import type { UiLanguage } from '../languages';
import { parseDecimal } from '../locale-input';
import type { Specification } from '../specification/model';
import { Amount } from '../specification/model/common';
import {
  defaultScoringScale,
  EvaluationCriterion,
  ScoringScale,
  type EvaluationBasis,
  type EvaluationMethod,
  type EvaluationModel,
  type PriceFormula,
} from '../specification/model/evaluation';
import type { Requirement } from '../specification/model/requirements';
import { numberAsExported } from '../specification/numbering';
import { nextItemId } from './item-ids';
import { isScored } from '../specification/model/requirements';

// ---------------------------------------------------------------------------
// Numbers typed by the user

export type NumberProblem = 'empty' | 'notANumber' | 'outOfRange';

export type ReadNumber<T> = { ok: true; value: T } | { ok: false; problem: NumberProblem };

const weightSchema = EvaluationCriterion.shape.weightPercent;

/** A criterion weight as typed: required, a number, and one the schema accepts (0–100). */
export function readWeight(text: string, language: UiLanguage): ReadNumber<number> {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const value = parseDecimal(text, language);
  if (value === null) return { ok: false, problem: 'notANumber' };
  if (!weightSchema.safeParse(value).success) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}

/** An amount of money as typed: empty means none (undefined); otherwise a number the schema accepts (0 or more). */
export function readAmount(text: string, language: UiLanguage): ReadNumber<number | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const value = parseDecimal(text, language);
  if (value === null) return { ok: false, problem: 'notANumber' };
  if (!Amount.safeParse(value).success) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}

// ---------------------------------------------------------------------------
// Reading the model

/** The evaluated requirements in the order the exported document numbers them, with their numbers. */
export function evaluatedRequirements(spec: Specification): { requirement: Requirement; number: string }[] {
  return numberAsExported(spec).inOrder.filter((item) => isScored(item.requirement.obligation));
}

/** True for the criterion that stands for price (see `priceCriterion`): it takes no requirements. */
export function isPriceCriterion(evaluation: EvaluationModel, criterionId: string): boolean {
  return priceCriterion(evaluation)?.id === criterionId;
}

export interface WeightSummary {
  /** The sum of all weights, rounded to two decimals as the completeness check rounds it. */
  sum: number;
  /** What is left to reach 100 (negative when the weights add up to more). */
  remaining: number;
  status: 'exact' | 'under' | 'over';
}

export function weightSummary(criteria: readonly EvaluationCriterion[]): WeightSummary {
  const sum = Math.round(criteria.reduce((total, criterion) => total + criterion.weightPercent, 0) * 100) / 100;
  const remaining = Math.round((100 - sum) * 100) / 100;
  return { sum, remaining, status: remaining === 0 ? 'exact' : remaining > 0 ? 'under' : 'over' };
}

/** The criterion an evaluated requirement belongs to, if any (the first, should a file list it twice). */
export function criterionOf(evaluation: EvaluationModel, requirementId: string): EvaluationCriterion | undefined {
  return evaluation.criteria.find((criterion) => criterion.requirementIds.includes(requirementId));
}

/** The evaluated requirements no criterion uses, in document order: under weighted points they would not count. */
export function unassignedEvaluated(spec: Specification): Requirement[] {
  const used = new Set(spec.evaluation.criteria.flatMap((criterion) => criterion.requirementIds));
  return evaluatedRequirements(spec)
    .map((item) => item.requirement)
    .filter((requirement) => !used.has(requirement.id));
}

/**
 * A requirement's text cut to about `max` characters at a word boundary,
 * for lists where the id says which requirement it is and the text only
 * reminds the reader what it is about.
 */
export function shortText(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

// ---------------------------------------------------------------------------
// Edits

function withEvaluation(spec: Specification, change: (evaluation: EvaluationModel) => EvaluationModel): Specification {
  return { ...spec, evaluation: change(spec.evaluation) };
}

/**
 * Sets the basis of the award. Under price or cost alone no method or price
 * formula applies, so both become null; the criteria are kept so that going
 * back to price–quality loses nothing.
 */
export function setBasis(spec: Specification, basis: EvaluationBasis): Specification {
  return withEvaluation(spec, (evaluation) =>
    basis === 'price-quality' ? { ...evaluation, basis } : { ...evaluation, basis, method: null, priceFormula: null },
  );
}

/**
 * The methods and price formulas the Evaluation step offers as choices: those
 * it can edit in full and the tender document can print with a worked
 * example, and value addition (format version 4), edited as quality criteria
 * with a money amount each. The interpolated formula is read from files and
 * tried in the simulator, not offered here yet.
 */
export const builderMethods = ['weighted-points', 'value-deduction', 'value-addition'] as const satisfies readonly EvaluationMethod[];
export const builderPriceFormulas = ['proportional', 'linear', 'interpolated'] as const satisfies readonly PriceFormula[];

/**
 * Sets how quality is weighed. Weighted points need price as a criterion of
 * its own so that all weights (price included) add up to 100: when there is
 * none, one is added, named `priceName` (in the document's language) and
 * weighing what the other criteria leave of 100.
 */
export function setMethod(spec: Specification, method: EvaluationMethod, priceName: string): Specification {
  const next = withEvaluation(spec, (evaluation) => ({ ...evaluation, basis: 'price-quality', method }));
  if (method !== 'weighted-points' || priceCriterion(next.evaluation) !== undefined) return next;
  return addPriceCriterion(next, priceName).specification;
}

export function setPriceFormula(spec: Specification, priceFormula: PriceFormula): Specification {
  return withEvaluation(spec, (evaluation) => ({ ...evaluation, priceFormula }));
}

/** Adds price as a criterion (id "price-…"), first in the list, weighing what the others leave of 100. */
export function addPriceCriterion(spec: Specification, name: string): { specification: Specification; id: string } {
  const { criteria } = spec.evaluation;
  const id = nextItemId('price', criteria);
  const { remaining } = weightSummary(criteria);
  const price: EvaluationCriterion = { id, name, weightPercent: Math.min(100, Math.max(0, remaining)), requirementIds: [] };
  return { specification: withEvaluation(spec, (evaluation) => ({ ...evaluation, criteria: [price, ...criteria] })), id };
}

/** Adds an empty quality criterion at the end (weight 0, so the sum stays what it was until the user sets it). */
export function addCriterion(spec: Specification): { specification: Specification; id: string } {
  const { criteria } = spec.evaluation;
  const id = nextItemId('criterion', criteria);
  const criterion: EvaluationCriterion = { id, name: '', weightPercent: 0, requirementIds: [] };
  return { specification: withEvaluation(spec, (evaluation) => ({ ...evaluation, criteria: [...criteria, criterion] })), id };
}

export function removeCriterion(spec: Specification, criterionId: string): Specification {
  return withEvaluation(spec, (evaluation) => ({ ...evaluation, criteria: evaluation.criteria.filter((criterion) => criterion.id !== criterionId) }));
}

export interface CriterionPatch {
  name?: string;
  weightPercent?: number;
  description?: string;
  environmental?: boolean;
}

/**
 * Changes a criterion's name, weight, description or climate flag. An empty
 * description and a cleared climate flag are left out of the file rather
 * than written as "" and false. A weight the schema would reject is ignored.
 */
export function updateCriterion(spec: Specification, criterionId: string, patch: CriterionPatch): Specification {
  return withEvaluation(spec, (evaluation) => ({
    ...evaluation,
    criteria: evaluation.criteria.map((criterion) => {
      if (criterion.id !== criterionId) return criterion;
      const { description, environmental, ...rest } = criterion;
      const next: EvaluationCriterion = { ...rest };
      if (patch.name !== undefined) next.name = patch.name;
      if (patch.weightPercent !== undefined && weightSchema.safeParse(patch.weightPercent).success) next.weightPercent = patch.weightPercent;
      const nextDescription = patch.description ?? description;
      if (nextDescription !== undefined && nextDescription !== '') next.description = nextDescription;
      const nextEnvironmental = patch.environmental ?? environmental;
      if (nextEnvironmental === true) next.environmental = true;
      return next;
    }),
  }));
}

/**
 * Makes `requirementIds` the evaluated requirements of a criterion. A
 * requirement counts in one criterion only, so each one chosen here leaves
 * the criterion it was in. Ids of requirements that do not exist or are not
 * evaluated are dropped (the schema rejects the first kind); the list is kept
 * in document order. The price criterion takes no requirements.
 */
export function assignRequirements(spec: Specification, criterionId: string, requirementIds: readonly string[]): Specification {
  if (isPriceCriterion(spec.evaluation, criterionId)) return spec;
  const order = evaluatedRequirements(spec).map((item) => item.requirement.id);
  const wanted = new Set(requirementIds);
  const chosen = order.filter((id) => wanted.has(id));
  const moved = new Set(chosen);
  return withEvaluation(spec, (evaluation) => ({
    ...evaluation,
    criteria: evaluation.criteria.map((criterion) =>
      criterion.id === criterionId
        ? { ...criterion, requirementIds: chosen }
        : moved.size === 0 || !criterion.requirementIds.some((id) => moved.has(id))
          ? criterion
          : { ...criterion, requirementIds: criterion.requirementIds.filter((id) => !moved.has(id)) },
    ),
  }));
}

/**
 * Sets (or, with undefined, clears) the value deduction of a requirement, in
 * the procurement's currency. Points already on the requirement stay. A
 * negative or non-finite amount is ignored.
 */
export function setDeduction(spec: Specification, requirementId: string, amount: number | undefined): Specification {
  if (amount !== undefined && !Amount.safeParse(amount).success) return spec;
  return { ...spec, requirements: spec.requirements.map((requirement) => (requirement.id === requirementId ? withFigure(requirement, 'deduction', amount) : requirement)) };
}

/** A requirement's evaluation with one figure set (or, with undefined, cleared); the other figure stays. */
function withFigure(requirement: Requirement, figure: 'points' | 'deduction', value: number | undefined): Requirement {
  const { evaluation, ...rest } = requirement;
  const { [figure]: _old, ...kept } = evaluation ?? {};
  const next = value === undefined ? kept : { ...kept, [figure]: value };
  return Object.keys(next).length === 0 ? rest : { ...rest, evaluation: next };
}

/**
 * Sets (or, with undefined, clears) the points an evaluated requirement is
 * worth under weighted points. A deduction already on the requirement stays.
 * A negative or non-finite number is ignored.
 */
export function setPoints(spec: Specification, requirementId: string, points: number | undefined): Specification {
  if (points !== undefined && !(Number.isFinite(points) && points >= 0)) return spec;
  return { ...spec, requirements: spec.requirements.map((requirement) => (requirement.id === requirementId ? withFigure(requirement, 'points', points) : requirement)) };
}

/**
 * Gives every evaluated requirement that has no points yet (none, or 0) the
 * same points, in one edit; requirements that have points keep them. The
 * usual start for a criterion whose requirements count alike.
 */
export function setMissingPoints(spec: Specification, points: number): Specification {
  if (!(Number.isFinite(points) && points > 0)) return spec;
  const missing = new Set(evaluatedRequirements(spec).filter(({ requirement }) => (requirement.evaluation?.points ?? 0) <= 0).map(({ requirement }) => requirement.id));
  if (missing.size === 0) return spec;
  return { ...spec, requirements: spec.requirements.map((requirement) => (missing.has(requirement.id) ? withFigure(requirement, 'points', points) : requirement)) };
}

/** Points typed in the UI language: a number of 0 or more ("2", "1,5"); empty clears them. */
export function readPoints(text: string, language: UiLanguage): ReadNumber<number | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const value = parseDecimal(text, language);
  if (value === null) return { ok: false, problem: 'notANumber' };
  if (!(Number.isFinite(value) && value >= 0)) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}

/** Norway: why climate and environment are secured by requirements instead of a 30 % weight. Empty text leaves the key out. */
export function setEnvironmentalReason(spec: Specification, reason: string): Specification {
  return withEvaluation(spec, (evaluation) => {
    const { environmentalReason: _old, ...rest } = evaluation;
    return reason === '' ? rest : { ...rest, environmentalReason: reason };
  });
}

// ---------------------------------------------------------------------------
// Value deduction figures

export interface DeductionOverview {
  /** Every evaluated requirement in document order, with its deduction (undefined when none is set). */
  lines: { requirementId: string; number: string; amount: number | undefined }[];
  /** The most a bid can have deducted: the sum of every deduction. */
  total: number;
  /** How many evaluated requirements still lack a deduction above 0 (the completeness check's open items). */
  missing: number;
}

export function deductionOverview(spec: Specification): DeductionOverview {
  const lines = evaluatedRequirements(spec).map(({ requirement, number }) => ({ requirementId: requirement.id, number, amount: requirement.evaluation?.deduction }));
  const total = Math.round(lines.reduce((sum, line) => sum + (line.amount ?? 0), 0) * 100) / 100;
  return { lines, total, missing: lines.filter((line) => (line.amount ?? 0) <= 0).length };
}

/**
 * Value addition or deduction per criterion: the money the whole scale is
 * worth (A or D). Cleared (undefined) is left out of the file; an amount the
 * schema would reject is ignored.
 */
export function setCriterionAmount(spec: Specification, criterionId: string, amount: number | undefined): Specification {
  if (amount !== undefined && !EvaluationCriterion.shape.amount.safeParse(amount).success) return spec;
  return withEvaluation(spec, (evaluation) => ({
    ...evaluation,
    criteria: evaluation.criteria.map((criterion) => {
      if (criterion.id !== criterionId) return criterion;
      const { amount: _old, ...rest } = criterion;
      return amount === undefined ? rest : { ...rest, amount };
    }),
  }));
}

/** The top of a criterion's scoring scale (the bottom stays where it is); the default scale is left out of the file. */
export function setCriterionScaleMax(spec: Specification, criterionId: string, max: number): Specification {
  return withEvaluation(spec, (evaluation) => ({
    ...evaluation,
    criteria: evaluation.criteria.map((criterion) => {
      if (criterion.id !== criterionId) return criterion;
      const min = criterion.scale?.min ?? defaultScoringScale.min;
      if (!ScoringScale.safeParse({ min, max }).success) return criterion;
      const { scale: _old, ...rest } = criterion;
      return min === defaultScoringScale.min && max === defaultScoringScale.max ? rest : { ...rest, scale: { min, max } };
    }),
  }));
}

/** The top of a scoring scale as typed: a number above the bottom, at most 1000. */
export function readScaleMax(text: string, language: UiLanguage, min: number): ReadNumber<number> {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const value = parseDecimal(text, language);
  if (value === null) return { ok: false, problem: 'notANumber' };
  if (!ScoringScale.safeParse({ min, max: value }).success) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}
