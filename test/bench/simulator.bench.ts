/**
 * The evaluation simulator's speed: one recompute as the user types — the
 * setup from the specification, ten bids with twenty quality criteria, the
 * ranking, every check (rank reversal, break-even price and sweeps,
 * sensitivity, the legal flags) and the five models side by side — against
 * scoring the same bids once under one model.
 */
import { test } from 'vitest';
import { evaluateBids } from '../../shared/evaluation/models';
import { bidInput, setupFromSpecification, type BidEntry } from '../../shared/evaluation/setup';
import { simulate } from '../../shared/evaluation/simulation';
import { Specification } from '../../shared/specification/model';
import { makeLargeSpecification } from '../support/large-specification';
import { recordComparison, toCase } from './record';

const criterionCount = 20;
const bidCount = 10;

function specificationWithCriteria(): Specification {
  const spec = Specification.parse(makeLargeSpecification(20));
  const criteria = [
    { id: 'crit-price', name: 'Price', weightPercent: 40, requirementIds: [] },
    ...Array.from({ length: criterionCount }, (_, index) => ({ id: `crit-${index + 1}`, name: `Criterion ${index + 1}`, weightPercent: 3, requirementIds: [] })),
  ];
  return { ...spec, evaluation: { basis: 'price-quality', method: 'weighted-points', priceFormula: 'proportional', criteria } };
}

function bids(): BidEntry[] {
  return Array.from({ length: bidCount }, (_, bid) => ({
    id: `bid-${bid + 1}`,
    name: `Bid ${bid + 1}`,
    // Prices from 800 000 to 1 250 000 with öre, scores spread over the scale.
    price: (800_000 + bid * 50_000 + 0.37 * bid).toFixed(2),
    scores: Object.fromEntries(Array.from({ length: criterionCount }, (_, criterion) => [`crit-${criterion + 1}`, (bid * 7 + criterion * 3) % 11])),
  }));
}

test('simulator: one recompute with 10 bids × 20 criteria and every check', async ({ bench }) => {
  const spec = specificationWithCriteria();
  const entries = bids();
  const fixedSetup = setupFromSpecification(spec);
  const fixedInputs = entries.map((entry) => bidInput(fixedSetup, entry));
  const baseline = 'baseline: scoring the 10 bids once under one model';
  const recompute = 'recompute: setup, ranking, every check, five models';
  const results = await bench.compare(
    bench(baseline, () => evaluateBids(fixedSetup, fixedInputs).length),
    bench(recompute, () => {
      const setup = setupFromSpecification(spec);
      return simulate(setup, entries.map((entry) => bidInput(setup, entry))).checks.length;
    }),
    { time: 1500 },
  );
  await recordComparison('simulator', {
    title: 'Evaluation simulator: one recompute as the user types',
    baseline,
    cases: [toCase(results.get(baseline)), toCase(results.get(recompute))],
    budgets: { 'one recompute (10 bids × 20 criteria, all checks)': '≤ 16 ms median' },
    extra: { bids: bidCount, criteria: criterionCount },
  });
});
