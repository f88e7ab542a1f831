import { describe, expect, it } from 'vitest';
import { Exact, exact, toHundredths, toOre } from '../../../shared/evaluation/exact';
import { impliedPointPrices } from '../../../shared/evaluation/implied-price';
import { evaluateBids } from '../../../shared/evaluation/models';
import { rankResults, soleWinner } from '../../../shared/evaluation/ranking';
import { bidInput, itemScore, setupFromSpecification, type BidInput, type EvaluationSetup, type ScoredItem, type SimulationModel } from '../../../shared/evaluation/setup';
import { simulate } from '../../../shared/evaluation/simulation';
import type { SimulationCheck } from '../../../shared/evaluation/checks';
import { loadFixture } from '../specification/fixtures';

interface ItemSpec {
  id: string;
  weightPercent?: number;
  min?: number;
  max?: number;
  amount?: string;
}

function item({ id, weightPercent = 0, min = 0, max = 10, amount = '0' }: ItemSpec): ScoredItem {
  return { id, name: id, kind: 'criterion', weight: exact(weightPercent).div(100), scaleMin: exact(min), scaleMax: exact(max), amount: exact(amount), requirements: [] };
}

function setupOf(model: SimulationModel, pricePercent: number, items: ItemSpec[], maxPoints = 100): EvaluationSetup {
  const built = items.map(item);
  const weightSumPercent = built.reduce((sum, entry) => sum.plus(entry.weight), exact(pricePercent).div(100)).times(100);
  return { model, maxPoints: exact(maxPoints), priceWeight: exact(pricePercent).div(100), priceCriterion: null, items: built, weightSumPercent };
}

function bid(name: string, price: string | number, ...scores: number[]): BidInput {
  return { id: name, name, price: exact(price), scores: scores.map((score) => exact(score)) };
}

function totals(setup: EvaluationSetup, bids: BidInput[]): Record<string, string> {
  return Object.fromEntries(evaluateBids(setup, bids).map((result) => [result.name, toHundredths(result.total ?? new Exact(Number.NaN))]));
}

function comparisonPrices(setup: EvaluationSetup, bids: BidInput[]): Record<string, string> {
  return Object.fromEntries(evaluateBids(setup, bids).map((result) => [result.name, toOre(result.comparisonPrice ?? new Exact(Number.NaN))]));
}

function winnerName(setup: EvaluationSetup, bids: BidInput[]): string | null {
  return soleWinner(rankResults(evaluateBids(setup, bids)))?.result.name ?? null;
}

function ofKind<K extends SimulationCheck['kind']>(checks: SimulationCheck[], kind: K): Extract<SimulationCheck, { kind: K }>[] {
  return checks.filter((check): check is Extract<SimulationCheck, { kind: K }> => check.kind === kind);
}

// Lunander's example: price and quality 50/50, quality on a 10-point scale.
const lunander = setupOf('proportional', 50, [{ id: 'quality', weightPercent: 50 }]);
const a = bid('A', 100, 6);
const b = bid('B', 130, 8);
const c = bid('C', 50, 0);

