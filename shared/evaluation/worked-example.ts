/**
 * The arithmetic of an evaluation model, and a worked example with two
 * fictitious bids that shows a supplier how their tender will be scored.
 * Used by the DOCX export now and by the evaluation builder later; pure
 * TypeScript, deterministic, no Node or DOM.
 *
 * Conventions:
 * - Weighted points are out of 100: the price criterion gives at most its
 *   weight in points, each quality criterion at most its weight.
 * - Every intermediate number is rounded to two decimals before it is used in
 *   the next step, so that a reader who redoes the sums with the printed
 *   numbers gets the printed result.
 */
import type { EvaluationCriterion, EvaluationModel, PriceFormula } from '../specification/model/evaluation';
import type { Currency } from '../specification/model/procurement';
import type { Requirement } from '../specification/model/requirements';
import { isScored } from '../specification/model/requirements';

/** Rounds to two decimals (half away from zero), as the example prints numbers. */
export function roundTwo(value: number): number {
  const scaled = Math.abs(value) * 100;
  return (Math.sign(value) * Math.round(scaled + scaled * Number.EPSILON)) / 100;
}

/**
 * Proportional price points: lowest price ÷ price × max. The lowest bid gets
 * full points; a bid at twice the lowest price gets half.
 */
export function proportionalPricePoints(price: number, lowestPrice: number, maxPoints: number): number {
  if (price <= 0) return maxPoints;
  return (lowestPrice / price) * maxPoints;
}

/**
 * Linear price points: max − (price − lowest price) ÷ lowest price × max,
 * never below 0. Each per cent above the lowest price costs one per cent of
 * the maximum, so a bid at twice the lowest price (or more) gets 0.
 */
export function linearPricePoints(price: number, lowestPrice: number, maxPoints: number): number {
  if (lowestPrice <= 0) return price <= 0 ? maxPoints : 0;
  return Math.max(0, maxPoints - ((price - lowestPrice) / lowestPrice) * maxPoints);
}

/**
 * Interpolated price points: max − (price − lowest) ÷ (highest − lowest) ×
 * max. The lowest price gets full points, the highest none; every price gets
 * full points when all are the same.
 */
export function interpolatedPricePoints(price: number, lowestPrice: number, highestPrice: number, maxPoints: number): number {
  if (highestPrice <= lowestPrice) return maxPoints;
  return maxPoints - ((price - lowestPrice) / (highestPrice - lowestPrice)) * maxPoints;
}

export function pricePoints(formula: PriceFormula, price: number, lowestPrice: number, maxPoints: number, highestPrice = lowestPrice): number {
  if (formula === 'interpolated') return interpolatedPricePoints(price, lowestPrice, highestPrice, maxPoints);
  return formula === 'linear' ? linearPricePoints(price, lowestPrice, maxPoints) : proportionalPricePoints(price, lowestPrice, maxPoints);
}

/** The points a criterion gives: its weight times the share (0–1) of it the bid earns. */
export function criterionPoints(weightPercent: number, share: number): number {
  return weightPercent * Math.min(1, Math.max(0, share));
}

/** The weighted total under price–quality: price points plus the points of every quality criterion. */
export function weightedTotal(pricePointsEarned: number, criterionPointsEarned: readonly number[]): number {
  return criterionPointsEarned.reduce((sum, points) => sum + points, pricePointsEarned);
}

/**
 * The comparison price under value deduction (sv mervärdesavdrag, nb
 * fradrag): the tendered price minus the deductions of the evaluated
 * requirements the bid meets, never below 0.
 */
export function comparisonPrice(price: number, deductionsEarned: readonly number[]): number {
  return Math.max(0, deductionsEarned.reduce((rest, deduction) => rest - deduction, price));
}

const priceWords = /(?:^|[^\p{L}])(?:pris|price|pricing|kostnad\p{L}*|kost|cost|costs)(?=[^\p{L}]|$)/iu;

/**
 * The criterion that stands for price: one without requirements whose id or
 * name says price or cost (pris, price, kostnad, kost, cost). The model has no
 * flag for it yet; this is the convention the builder writes.
 */
export function priceCriterion(evaluation: EvaluationModel): EvaluationCriterion | undefined {
  return evaluation.criteria.find((criterion) => criterion.requirementIds.length === 0 && (priceWords.test(criterion.id) || priceWords.test(criterion.name)));
}

