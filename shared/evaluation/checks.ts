/**
 * The checks the simulator runs on every change, each with the figures a
 * message needs (the messages themselves are the caller's, in its language):
 *
 * - rank-reversal: take each bid away in turn; if the order of the others
 *   changes, the bid taken away decides it;
 * - break-even: the price at which the runner-up would win, and for each
 *   weight (or money amount) the values at which the winner changes;
 * - sensitivity: one point more or less on each score — does the winner change?
 * - price-cannot-matter: a quality lead that no price can overcome;
 * - price-floor: a floor or cap that stops price differences from counting
 *   (the linear formula as the tender document words it gives 0 points from
 *   twice the lowest price, so dearer prices all count the same);
 * - negative-points: price points below 0, or a comparison price below 0;
 * - weights: the weights do not add up to 100 %.
 */
import { compareExact, Exact, hundred, one, zero } from './exact';
import { priceRange, qualityPart, resultOf, type BidResult, type QualityPart } from './models';
import { orderOf, rankResults, soleWinner, type RankedBid } from './ranking';
import { isPointsModel, type BidInput, type EvaluationSetup, type PointsModel } from './setup';
import { switchPoints, type MeritLine } from './weight-sweep';

export const checkKinds = ['rank-reversal', 'break-even', 'sensitivity', 'price-cannot-matter', 'price-floor', 'negative-points', 'weights'] as const;
export type CheckKind = (typeof checkKinds)[number];

export interface BidRef {
  id: string;
  name: string;
}

/** A scored item (a criterion, or an evaluated requirement with its own deduction). */
export interface ItemRef {
  id: string;
  name: string;
}

export interface RankReversalCheck {
  kind: 'rank-reversal';
  /** The bid whose presence changes the order of the others. */
  decidingBid: BidRef;
  /** The others in order with the deciding bid present, and without it. */
  orderWith: BidRef[];
  orderWithout: BidRef[];
  /** True when the first of the others is not the same. */
  winnerChanges: boolean;
}

export interface PriceBreakEvenCheck {
  kind: 'break-even';
  subject: 'price';
  bid: BidRef;
  winner: BidRef;
  price: Exact;
  /** The highest price, to the öre, at which the bid would win. */
  breakEvenPrice: Exact;
}

export interface SweepSwitch {
  /** The weight in percent, or the money amount, at which the winner changes. */
  at: Exact;
  from: BidRef;
  to: BidRef;
}

export interface SweepBreakEvenCheck {
  kind: 'break-even';
  /** A weight (points models) or a money amount (value deduction or addition). */
  subject: 'weight' | 'amount';
  /** The item swept; null for the price weight. */
  item: ItemRef | null;
  /** The weight in percent or the amount now. */
  current: Exact;
  switches: SweepSwitch[];
}

export interface SensitivityCheck {
  kind: 'sensitivity';
  bid: BidRef;
  item: ItemRef;
  from: Exact;
  to: Exact;
  winner: BidRef;
  /** Who would win instead; null for a tie for first. */
  newWinner: BidRef | null;
}

export interface PriceCannotMatterCheck {
  kind: 'price-cannot-matter';
  bid: BidRef;
  winner: BidRef;
  /** Points models: the winner's lead in quality points; deduction or addition: how far the bid's comparison price is above the winner's. */
  lead: Exact;
  /** Points models: the most points price can give (w_p · M); deduction or addition: the bid's whole price. */
  mostFromPrice: Exact;
}

export interface PriceFloorCheck {
  kind: 'price-floor';
  /** The price from which every price gets the same points. */
  cap: Exact;
  bids: BidRef[];
}

export interface NegativePointsCheck {
  kind: 'negative-points';
  bid: BidRef;
  /** Price points below 0 (linear), or a comparison price below 0. */
  value: Exact;
  of: 'price-points' | 'comparison-price';
}

export interface WeightsCheck {
  kind: 'weights';
  sumPercent: Exact;
}

export type SimulationCheck =
  | RankReversalCheck
  | PriceBreakEvenCheck
  | SweepBreakEvenCheck
  | SensitivityCheck
  | PriceCannotMatterCheck
  | PriceFloorCheck
  | NegativePointsCheck
  | WeightsCheck;

const ref = (result: { id: string; name: string }): BidRef => ({ id: result.id, name: result.name });
const ore = new Exact('0.01');
const hundredth = ore;

