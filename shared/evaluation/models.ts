/**
 * The award models of the evaluation simulator, exactly as the issue states
 * them (Pᵢ price of bid i, P_min and P_max the lowest and highest price, M
 * the maximum points, qᵢₖ the score on criterion k of scale Qₖ, w the
 * weights as shares of 1):
 *
 * - proportional  Sᵢ = M · P_min / Pᵢ
 * - linear        Sᵢ = M − M · (Pᵢ − P_min) / P_min   (may go below 0)
 * - interpolated  Sᵢ = M − M · (Pᵢ − P_min) / (P_max − P_min)
 * - weighted total Tᵢ = w_p · Sᵢ + Σₖ wₖ · M · qᵢₖ / Qₖ
 * - value deduction Jᵢ = Pᵢ − Σₖ Dₖ · qᵢₖ / Qₖ   (lowest wins)
 * - value addition  Jᵢ = Pᵢ + Σₖ Aₖ · (Qₖ − qᵢₖ) / Qₖ
 *
 * A scale that does not start at 0 counts from its bottom: qᵢₖ / Qₖ reads
 * (qᵢₖ − min) / (max − min). Nothing is rounded here; callers round for
 * display (money to the öre, points to hundredths).
 */
import { Exact, one, zero } from './exact';
import { isPointsModel, type BidInput, type EvaluationSetup, type PointsModel, type ScoredItem, type SimulationModel } from './setup';

export interface PriceRange {
  lowest: Exact;
  highest: Exact;
}

/** The lowest and highest price among bids; both 0 when there are none. */
export function priceRange(prices: readonly Exact[]): PriceRange {
  if (prices.length === 0) return { lowest: zero, highest: zero };
  return { lowest: Exact.min(...prices), highest: Exact.max(...prices) };
}

/** Price points under proportional: M · P_min / P. A price of 0 gets M. */
export function proportionalPoints(price: Exact, range: PriceRange, maxPoints: Exact): Exact {
  if (price.isZero()) return maxPoints;
  return maxPoints.times(range.lowest).div(price);
}

/** Price points under linear from the lowest: M − M · (P − P_min) / P_min; below 0 beyond twice the lowest price. */
export function linearPoints(price: Exact, range: PriceRange, maxPoints: Exact): Exact {
  if (range.lowest.isZero()) return price.isZero() ? maxPoints : zero;
  return maxPoints.minus(maxPoints.times(price.minus(range.lowest)).div(range.lowest));
}

/** Price points interpolated between the lowest (M) and the highest price (0); M for all when every price is the same. */
export function interpolatedPoints(price: Exact, range: PriceRange, maxPoints: Exact): Exact {
  const spread = range.highest.minus(range.lowest);
  if (spread.isZero()) return maxPoints;
  return maxPoints.minus(maxPoints.times(price.minus(range.lowest)).div(spread));
}

export function pricePoints(model: PointsModel, price: Exact, range: PriceRange, maxPoints: Exact): Exact {
  switch (model) {
    case 'proportional':
      return proportionalPoints(price, range, maxPoints);
    case 'linear':
      return linearPoints(price, range, maxPoints);
    case 'interpolated':
      return interpolatedPoints(price, range, maxPoints);
  }
}

/** The share of an item's scale a score reaches: (q − min) / (max − min), 0–1. */
export function scaleShare(item: ScoredItem, score: Exact): Exact {
  return score.minus(item.scaleMin).div(item.scaleMax.minus(item.scaleMin));
}

/** Quality points on one criterion: wₖ · M · qₖ / Qₖ. */
export function qualityPoints(item: ScoredItem, score: Exact, maxPoints: Exact): Exact {
  return item.weight.times(maxPoints).times(scaleShare(item, score));
}

/** Money a score takes off the price under value deduction: Dₖ · qₖ / Qₖ. */
export function deductionEarned(item: ScoredItem, score: Exact): Exact {
  return item.amount.times(scaleShare(item, score));
}

/** Money a score adds to the price under value addition: Aₖ · (Qₖ − qₖ) / Qₖ. */
export function additionIncurred(item: ScoredItem, score: Exact): Exact {
  return item.amount.times(one.minus(scaleShare(item, score)));
}

/** One bid evaluated under one model. */
export interface BidResult {
  id: string;
  name: string;
  price: Exact;
  /** Under a points model: the price points Sᵢ before weighting; null under deduction or addition. */
  pricePoints: Exact | null;
  /** Under a points model, w_p · Sᵢ; under deduction or addition, 0. */
  weightedPricePoints: Exact;
  /** Per item, in the setup's order: weighted quality points, or money deducted or added. */
  itemValues: Exact[];
  /** Under a points model, the sum of the quality points; under deduction or addition, the money deducted or added in all. */
  qualityValue: Exact;
  /** The total points; null under deduction or addition. */
  total: Exact | null;
  /** The comparison price; null under a points model. */
  comparisonPrice: Exact | null;
  /** Higher is better: the total, or the comparison price negated. */
  merit: Exact;
}

/** The part of a bid's result that does not depend on the other bids: its quality, in points or money. */
export interface QualityPart {
  /** Per item, the share of the scale the bid's score reaches (0–1); the same under every model. */
  shares: Exact[];
  itemValues: Exact[];
  qualityValue: Exact;
}

/** A bid's shares of each item's scale. */
export function scaleShares(setup: EvaluationSetup, bid: BidInput): Exact[] {
  return setup.items.map((item, index) => scaleShare(item, bid.scores[index] ?? item.scaleMin));
}

/** The quality part under `model` from shares already worked out: no division, so the models side by side cost little. */
export function qualityFromShares(setup: EvaluationSetup, shares: Exact[], model: SimulationModel = setup.model): QualityPart {
  const itemValues = setup.items.map((item, index) => {
    const share = shares[index] ?? zero;
    if (isPointsModel(model)) return item.weight.times(setup.maxPoints).times(share);
    return model === 'deduction' ? item.amount.times(share) : item.amount.times(one.minus(share));
  });
  return { shares, itemValues, qualityValue: itemValues.reduce((sum, value) => sum.plus(value), zero) };
}

export function qualityPart(setup: EvaluationSetup, bid: BidInput, model: SimulationModel = setup.model): QualityPart {
  return qualityFromShares(setup, scaleShares(setup, bid), model);
}

/** One bid's result given its quality part and the range of prices it competes in. */
export function resultOf(setup: EvaluationSetup, bid: BidInput, quality: QualityPart, range: PriceRange, model: SimulationModel = setup.model): BidResult {
  const base = { id: bid.id, name: bid.name, price: bid.price, itemValues: quality.itemValues, qualityValue: quality.qualityValue };
  if (isPointsModel(model)) {
    const points = pricePoints(model, bid.price, range, setup.maxPoints);
    const weighted = setup.priceWeight.times(points);
    const total = weighted.plus(quality.qualityValue);
    return { ...base, pricePoints: points, weightedPricePoints: weighted, total, comparisonPrice: null, merit: total };
  }
  const comparison = model === 'deduction' ? bid.price.minus(quality.qualityValue) : bid.price.plus(quality.qualityValue);
  return { ...base, pricePoints: null, weightedPricePoints: zero, total: null, comparisonPrice: comparison, merit: comparison.neg() };
}

/** Every bid under the setup's model (or `model` for a what-if), in the order given. */
export function evaluateBids(setup: EvaluationSetup, bids: readonly BidInput[], model: SimulationModel = setup.model): BidResult[] {
  const range = priceRange(bids.map((bid) => bid.price));
  return bids.map((bid) => resultOf(setup, bid, qualityPart(setup, bid, model), range, model));
}