/** The weight of price: the price criterion's, or else what the other criteria leave of 100. */
export function priceWeight(evaluation: EvaluationModel): number {
  const price = priceCriterion(evaluation);
  if (price !== undefined) return price.weightPercent;
  const others = evaluation.criteria.reduce((sum, criterion) => sum + criterion.weightPercent, 0);
  return Math.max(0, 100 - others);
}

/** Every criterion but the price criterion, in the model's order. */
export function qualityCriteria(evaluation: EvaluationModel): EvaluationCriterion[] {
  const price = priceCriterion(evaluation);
  return evaluation.criteria.filter((criterion) => criterion !== price);
}

export type BidLabel = 'A' | 'B';

/** The fictitious bids: A is cheaper, B meets more of the evaluated requirements. */
export const examplePrices: Readonly<Record<BidLabel, number>> = { A: 1_000_000, B: 1_150_000 };

/**
 * Shares of a criterion without requirements (judged as a whole, such as a
 * climate criterion) that each fictitious bid earns.
 */
export const exampleAssessedShares: Readonly<Record<BidLabel, number>> = { A: 0.5, B: 0.8 };

export interface PricedBid {
  label: BidLabel;
  price: number;
}

export interface PriceOnlyExample {
  kind: 'price';
  basis: 'price' | 'cost';
  currency: Currency;
  bids: [PricedBid, PricedBid];
  winner: BidLabel | null;
}

export interface CriterionScore {
  criterionId: string;
  name: string;
  weightPercent: number;
  /** True when the criterion has no requirements and the bid's share is a judgement. */
  assessed: boolean;
  requirementIds: string[];
  metRequirementIds: string[];
  pointsMet: number;
  pointsPossible: number;
  /** The share of the criterion earned, 0–1 (rounded to four decimals). */
  share: number;
  points: number;
}

export interface WeightedBid extends PricedBid {
  pricePoints: number;
  criteria: CriterionScore[];
  qualityPoints: number;
  total: number;
}

export interface WeightedPointsExample {
  kind: 'weighted-points';
  currency: Currency;
  priceFormula: PriceFormula;
  priceWeight: number;
  lowestPrice: number;
  /** The highest price, which the interpolated formula gives 0 points. */
  highestPrice: number;
  bids: [WeightedBid, WeightedBid];
  winner: BidLabel | null;
}

export interface DeductionLine {
  requirementId: string;
  amount: number;
}

export interface DeductionBid extends PricedBid {
  /** The deductions the bid earns: those of the evaluated requirements it meets. */
  deductions: DeductionLine[];
  totalDeduction: number;
  comparisonPrice: number;
}

export interface ValueDeductionExample {
  kind: 'value-deduction';
  currency: Currency;
  bids: [DeductionBid, DeductionBid];
  winner: BidLabel | null;
}

export type WorkedExample = PriceOnlyExample | WeightedPointsExample | ValueDeductionExample;

/**
 * Which evaluated requirements each bid meets: B all of them, A every second
 * one starting with the second (so with a single requirement A meets none).
 */
export function requirementsMet(label: BidLabel, evaluatedRequirementIds: readonly string[]): string[] {
  return label === 'B' ? [...evaluatedRequirementIds] : evaluatedRequirementIds.filter((_, index) => index % 2 === 1);
}

function better(a: number, b: number, higherWins: boolean): BidLabel | null {
  if (a === b) return null;
  return (a > b) === higherWins ? 'A' : 'B';
}

function requirementPoints(requirement: Requirement | undefined): number {
  return requirement?.evaluation?.points ?? 1;
}

