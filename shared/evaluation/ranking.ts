/**
 * The order of evaluated bids: the highest total, or the lowest comparison
 * price, first. Bids with the same merit (to far below an öre or a
 * hundredth of a point) share a rank, and the next rank skips (1, 1, 3).
 */
import { compareExact } from './exact';
import type { BidResult } from './models';

export interface RankedBid {
  rank: number;
  result: BidResult;
}

export function rankResults(results: readonly BidResult[]): RankedBid[] {
  const order = results.map((result, index) => ({ result, index }));
  // Stable: bids that tie keep the order they were entered in.
  order.sort((a, b) => compareExact(b.result.merit, a.result.merit) || a.index - b.index);
  const ranked: RankedBid[] = [];
  order.forEach(({ result }, position) => {
    const previous = ranked[position - 1];
    const rank = previous !== undefined && compareExact(previous.result.merit, result.merit) === 0 ? previous.rank : position + 1;
    ranked.push({ rank, result });
  });
  return ranked;
}

/** The one bid ranked first, or null when none or when two or more tie for first. */
export function soleWinner(ranking: readonly RankedBid[]): RankedBid | null {
  const [first, second] = ranking;
  if (first === undefined) return null;
  if (second !== undefined && second.rank === first.rank) return null;
  return first;
}

/** The ids of the bids in ranking order. */
export function orderOf(ranking: readonly RankedBid[]): string[] {
  return ranking.map((entry) => entry.result.id);
}