/** Everything the checks share: the bids, their quality parts (which do not depend on the other bids) and the ranking. */
export interface CheckContext {
  setup: EvaluationSetup;
  bids: readonly BidInput[];
  quality: readonly QualityPart[];
  results: readonly BidResult[];
  ranking: readonly RankedBid[];
}

export function checkContext(setup: EvaluationSetup, bids: readonly BidInput[]): CheckContext {
  const quality = bids.map((bid) => qualityPart(setup, bid));
  const range = priceRange(bids.map((bid) => bid.price));
  const results = bids.map((bid, index) => resultOf(setup, bid, quality[index] as QualityPart, range));
  return { setup, bids, quality, results, ranking: rankResults(results) };
}

/** Results with some bids left out or repriced, reusing the quality parts. */
function resultsWith(context: CheckContext, leaveOut: number | null, repriced: { index: number; price: Exact } | null): BidResult[] {
  const { setup, bids, quality } = context;
  const kept: { bid: BidInput; quality: QualityPart }[] = [];
  bids.forEach((bid, index) => {
    if (index === leaveOut) return;
    const price = repriced !== null && repriced.index === index ? repriced.price : bid.price;
    kept.push({ bid: price === bid.price ? bid : { ...bid, price }, quality: quality[index] as QualityPart });
  });
  const range = priceRange(kept.map((entry) => entry.bid.price));
  return kept.map((entry) => resultOf(setup, entry.bid, entry.quality, range));
}

export function rankReversalChecks(context: CheckContext): RankReversalCheck[] {
  const { bids, results } = context;
  if (bids.length < 3) return [];
  const full = priceRange(bids.map((bid) => bid.price));
  const checks: RankReversalCheck[] = [];
  bids.forEach((removed, index) => {
    // Only the lowest and highest prices enter the others' results: a bid that is neither changes nothing.
    const rest = priceRange(bids.filter((_, position) => position !== index).map((bid) => bid.price));
    if (rest.lowest.eq(full.lowest) && rest.highest.eq(full.highest)) return;
    const others = results.filter((_, position) => position !== index);
    const before = rankResults(others);
    const after = rankResults(resultsWith(context, index, null));
    const sameOrder = orderOf(before).join('\u0000') === orderOf(after).join('\u0000') && before.every((entry, position) => entry.rank === after[position]?.rank);
    if (sameOrder) return;
    checks.push({
      kind: 'rank-reversal',
      decidingBid: ref(removed),
      orderWith: before.map((entry) => ref(entry.result)),
      orderWithout: after.map((entry) => ref(entry.result)),
      winnerChanges: soleWinner(before)?.result.id !== soleWinner(after)?.result.id,
    });
  });
  return checks;
}

/** The winner and, for each other bid, whether price alone could still make it win. */
export function priceCannotMatterChecks(context: CheckContext): PriceCannotMatterCheck[] {
  const { setup, ranking } = context;
  const winner = soleWinner(ranking);
  if (winner === null) return [];
  const checks: PriceCannotMatterCheck[] = [];
  for (const entry of ranking) {
    if (entry === winner) continue;
    const bid = entry.result;
    let lead: Exact;
    let most: Exact;
    if (isPointsModel(setup.model)) {
      lead = winner.result.qualityValue.minus(bid.qualityValue);
      most = setup.priceWeight.times(setup.maxPoints);
    } else {
      lead = (bid.comparisonPrice ?? zero).minus(winner.result.comparisonPrice ?? zero);
      most = bid.price;
    }
    if (compareExact(lead, most) >= 0) checks.push({ kind: 'price-cannot-matter', bid: ref(bid), winner: ref(winner.result), lead, mostFromPrice: most });
  }
  return checks;
}

/**
 * The highest price, to the öre, at which the runner-up would win, found by
 * halving: a bid's standing only improves as its price falls. None when the
 * runner-up cannot win at any price, or when there is no sole winner.
 */
