import { describe, expect, it } from 'vitest';
import { checkContext, priceBreakEvenCheck, type PriceBreakEvenCheck } from '../../../shared/evaluation/checks';
import { exact, type Exact } from '../../../shared/evaluation/exact';
import { evaluateBids } from '../../../shared/evaluation/models';
import { rankResults, soleWinner } from '../../../shared/evaluation/ranking';
import { simulationModels, type BidInput, type EvaluationSetup } from '../../../shared/evaluation/setup';

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function setupFor(model: EvaluationSetup['model'], random: () => number): EvaluationSetup {
  const priceWeight = exact(Math.round(20 + random() * 60)).div(100);
  const itemWeight = exact(1).minus(priceWeight).div(2);
  const item = (id: string) => ({ id, name: id, kind: 'criterion' as const, weight: itemWeight, scaleMin: exact(0), scaleMax: exact(10), amount: exact(Math.round(random() * 300_000)), requirements: [] });
  return { model, maxPoints: exact(100), priceWeight, priceCriterion: null, items: [item('q1'), item('q2')], weightSumPercent: exact(100) };
}

const winnerAt = (setup: EvaluationSetup, bids: readonly BidInput[], id: string, price: Exact): string | undefined =>
  soleWinner(rankResults(evaluateBids(setup, bids.map((bid) => (bid.id === id ? { ...bid, price } : bid)))))?.result.id;

describe('the break-even price of the runner-up', () => {
  it('is, to the öre, the highest price at which it wins: at it the runner-up wins, one öre above it does not', () => {
    const random = generator(20_260_207);
    let checked = 0;
    for (let round = 0; round < 150; round += 1) {
      const model = simulationModels[round % simulationModels.length] ?? 'proportional';
      const setup = setupFor(model, random);
      const bids: BidInput[] = Array.from({ length: 2 + (round % 5) }, (_, index) => ({
        id: `b${index}`,
        name: `B${index}`,
        price: exact((500_000 + random() * 800_000).toFixed(2)),
        scores: [exact(Math.round(random() * 10)), exact(Math.round(random() * 10))],
      }));
      const check: PriceBreakEvenCheck | null = priceBreakEvenCheck(checkContext(setup, bids), new Set());
      if (check === null) continue;
      checked += 1;
      expect(winnerAt(setup, bids, check.bid.id, check.breakEvenPrice), `round ${round}`).toBe(check.bid.id);
      if (check.breakEvenPrice.plus('0.01').lt(check.price)) expect(winnerAt(setup, bids, check.bid.id, check.breakEvenPrice.plus('0.01')), `round ${round}`).not.toBe(check.bid.id);
    }
    expect(checked).toBeGreaterThan(50);
  });
});