describe('the proportional model (Lunander)', () => {
  it('A wins between A and B', () => {
    expect(totals(lunander, [a, b])).toEqual({ A: '80.00', B: '78.46' });
    expect(winnerName(lunander, [a, b])).toBe('A');
  });

  it('a third, cheap bid C that cannot win turns the order of A and B: B wins', () => {
    expect(totals(lunander, [a, b, c])).toEqual({ A: '55.00', B: '59.23', C: '50.00' });
    expect(winnerName(lunander, [a, b, c])).toBe('B');
  });

  it('the rank-reversal check names C as the bid that decides between A and B', () => {
    const reversals = ofKind(simulate(lunander, [a, b, c]).checks, 'rank-reversal');
    expect(reversals).toHaveLength(1);
    expect(reversals[0]).toMatchObject({ decidingBid: { name: 'C' }, winnerChanges: true });
    expect(reversals[0]?.orderWith.map((entry) => entry.name)).toEqual(['B', 'A']);
    expect(reversals[0]?.orderWithout.map((entry) => entry.name)).toEqual(['A', 'B']);
  });

  it('B, the runner-up of two, wins from 124.99 down: at 125 it only ties', () => {
    const [breakEven] = ofKind(simulate(lunander, [a, b]).checks, 'break-even').filter((check) => check.subject === 'price');
    expect(breakEven).toMatchObject({ bid: { name: 'B' }, winner: { name: 'A' } });
    expect(breakEven?.subject === 'price' ? toOre(breakEven.breakEvenPrice) : null).toBe('124.99');
  });

  it('the weight sweep finds the switch at a price weight of 46.43 % (26000/560), B winning below it', () => {
    const outcome = simulate(lunander, [a, b]);
    const price = outcome.sweeps.find((sweep) => sweep.item === null);
    expect(price?.switches.map((point) => [toHundredths(point.at), point.from.name, point.to.name])).toEqual([['46.43', 'B', 'A']]);
    const quality = outcome.sweeps.find((sweep) => sweep.item?.id === 'quality');
    expect(quality?.switches.map((point) => [toHundredths(point.at), point.from.name, point.to.name])).toEqual([['53.57', 'A', 'B']]);
    expect(ofKind(outcome.checks, 'break-even').filter((check) => check.subject === 'weight')).toHaveLength(2);
  });

  it('one point more for B, or one less for A, changes the winner', () => {
    const changes = ofKind(simulate(lunander, [a, b]).checks, 'sensitivity').map((check) => [check.bid.name, check.from.toString(), check.to.toString(), check.newWinner?.name]);
    expect(changes).toEqual([
      ['A', '6', '5', 'B'],
      ['B', '8', '9', 'B'],
    ]);
  });

  it('the same bids under every model, side by side, with the winner under each', () => {
    const outcome = simulate(lunander, [a, b, c]);
    expect(outcome.models.map((model) => [model.model, model.winner?.name ?? null])).toEqual([
      ['proportional', 'B'],
      ['linear', 'C'],
      ['interpolated', 'C'],
      // No money amounts: only the price counts.
      ['deduction', 'C'],
      ['addition', 'C'],
    ]);
  });
});

describe('the interpolated model', () => {
  const interpolated = setupOf('interpolated', 50, [{ id: 'quality', weightPercent: 50 }]);
  const x = bid('A', 100, 6);
  const y = bid('B', 120, 8);
  const irrelevant = bid('D', 300, 0);

  it('A wins between A and B: B, the dearest, gets no price points at all', () => {
    expect(totals(interpolated, [x, y])).toEqual({ A: '80.00', B: '40.00' });
    expect(winnerName(interpolated, [x, y])).toBe('A');
  });

  it('an irrelevant expensive bid D makes B the winner, and the check says D decides it', () => {
    expect(totals(interpolated, [x, y, irrelevant])).toEqual({ A: '80.00', B: '85.00', D: '0.00' });
    expect(winnerName(interpolated, [x, y, irrelevant])).toBe('B');
    const reversals = ofKind(simulate(interpolated, [x, y, irrelevant]).checks, 'rank-reversal');
    expect(reversals.map((check) => check.decidingBid.name)).toEqual(['D']);
  });

  it('the implied price of a quality point depends on how far apart the lowest and highest bids are', () => {
    const two = impliedPointPrices(interpolated, 'interpolated', [x.price, y.price]);
    const three = impliedPointPrices(interpolated, 'interpolated', [x.price, y.price, irrelevant.price]);
    expect(toOre(two[0]?.atLowestPrice ?? exact(-1))).toBe('2.00');
    expect(toOre(three[0]?.atLowestPrice ?? exact(-1))).toBe('20.00');
  });
});