export function priceBreakEvenCheck(context: CheckContext, cannotWin: ReadonlySet<string>): PriceBreakEvenCheck | null {
  const { bids, ranking } = context;
  const winner = soleWinner(ranking);
  const runnerUp = ranking[1];
  if (winner === null || runnerUp === undefined || cannotWin.has(runnerUp.result.id)) return null;
  const index = bids.findIndex((bid) => bid.id === runnerUp.result.id);
  const others = bids.map((bid, position) => ({ bid, quality: context.quality[position] as QualityPart })).filter((_, position) => position !== index);
  const rest = priceRange(others.map((entry) => entry.bid.price));
  const ownQuality = context.quality[index] as QualityPart;
  const runner = bids[index] as BidInput;
  // Whether the runner-up alone comes first at a price of `cents` öre: only its price moves, so only the merits are worked out.
  const wins = (cents: Exact): boolean => {
    const price = cents.times(ore);
    const range = others.length === 0 ? { lowest: price, highest: price } : { lowest: Exact.min(price, rest.lowest), highest: Exact.max(price, rest.highest) };
    const own = resultOf(context.setup, { ...runner, price }, ownQuality, range).merit;
    return others.every((entry) => compareExact(own, resultOf(context.setup, entry.bid, entry.quality, range).merit) > 0);
  };
  let low = one; // one öre
  let high = runnerUp.result.price.div(ore).floor().minus(1);
  if (high.lt(low) || !wins(low)) return null;
  // A search in floating point finds where the answer lies; a few exact steps then settle it to the öre.
  // Only when they cannot (the floating-point guess is off by more than a few öre) does the exact search run in full.
  const guess = approximateBreakEvenCents(context, index, others, low.toNumber(), high.toNumber());
  if (guess !== null) {
    const settled = settleNear(new Exact(guess), low, high, wins);
    if (settled !== null) return { kind: 'break-even', subject: 'price', bid: ref(runnerUp.result), winner: ref(winner.result), price: runnerUp.result.price, breakEvenPrice: settled.times(ore) };
  }
  // Invariant: wins(low); the answer is in [low, high].
  while (low.lt(high)) {
    const middle = low.plus(high).plus(1).div(2).floor();
    if (wins(middle)) low = middle;
    else high = middle.minus(1);
  }
  return { kind: 'break-even', subject: 'price', bid: ref(runnerUp.result), winner: ref(winner.result), price: runnerUp.result.price, breakEvenPrice: low.times(ore) };
}

/** How far (in öre) the exact steps look from the floating-point guess before falling back to the full exact search. */
const settleSteps = 4;

/**
 * The largest öre amount c in [low, high] with wins(c), looked for within a
 * few öre of `guess`: wins is true up to the answer and false above it, so
 * the answer is the c with wins(c) and not wins(c + 1) (or c = high). Null
 * when it is not within reach.
 */
function settleNear(guess: Exact, low: Exact, high: Exact, wins: (cents: Exact) => boolean): Exact | null {
  let c = Exact.min(high, Exact.max(low, guess));
  if (wins(c)) {
    for (let step = 0; step < settleSteps; step += 1) {
      if (c.eq(high)) return c;
      const next = c.plus(1);
      if (!wins(next)) return c;
      c = next;
    }
    return null;
  }
  for (let step = 0; step < settleSteps; step += 1) {
    const previous = c.minus(1);
    if (previous.lt(low)) return null;
    if (wins(previous)) return previous;
    c = previous;
  }
  return null;
}

/** The price points of a price in floating point: the models' formulas, for guessing only. */
function approximatePricePoints(model: PointsModel, price: number, lowest: number, highest: number, maxPoints: number): number {
  switch (model) {
    case 'proportional':
      return price === 0 ? maxPoints : (maxPoints * lowest) / price;
    case 'linear':
      return lowest === 0 ? (price === 0 ? maxPoints : 0) : maxPoints - (maxPoints * (price - lowest)) / lowest;
    case 'interpolated':
      return highest === lowest ? maxPoints : maxPoints - (maxPoints * (price - lowest)) / (highest - lowest);
  }
}

/**
 * The break-even price in öre found in floating point by halving, as a
 * whole number of öre: a guess for the exact search, never the answer by
 * itself. Null when the floating-point figures cannot be trusted to guess.
 */
