import { describe, expect, it } from 'vitest';
import { bidInput, type BidEntry, type EvaluationSetup } from '../../../shared/evaluation/setup';
import { simulate } from '../../../shared/evaluation/simulation';
import { moveTrialWeight, noTrial, trialChanges, trialWeights, withTrialWeights } from '../../../shared/evaluation/what-if';
import { applyTrialWeights } from '../../../shared/builder/simulation-edits';
import { createSpecification } from '../../../shared/specification/create';
import type { Specification } from '../../../shared/specification/model';
import { setupFromSpecification } from '../../../shared/evaluation/setup';

function lunanderSpec(): Specification {
  const spec = createSpecification({ id: '3b1f6c2e-8d4a-4e7b-9f10-2c3d4e5f6a7b', title: 'T', jurisdiction: 'se', languages: ['en'], primaryLanguage: 'en', now: new Date('2026-02-01T09:00:00Z') });
  return {
    ...spec,
    evaluation: {
      basis: 'price-quality',
      method: 'weighted-points',
      priceFormula: 'proportional',
      criteria: [
        { id: 'crit-price', name: 'Price', weightPercent: 50, requirementIds: [] },
        { id: 'crit-quality', name: 'Quality', weightPercent: 30, requirementIds: [] },
        { id: 'crit-support', name: 'Support', weightPercent: 20, requirementIds: [] },
      ],
    },
  };
}

const bids: BidEntry[] = [
  { id: 'a', name: 'A', price: '100', scores: { 'crit-quality': 6, 'crit-support': 6 } },
  { id: 'b', name: 'B', price: '130', scores: { 'crit-quality': 8, 'crit-support': 8 } },
  { id: 'c', name: 'C', price: '50', scores: {} },
];
const winnerUnder = (setup: EvaluationSetup): string | undefined => simulate(setup, bids.map((bid) => bidInput(setup, bid))).winner?.name;

describe('what-if weights', () => {
  it('moves the other weights in proportion, keeping the sum, without touching the specification', () => {
    const setup = setupFromSpecification(lunanderSpec());
    const trial = moveTrialWeight(setup, noTrial, null, 60);
    expect(trial).toEqual({ price: 60, items: { 'crit-quality': 24, 'crit-support': 16 } });
    expect(trialChanges(setup, trial)).toBe(true);
    const tried = withTrialWeights(setup, trial);
    expect(tried.weightSumPercent.toNumber()).toBe(100);
    expect(trialWeights(tried).map((weight) => weight.percent)).toEqual([60, 24, 16]);
    expect(setup.priceWeight.toNumber()).toBe(0.5);
  });

  it('gives what rounding leaves to the largest of the others, so the sum holds to the hundredth', () => {
    const setup = setupFromSpecification(lunanderSpec());
    const trial = moveTrialWeight(setup, noTrial, 'crit-support', 33.33);
    const sum = (trial.price ?? 0) + Object.values(trial.items).reduce((a, b) => a + b, 0);
    expect(Math.round(sum * 100) / 100).toBe(100);
  });

  it('changes the winner where the weight sweep says it does', () => {
    const setup = setupFromSpecification(lunanderSpec());
    const outcome = simulate(setup, bids.map((bid) => bidInput(setup, bid)));
    const priceSweep = outcome.sweeps.find((sweep) => sweep.item === null);
    const point = priceSweep?.switches[0];
    expect(point?.from.name).toBe('B');
    expect(point?.to.name).toBe('C');
    const at = point?.at.toNumber() ?? 0;
    expect(winnerUnder(withTrialWeights(setup, moveTrialWeight(setup, noTrial, null, Math.floor(at))))).toBe('B');
    expect(winnerUnder(withTrialWeights(setup, moveTrialWeight(setup, noTrial, null, Math.ceil(at))))).toBe('C');
  });

  it('applies the tried weights to the criteria', () => {
    const spec = lunanderSpec();
    const applied = applyTrialWeights(spec, moveTrialWeight(setupFromSpecification(spec), noTrial, null, 60));
    expect(applied.evaluation.criteria.map((criterion) => criterion.weightPercent)).toEqual([60, 24, 16]);
  });
});
