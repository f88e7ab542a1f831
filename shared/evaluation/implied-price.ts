/**
 * What one quality point is worth in money under each model: how much more a
 * bid may cost for one more point on a criterion's scale and still come out
 * the same. It shows what a model really does ("one point of quality is
 * worth 12 500 kr"):
 *
 * - linear        (wₖ / w_p) · P_min / Qₖ
 * - proportional  (wₖ / w_p) · Pᵢ² / (P_min · Qₖ), growing with the bid's
 *                 price; at the lowest price the same as linear
 * - interpolated  (wₖ / w_p) · (P_max − P_min) / Qₖ, so it depends on how far
 *                 apart the lowest and highest bids are
 * - deduction     Dₖ / Qₖ;  addition  Aₖ / Qₖ
 *
 * Qₖ is the length of the criterion's scale. Null when price weighs nothing
 * (no amount of money makes up for a point) — the point is then priceless.
 */
import { Exact, zero } from './exact';
import type { PriceRange } from './models';
import type { EvaluationSetup, ScoredItem, SimulationModel } from './setup';

export interface ImpliedPointPrice {
  itemId: string;
  /** The money one scale point is worth for a bid at the lowest price; null when price weighs nothing. */
  atLowestPrice: Exact | null;
  /** The same for each bid, in the order given (they differ only under proportional). */
  perBid: (Exact | null)[];
}

function pointValue(setup: EvaluationSetup, model: SimulationModel, item: ScoredItem, range: PriceRange, price: Exact): Exact | null {
  const scaleLength = item.scaleMax.minus(item.scaleMin);
  if (model === 'deduction' || model === 'addition') return item.amount.div(scaleLength);
  if (setup.priceWeight.isZero()) return null;
  const ratio = item.weight.div(setup.priceWeight).div(scaleLength);
  switch (model) {
    case 'linear':
      return ratio.times(range.lowest);
    case 'interpolated':
      return ratio.times(range.highest.minus(range.lowest));
    case 'proportional':
      return range.lowest.isZero() ? zero : ratio.times(price).times(price).div(range.lowest);
  }
}

/** The implied price of one point on each item, under `model`, for bids at the given prices. */
export function impliedPointPrices(setup: EvaluationSetup, model: SimulationModel, prices: readonly Exact[]): ImpliedPointPrice[] {
  const range: PriceRange = prices.length === 0 ? { lowest: zero, highest: zero } : { lowest: Exact.min(...prices), highest: Exact.max(...prices) };
  return setup.items.map((item) => {
    const atLowestPrice = pointValue(setup, model, item, range, range.lowest);
    // Only the proportional model's value depends on the bid's own price.
    const perBid = model === 'proportional' ? prices.map((price) => pointValue(setup, model, item, range, price)) : prices.map(() => atLowestPrice);
    return { itemId: item.id, atLowestPrice, perBid };
  });
}