function approximateBreakEvenCents(context: CheckContext, index: number, others: readonly { bid: BidInput; quality: QualityPart }[], low: number, high: number): number | null {
  const { setup } = context;
  const own = context.quality[index];
  if (own === undefined || !Number.isSafeInteger(high)) return null;
  const ownQuality = own.qualityValue.toNumber();
  const rest = others.map((entry) => ({ price: entry.bid.price.toNumber(), quality: entry.quality.qualityValue.toNumber() }));
  const restLowest = Math.min(...rest.map((entry) => entry.price));
  const restHighest = Math.max(...rest.map((entry) => entry.price));
  const maxPoints = setup.maxPoints.toNumber();
  const priceWeight = setup.priceWeight.toNumber();
  const model = setup.model;
  const merit = (price: number, quality: number, lowest: number, highest: number): number => {
    if (isPointsModel(model)) return priceWeight * approximatePricePoints(model, price, lowest, highest, maxPoints) + quality;
    return -(model === 'deduction' ? price - quality : price + quality);
  };
  const wins = (cents: number): boolean => {
    const price = cents / 100;
    const lowest = rest.length === 0 ? price : Math.min(price, restLowest);
    const highest = rest.length === 0 ? price : Math.max(price, restHighest);
    const mine = merit(price, ownQuality, lowest, highest);
    return rest.every((entry) => mine > merit(entry.price, entry.quality, lowest, highest));
  };
  let a = low;
  let b = high;
  while (a < b) {
    const middle = Math.floor((a + b + 1) / 2);
    if (wins(middle)) a = middle;
    else b = middle - 1;
  }
  return a;
}

/** One sweep: the lines of every bid in the swept value and where the winner changes. */
export interface ItemSweep {
  subject: 'weight' | 'amount';
  item: ItemRef | null;
  /** The weight in percent, or the amount, now. */
  current: Exact;
  /** The end of the sweep: the sum of all weights in percent; null for amounts (no end). */
  end: Exact | null;
  /** Each bid's merit as a line in the swept value (weights in percent; merits are totals, or comparison prices negated). */
  lines: MeritLine[];
  switches: SweepSwitch[];
}

/** The sweep of every weight (points models: price first, then each criterion) or every money amount (deduction, addition). */
export function sweeps(context: CheckContext): ItemSweep[] {
  const { setup, bids, results } = context;
  if (bids.length < 2) return [];
  const names = new Map(results.map((result) => [result.id, ref(result)]));
  const named = (id: string): BidRef => names.get(id) ?? { id, name: id };
  const toSwitches = (lines: MeritLine[], end: Exact | null, scale: Exact): SweepSwitch[] =>
    switchPoints(lines, zero, end).map((point) => ({ at: point.at.times(scale), from: named(point.fromId), to: named(point.toId) }));

  if (isPointsModel(setup.model)) {
    const total = setup.priceWeight.plus(setup.items.reduce((sum, item) => sum.plus(item.weight), zero));
    const swept: { item: ItemRef | null; weight: Exact; unweighted: (index: number) => Exact }[] = [
      { item: null, weight: setup.priceWeight, unweighted: (index) => results[index]?.pricePoints ?? zero },
      ...setup.items.map((item, itemIndex) => ({
        item: { id: item.id, name: item.name },
        weight: item.weight,
        unweighted: (index: number) => setup.maxPoints.times(context.quality[index]?.shares[itemIndex] ?? zero),
      })),
    ];
    return swept.flatMap(({ item, weight, unweighted }) => {
      const others = total.minus(weight);
      if (!others.isPositive()) return [];
      // In percent: t runs 0–100 · total; a line in percent has slope per percentage point.
      const perOthers = one.div(others);
      const lines = results.map((result, index) => {
        const x = unweighted(index);
        const y = (result.total ?? zero).minus(weight.times(x)).times(perOthers);
        return { id: result.id, intercept: total.times(y), slope: x.minus(y).times(hundredth) };
      });
      const end = total.times(hundred);
      return [{ subject: 'weight' as const, item, current: weight.times(hundred), end, lines, switches: toSwitches(lines, end, one) }];
    });
  }
  const deduction = setup.model === 'deduction';
  return setup.items.map((item, itemIndex) => {
    const lines = results.map((result, index) => {
      const share = context.quality[index]?.shares[itemIndex] ?? zero;
      return deduction
        ? { id: result.id, intercept: result.merit.minus(item.amount.times(share)), slope: share }
        : { id: result.id, intercept: result.merit.plus(item.amount.times(one.minus(share))), slope: one.minus(share).neg() };
    });
    return { subject: 'amount' as const, item: { id: item.id, name: item.name }, current: item.amount, end: null, lines, switches: toSwitches(lines, null, one) };
  });
}