describe('value deduction, worked by hand', () => {
  // K1: up to 123 456.78 off on a 0–10 scale; K2: up to 50 000 off on a 1–5 scale.
  const deduction = setupOf('deduction', 0, [
    { id: 'K1', amount: '123456.78' },
    { id: 'K2', min: 1, max: 5, amount: '50000' },
  ]);
  const bids = [bid('A', '999999.99', 7, 3), bid('B', '1049500.00', 10, 5), bid('C', '905000.50', 2, 1)];

  it('gives each comparison price to the öre: price − 123 456.78 · q1/10 − 50 000 · (q2 − 1)/4', () => {
    // A: 999 999.99 − 86 419.746 − 25 000 = 888 580.244; B: 1 049 500 − 123 456.78 − 50 000;
    // C: 905 000.50 − 24 691.356 − 0 = 880 309.144.
    expect(comparisonPrices(deduction, bids)).toEqual({ A: '888580.24', B: '876043.22', C: '880309.14' });
    expect(rankResults(evaluateBids(deduction, bids)).map((entry) => [entry.result.name, entry.rank])).toEqual([
      ['B', 1],
      ['C', 2],
      ['A', 3],
    ]);
  });

  it('the runner-up C wins at 900 734.57 or less (its comparison price then 876 043.214, below B)', () => {
    const [breakEven] = ofKind(simulate(deduction, bids).checks, 'break-even').filter((check) => check.subject === 'price');
    expect(breakEven?.subject === 'price' ? [breakEven.bid.name, toOre(breakEven.breakEvenPrice)] : null).toEqual(['C', '900734.57']);
  });

  it('a point is worth D / Q: 12 345.68 on K1 and 12 500.00 on K2', () => {
    expect(impliedPointPrices(deduction, 'deduction', bids.map((entry) => entry.price)).map((entry) => toOre(entry.atLowestPrice ?? exact(-1)))).toEqual(['12345.68', '12500.00']);
  });

  it('sweeps each amount and finds where the winner changes', () => {
    const sweep = simulate(deduction, bids).sweeps.find((entry) => entry.item?.id === 'K1');
    // C leads at first; B from (1 049 500 − 50 000 − 905 000.50) / (1 − 0.2) = 118 124.375, where their comparison prices meet.
    expect(sweep?.switches.map((point) => [toOre(point.at), point.from.name, point.to.name])).toEqual([['118124.38', 'C', 'B']]);
  });

  it('value addition adds what a bid lacks: price + A · (Q − q) / Q', () => {
    const addition = { ...deduction, model: 'addition' as const };
    // A: 999 999.99 + 37 037.034 + 25 000; B: 1 049 500; C: 905 000.50 + 98 765.424 + 50 000.
    expect(comparisonPrices(addition, bids)).toEqual({ A: '1062037.02', B: '1049500.00', C: '1053765.92' });
  });

  it('a comparison price below zero is flagged', () => {
    const checks = simulate(deduction, [bid('A', '100000', 10, 5), bid('B', '300000', 0, 1)]).checks;
    expect(ofKind(checks, 'negative-points').map((check) => [check.bid.name, check.of, toOre(check.value)])).toEqual([['A', 'comparison-price', '-73456.78']]);
  });
});

describe('the linear model', () => {
  const linear = setupOf('linear', 40, [
    { id: 'quality', weightPercent: 50 },
    { id: 'climate', weightPercent: 10 },
  ]);

  it('one point of quality is worth (w_q / w_p) · P_min / Q = 1.25 · 100 000 / 10 = 12 500', () => {
    const implied = impliedPointPrices(linear, 'linear', [exact(100_000), exact(130_000)]);
    expect(implied.map((entry) => toOre(entry.atLowestPrice ?? exact(-1)))).toEqual(['12500.00', '2500.00']);
  });

  it('goes below zero beyond twice the lowest price, and says so, with the cap the tender wording puts there', () => {
    const bids = [bid('A', 100_000, 5, 5), bid('B', 250_000, 10, 10)];
    expect(totals(linear, bids)).toEqual({ A: '70.00', B: '40.00' });
    const checks = simulate(linear, bids).checks;
    expect(ofKind(checks, 'negative-points').map((check) => [check.bid.name, toHundredths(check.value)])).toEqual([['B', '-50.00']]);
    expect(ofKind(checks, 'price-floor').map((check) => [toOre(check.cap), check.bids.map((entry) => entry.name)])).toEqual([['200000.00', ['B']]]);
  });
});