function scoreCriterion(criterion: EvaluationCriterion, label: BidLabel, met: ReadonlySet<string>, evaluated: ReadonlyMap<string, Requirement>): CriterionScore {
  const requirementIds = criterion.requirementIds.filter((id) => evaluated.has(id));
  if (requirementIds.length === 0) {
    const share = exampleAssessedShares[label];
    return {
      criterionId: criterion.id,
      name: criterion.name,
      weightPercent: criterion.weightPercent,
      assessed: true,
      requirementIds: [],
      metRequirementIds: [],
      pointsMet: 0,
      pointsPossible: 0,
      share,
      points: roundTwo(criterionPoints(criterion.weightPercent, share)),
    };
  }
  const metRequirementIds = requirementIds.filter((id) => met.has(id));
  let pointsPossible = requirementIds.reduce((sum, id) => sum + requirementPoints(evaluated.get(id)), 0);
  let pointsMet = metRequirementIds.reduce((sum, id) => sum + requirementPoints(evaluated.get(id)), 0);
  if (pointsPossible === 0) {
    // Every requirement was given 0 points: count them instead.
    pointsPossible = requirementIds.length;
    pointsMet = metRequirementIds.length;
  }
  const share = Math.round((pointsMet / pointsPossible) * 10_000) / 10_000;
  return {
    criterionId: criterion.id,
    name: criterion.name,
    weightPercent: criterion.weightPercent,
    assessed: false,
    requirementIds,
    metRequirementIds,
    pointsMet,
    pointsPossible,
    share,
    points: roundTwo(criterionPoints(criterion.weightPercent, pointsMet / pointsPossible)),
  };
}

function weightedExample(evaluation: EvaluationModel, currency: Currency, evaluated: readonly Requirement[]): WeightedPointsExample {
  const formula = evaluation.priceFormula ?? 'proportional';
  const maxPrice = priceWeight(evaluation);
  const lowestPrice = Math.min(examplePrices.A, examplePrices.B);
  const highestPrice = Math.max(examplePrices.A, examplePrices.B);
  const byId = new Map(evaluated.map((requirement) => [requirement.id, requirement]));
  const ids = evaluated.map((requirement) => requirement.id);
  const bid = (label: BidLabel): WeightedBid => {
    const met = new Set(requirementsMet(label, ids));
    const price = examplePrices[label];
    const points = roundTwo(pricePoints(formula, price, lowestPrice, maxPrice, highestPrice));
    const criteria = qualityCriteria(evaluation).map((criterion) => scoreCriterion(criterion, label, met, byId));
    const qualityPoints = roundTwo(criteria.reduce((sum, criterion) => sum + criterion.points, 0));
    return { label, price, pricePoints: points, criteria, qualityPoints, total: roundTwo(weightedTotal(points, criteria.map((c) => c.points))) };
  };
  const a = bid('A');
  const b = bid('B');
  return { kind: 'weighted-points', currency, priceFormula: formula, priceWeight: maxPrice, lowestPrice, highestPrice, bids: [a, b], winner: better(a.total, b.total, true) };
}

function deductionExample(currency: Currency, evaluated: readonly Requirement[]): ValueDeductionExample {
  const ids = evaluated.map((requirement) => requirement.id);
  const amounts = new Map(evaluated.map((requirement) => [requirement.id, requirement.evaluation?.deduction ?? 0]));
  const bid = (label: BidLabel): DeductionBid => {
    const deductions = requirementsMet(label, ids).map((requirementId) => ({ requirementId, amount: amounts.get(requirementId) ?? 0 }));
    const price = examplePrices[label];
    const totalDeduction = roundTwo(deductions.reduce((sum, line) => sum + line.amount, 0));
    return { label, price, deductions, totalDeduction, comparisonPrice: roundTwo(comparisonPrice(price, deductions.map((line) => line.amount))) };
  };
  const a = bid('A');
  const b = bid('B');
  return { kind: 'value-deduction', currency, bids: [a, b], winner: better(a.comparisonPrice, b.comparisonPrice, false) };
}

/**
 * Two fictitious bids scored under the model: A is cheaper, B better. Under
 * price or cost only the price counts; under price–quality the method decides
 * (weighted points when none is chosen yet). Only the evaluated requirements
 * among `evaluatedRequirements` count, in the order given.
 */
export function workedExample(evaluation: EvaluationModel, currency: Currency, evaluatedRequirements: readonly Requirement[]): WorkedExample {
  const evaluated = evaluatedRequirements.filter((requirement) => isScored(requirement.obligation));
  if (evaluation.basis === 'price' || evaluation.basis === 'cost') {
    const bids: [PricedBid, PricedBid] = [
      { label: 'A', price: examplePrices.A },
      { label: 'B', price: examplePrices.B },
    ];
    return { kind: 'price', basis: evaluation.basis, currency, bids, winner: better(examplePrices.A, examplePrices.B, false) };
  }
  if (evaluation.method === 'value-deduction') return deductionExample(currency, evaluated);
  return weightedExample(evaluation, currency, evaluated);
}