/** ±1 on each score of each bid, within its scale: the changes that change the winner (a point less for the winner, a point more for the others). */
export function sensitivityChecks(context: CheckContext): SensitivityCheck[] {
  const { setup, bids, results, ranking } = context;
  const winner = soleWinner(ranking);
  if (winner === null || bids.length < 2) return [];
  // The merits in order, so that "the best of the others" is the first one that is not the bid itself.
  const order = [...results.keys()].sort((a, b) => compareExact((results[b] as BidResult).merit, (results[a] as BidResult).merit));
  const merit = (index: number): Exact => (results[index] as BidResult).merit;
  // What one point on each item changes a merit by: points, or money.
  const perPoints = setup.items.map((item) => (isPointsModel(setup.model) ? item.weight.times(setup.maxPoints) : item.amount).div(item.scaleMax.minus(item.scaleMin)));
  const checks: SensitivityCheck[] = [];
  bids.forEach((bid, bidIndex) => {
    const others = order.filter((index) => index !== bidIndex);
    const best = others[0] as number;
    const second = others[1];
    const bestIsSole = second === undefined || compareExact(merit(best), merit(second)) > 0;
    setup.items.forEach((item, itemIndex) => {
      const perPoint = perPoints[itemIndex] ?? zero;
      if (perPoint.isZero()) return;
      const score = bid.scores[itemIndex] ?? item.scaleMin;
      // Only one way can change the winner: the winner scoring a point less, any other bid a point more.
      for (const step of [bid.id === winner.result.id ? one.neg() : one]) {
        const to = Exact.min(item.scaleMax, Exact.max(item.scaleMin, score.plus(step)));
        if (to.eq(score)) continue;
        const changed = merit(bidIndex).plus(perPoint.times(to.minus(score)));
        const comparison = compareExact(changed, merit(best));
        const newWinner: BidRef | null =
          comparison > 0 ? ref(bid) : comparison === 0 ? null : bestIsSole ? ref(results[best] as BidResult) : null;
        if (newWinner?.id === winner.result.id) continue;
        checks.push({ kind: 'sensitivity', bid: ref(bid), item: { id: item.id, name: item.name }, from: score, to, winner: ref(winner.result), newWinner });
      }
    });
  });
  return checks;
}

export function legalChecks(context: CheckContext): (PriceFloorCheck | NegativePointsCheck | WeightsCheck)[] {
  const { setup, results } = context;
  const checks: (PriceFloorCheck | NegativePointsCheck | WeightsCheck)[] = [];
  if (setup.model === 'linear' && results.length > 0) {
    const cap = priceRange(results.map((result) => result.price)).lowest.times(2);
    const beyond = results.filter((result) => result.price.gt(cap));
    if (beyond.length > 0) checks.push({ kind: 'price-floor', cap, bids: beyond.map(ref) });
  }
  for (const result of results) {
    if (result.pricePoints !== null && result.pricePoints.isNegative() && !result.pricePoints.isZero()) {
      checks.push({ kind: 'negative-points', bid: ref(result), value: result.pricePoints, of: 'price-points' });
    }
    if (result.comparisonPrice !== null && result.comparisonPrice.isNegative() && !result.comparisonPrice.isZero()) {
      checks.push({ kind: 'negative-points', bid: ref(result), value: result.comparisonPrice, of: 'comparison-price' });
    }
  }
  if (isPointsModel(setup.model) && compareExact(setup.weightSumPercent, hundred) !== 0) checks.push({ kind: 'weights', sumPercent: setup.weightSumPercent });
  return checks;
}

/** Every check, in the order of the list above, and the sweeps they were drawn from. */
export function runChecks(context: CheckContext): { checks: SimulationCheck[]; sweeps: ItemSweep[] } {
  const cannot = priceCannotMatterChecks(context);
  const breakEven = priceBreakEvenCheck(context, new Set(cannot.map((check) => check.bid.id)));
  const allSweeps = sweeps(context);
  const sweepChecks: SweepBreakEvenCheck[] = allSweeps
    .filter((sweep) => sweep.switches.length > 0)
    .map((sweep) => ({ kind: 'break-even', subject: sweep.subject, item: sweep.item, current: sweep.current, switches: sweep.switches }));
  return {
    checks: [...rankReversalChecks(context), ...(breakEven === null ? [] : [breakEven]), ...sweepChecks, ...sensitivityChecks(context), ...cannot, ...legalChecks(context)],
    sweeps: allSweeps,
  };
}