describe('checks on the weights', () => {
  it('flags weights that do not add up to 100 %', () => {
    const checks = simulate(setupOf('proportional', 40, [{ id: 'quality', weightPercent: 50 }]), [a, b]).checks;
    expect(ofKind(checks, 'weights').map((check) => check.sumPercent.toString())).toEqual(['90']);
    expect(ofKind(simulate(lunander, [a, b]).checks, 'weights')).toEqual([]);
  });

  it('says when a quality lead is larger than all that price can give', () => {
    const heavy = setupOf('proportional', 10, [{ id: 'quality', weightPercent: 90 }]);
    const checks = simulate(heavy, [bid('A', 100, 0), bid('B', 200, 10)]).checks;
    expect(ofKind(checks, 'price-cannot-matter').map((check) => [check.bid.name, check.winner.name, toHundredths(check.lead), toHundredths(check.mostFromPrice)])).toEqual([['A', 'B', '90.00', '10.00']]);
    // No break-even price is offered for a bid that cannot win on price.
    expect(ofKind(checks, 'break-even').filter((check) => check.subject === 'price')).toEqual([]);
  });
});

describe('a setup from a specification', () => {
  const spec = loadFixture('rich.kravspec');

  it('takes the price weight from the price criterion and the quality criteria with the default 0–10 scale', () => {
    const setup = setupFromSpecification(spec);
    expect(setup.model).toBe('proportional');
    expect(setup.priceWeight.toString()).toBe('0.6');
    expect(setup.maxPoints.toString()).toBe('100');
    expect(setup.items.map((entry) => [entry.id, entry.weight.toString(), entry.scaleMin.toString(), entry.scaleMax.toString()])).toEqual([
      ['crit-funktion', '0.2', '0', '10'],
      ['crit-drift', '0.1', '0', '10'],
      ['crit-integration', '0.1', '0', '10'],
    ]);
    expect(setupFromSpecification(spec, 'linear').model).toBe('linear');
  });

  it('scores a criterion from the answers by the points of the requirements met, when no score is typed', () => {
    const setup = setupFromSpecification(spec);
    const funktion = setup.items[0] as ScoredItem;
    // K-ARE-02 is worth 10 points, K-ARE-03 5: meeting the first gives 10/15 of the scale.
    expect(toHundredths(itemScore(funktion, { scores: {}, answers: { 'K-ARE-02': true, 'K-ARE-03': false } }))).toBe('6.67');
    expect(itemScore(funktion, { scores: { 'crit-funktion': 4 }, answers: { 'K-ARE-02': true } }).toString()).toBe('4');
    expect(itemScore(funktion, { scores: { 'crit-funktion': 14 } }).toString()).toBe('10');
    const input = bidInput(setup, { id: 'a', name: 'A', price: '1000.50', scores: { 'crit-drift': 3 } });
    expect(input.scores.map((score) => score.toString())).toEqual(['0', '3', '0']);
    expect(input.price.toString()).toBe('1000.5');
  });

  it('under value deduction, evaluated requirements with a deduction become items of their own', () => {
    const requirements = spec.requirements.map((requirement) => (requirement.id === 'K-ARE-02' ? { ...requirement, evaluation: { deduction: 40_000 } } : requirement));
    const deducted = { ...spec, requirements, evaluation: { ...spec.evaluation, method: 'value-deduction' as const, criteria: [] } };
    const setup = setupFromSpecification(deducted);
    expect(setup.model).toBe('deduction');
    expect(setup.items.map((entry) => [entry.id, entry.kind, toOre(entry.amount)])).toEqual([['K-ARE-02', 'requirement', '40000.00']]);
    const outcome = simulate(setup, [
      bidInput(setup, { id: 'a', name: 'A', price: 500_000, scores: {}, answers: { 'K-ARE-02': true } }),
      bidInput(setup, { id: 'b', name: 'B', price: 450_000, scores: {}, answers: { 'K-ARE-02': false } }),
    ]);
    expect(outcome.ranking.map((entry) => [entry.result.name, toOre(entry.result.comparisonPrice ?? exact(-1))])).toEqual([
      ['B', '450000.00'],
      ['A', '460000.00'],
    ]);
  });
});
