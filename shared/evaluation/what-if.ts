/**
 * What-if weights for the simulator: the buyer tries other weights (price and
 * each quality criterion, in percent) on the same bids without touching the
 * specification until choosing to apply them. A trial only replaces weights;
 * the model, scales, amounts and bids stay the setup's own.
 */
import { exact, hundred, zero } from './exact';
import type { EvaluationSetup } from './setup';

/** Weights in percent: the price weight and each criterion's by id. Missing entries keep the setup's weight. */
export interface WeightTrial {
  price?: number | undefined;
  items: Readonly<Record<string, number>>;
}

export const noTrial: WeightTrial = { items: {} };

/** Whether the trial changes any weight of the setup. */
export function trialChanges(setup: EvaluationSetup, trial: WeightTrial): boolean {
  if (trial.price !== undefined && !exact(trial.price).eq(setup.priceWeight.times(hundred))) return true;
  return setup.items.some((item) => {
    const tried = trial.items[item.id];
    return item.kind === 'criterion' && tried !== undefined && !exact(tried).eq(item.weight.times(hundred));
  });
}

/** The setup with the trial's weights; the sum of the weights follows them. Requirement items (weight 0) keep theirs. */
export function withTrialWeights(setup: EvaluationSetup, trial: WeightTrial): EvaluationSetup {
  if (!trialChanges(setup, trial)) return setup;
  const priceWeight = trial.price === undefined ? setup.priceWeight : exact(trial.price).div(hundred);
  const items = setup.items.map((item) => {
    const tried = trial.items[item.id];
    return item.kind !== 'criterion' || tried === undefined ? item : { ...item, weight: exact(tried).div(hundred) };
  });
  const qualitySum = items.reduce((sum, item) => sum.plus(item.weight), zero);
  return { ...setup, priceWeight, items, weightSumPercent: priceWeight.plus(qualitySum).times(hundred) };
}

/** One weight the user can try: the price weight (id null; named as the price criterion, when there is one) or a criterion's, in percent now. */
export interface TrialWeight {
  id: string | null;
  name: string | null;
  percent: number;
}

/** The weights a trial can move, price first: only under a points model, where weights decide. */
export function trialWeights(setup: EvaluationSetup): TrialWeight[] {
  return [
    { id: null, name: setup.priceCriterion?.name ?? null, percent: setup.priceWeight.times(hundred).toNumber() },
    ...setup.items.filter((item) => item.kind === 'criterion').map((item) => ({ id: item.id, name: item.name, percent: item.weight.times(hundred).toNumber() })),
  ];
}

/**
 * The trial with one weight moved to `percent` (id null for price). As in
 * the weight sweep, the other weights keep their proportions among
 * themselves and all weights keep their sum, so the switch points the sweep
 * found are where the winner changes as this slider moves. Weights are kept
 * to the hundredth of a percent; what rounding leaves goes to the largest
 * of the others.
 */
export function moveTrialWeight(setup: EvaluationSetup, trial: WeightTrial, id: string | null, percent: number): WeightTrial {
  const weights = trialWeights(withTrialWeights(setup, trial));
  const total = weights.reduce((sum, weight) => sum + weight.percent, 0);
  const moved = weights.find((weight) => weight.id === id);
  if (moved === undefined) return trial;
  const target = Math.min(total, Math.max(0, percent));
  const others = weights.filter((weight) => weight !== moved);
  const othersBefore = total - moved.percent;
  const hundredths = (value: number): number => Math.round(value * 100) / 100;
  const next = new Map<string | null, number>([[id, hundredths(target)]]);
  for (const weight of others) {
    const share = othersBefore > 0 ? weight.percent / othersBefore : 1 / others.length;
    next.set(weight.id, hundredths((total - target) * share));
  }
  const residue = hundredths(total - [...next.values()].reduce((sum, value) => sum + value, 0));
  const largest = [...others].sort((a, b) => (next.get(b.id) ?? 0) - (next.get(a.id) ?? 0))[0];
  if (largest !== undefined && residue !== 0) next.set(largest.id, Math.max(0, hundredths((next.get(largest.id) ?? 0) + residue)));
  const items: Record<string, number> = {};
  for (const [key, value] of next) if (key !== null) items[key] = value;
  return { price: next.get(null), items };
}
