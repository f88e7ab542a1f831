import { describe, expect, it } from 'vitest';
import {
  comparisonPrice,
  criterionPoints,
  examplePrices,
  linearPricePoints,
  priceCriterion,
  pricePoints,
  priceWeight,
  proportionalPricePoints,
  qualityCriteria,
  requirementsMet,
  roundTwo,
  weightedTotal,
  workedExample,
} from '../../../shared/evaluation/worked-example';
import type { EvaluationModel, Requirement } from '../../../shared/specification/model';
import { loadSpecification, richFixturePath } from '../../support/large-specification';

function evaluated(id: string, evaluation: Requirement['evaluation']): Requirement {
  return {
    id,
    sectionId: 's',
    order: 0,
    text: { en: id },
    obligation: 'evaluated',
    role: 'specification',
    verification: { method: null },
    answerType: { kind: 'yes-no' },
    parameters: [],
    level: 'basic',
    standards: [],
    needIds: [],
    tracing: 'not-needed',
    tracingReason: '',
    provenance: null,
    dismissedFindings: [],
    notes: '',
    ...(evaluation === undefined ? {} : { evaluation }),
  };
}

describe('price formulas', () => {
  it('proportional: lowest ÷ price × max', () => {
    expect(proportionalPricePoints(100, 100, 60)).toBe(60);
    expect(proportionalPricePoints(200, 100, 60)).toBe(30);
    expect(roundTwo(proportionalPricePoints(1_150_000, 1_000_000, 60))).toBe(52.17);
    expect(proportionalPricePoints(0, 0, 40)).toBe(40);
  });

  it('linear: max − (price − lowest) ÷ lowest × max, floored at 0', () => {
    expect(linearPricePoints(100, 100, 60)).toBe(60);
    expect(linearPricePoints(115, 100, 60)).toBeCloseTo(51, 10);
    expect(linearPricePoints(200, 100, 60)).toBe(0);
    expect(linearPricePoints(350, 100, 60)).toBe(0);
    expect(linearPricePoints(10, 0, 60)).toBe(0);
    expect(pricePoints('linear', 150, 100, 50)).toBe(25);
    expect(pricePoints('proportional', 125, 100, 50)).toBe(40);
    // Interpolated between 100 and 120: halfway gets half; all prices the same gets full points.
    expect(pricePoints('interpolated', 110, 100, 50, 120)).toBe(25);
    expect(pricePoints('interpolated', 100, 100, 50, 100)).toBe(50);
  });

  it('rounds half away from zero to two decimals', () => {
    expect(roundTwo(1.005)).toBe(1.01);
    expect(roundTwo(2.675)).toBe(2.68);
    expect(roundTwo(-1.005)).toBe(-1.01);
    expect(roundTwo(52.173913)).toBe(52.17);
  });
});

describe('weighted total and value deduction', () => {
  it('sums price points and criterion points; a criterion gives its weight × share, share kept within 0–1', () => {
    expect(criterionPoints(20, 1 / 3)).toBeCloseTo(6.6667, 4);
    expect(criterionPoints(20, 1.5)).toBe(20);
    expect(criterionPoints(20, -1)).toBe(0);
    expect(weightedTotal(52.17, [20, 10, 10])).toBeCloseTo(92.17, 10);
  });

  it('comparison price = price − deductions of the requirements met, never below 0', () => {
    expect(comparisonPrice(1_000_000, [50_000, 25_000])).toBe(925_000);
    expect(comparisonPrice(100, [80, 80])).toBe(0);
    expect(comparisonPrice(100, [])).toBe(100);
  });
});

describe('the price criterion', () => {
  const model = (criteria: EvaluationModel['criteria']): EvaluationModel => ({ basis: 'price-quality', method: 'weighted-points', priceFormula: 'proportional', criteria });

  it('is the criterion without requirements named for price or cost', () => {
    const evaluation = model([
      { id: 'crit-klima', name: 'Klima og miljø', weightPercent: 30, requirementIds: [] },
      { id: 'c1', name: 'Pris', weightPercent: 40, requirementIds: [] },
      { id: 'c2', name: 'Kvalitet', weightPercent: 30, requirementIds: ['r'] },
    ]);
    expect(priceCriterion(evaluation)?.id).toBe('c1');
    expect(priceWeight(evaluation)).toBe(40);
    expect(qualityCriteria(evaluation).map((c) => c.id)).toEqual(['crit-klima', 'c2']);
    expect(priceCriterion(model([{ id: 'x', name: 'Livscykelkostnad', weightPercent: 50, requirementIds: [] }]))).toBeUndefined();
    expect(priceCriterion(model([{ id: 'x', name: 'Total cost of ownership', weightPercent: 50, requirementIds: [] }]))?.id).toBe('x');
    expect(priceCriterion(model([{ id: 'x', name: 'Kostnader', weightPercent: 50, requirementIds: [] }]))?.id).toBe('x');
  });

  it('without one, price weighs what the other criteria leave of 100', () => {
    expect(priceWeight(model([{ id: 'q', name: 'Quality', weightPercent: 35, requirementIds: ['r'] }]))).toBe(65);
    expect(priceWeight(model([{ id: 'q', name: 'Quality', weightPercent: 120, requirementIds: ['r'] }]))).toBe(0);
  });
});

describe('workedExample', () => {
  it('bid B meets every evaluated requirement, bid A every second one from the second', () => {
    expect(requirementsMet('B', ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(requirementsMet('A', ['a', 'b', 'c', 'd'])).toEqual(['b', 'd']);
    expect(requirementsMet('A', ['a'])).toEqual([]);
  });

  it('scores the rich fixture under weighted points with every intermediate number', () => {
    const spec = loadSpecification(richFixturePath);
    const example = workedExample(spec.evaluation, 'SEK', spec.requirements);
    if (example.kind !== 'weighted-points') throw new Error(`expected weighted points, got ${example.kind}`);
    expect(example.priceWeight).toBe(60);
    expect(example.lowestPrice).toBe(examplePrices.A);
    const [a, b] = example.bids;
    expect(a.pricePoints).toBe(60);
    expect(b.pricePoints).toBe(52.17);
    // Evaluated in file order: K-ARE-02 (10 p), K-ARE-03 (5 p), K-DRI-02 (15 p), K-INT-02 (10 p); A meets the 2nd and 4th.
    expect(a.criteria.map((c) => [c.criterionId, c.pointsMet, c.pointsPossible, c.points])).toEqual([
      ['crit-funktion', 5, 15, 6.67],
      ['crit-drift', 0, 15, 0],
      ['crit-integration', 10, 10, 10],
    ]);
    expect(b.criteria.map((c) => c.points)).toEqual([20, 10, 10]);
    expect(a.qualityPoints).toBe(16.67);
    expect(a.total).toBe(76.67);
    expect(b.total).toBe(92.17);
    expect(example.winner).toBe('B');
  });

  it('uses the linear formula when chosen and judges criteria without requirements by fixed shares', () => {
    const evaluation: EvaluationModel = {
      basis: 'price-quality',
      method: 'weighted-points',
      priceFormula: 'linear',
      criteria: [
        { id: 'crit-pris', name: 'Pris', weightPercent: 40, requirementIds: [] },
        { id: 'crit-kvalitet', name: 'Kvalitet', weightPercent: 30, requirementIds: ['BK-02'] },
        { id: 'crit-klima', name: 'Klima og miljø', weightPercent: 30, requirementIds: [] },
      ],
    };
    const example = workedExample(evaluation, 'NOK', [evaluated('BK-02', { points: 10 })]);
    if (example.kind !== 'weighted-points') throw new Error('expected weighted points');
    const [a, b] = example.bids;
    expect([a.pricePoints, b.pricePoints]).toEqual([40, 34]);
    expect(a.criteria.map((c) => [c.assessed, c.share, c.points])).toEqual([
      [false, 0, 0],
      [true, 0.5, 15],
    ]);
    expect(b.criteria.map((c) => [c.assessed, c.share, c.points])).toEqual([
      [false, 1, 30],
      [true, 0.8, 24],
    ]);
    expect([a.total, b.total]).toEqual([55, 88]);
    expect(example.winner).toBe('B');
  });

  it('uses the interpolated formula when chosen: the lower price gets all the price points and the higher none', () => {
    const evaluation: EvaluationModel = {
      basis: 'price-quality',
      method: 'weighted-points',
      priceFormula: 'interpolated',
      criteria: [
        { id: 'crit-pris', name: 'Pris', weightPercent: 40, requirementIds: [] },
        { id: 'crit-kvalitet', name: 'Kvalitet', weightPercent: 60, requirementIds: ['BK-02'] },
      ],
    };
    const example = workedExample(evaluation, 'SEK', [evaluated('BK-02', { points: 10 })]);
    if (example.kind !== 'weighted-points') throw new Error('expected weighted points');
    expect([example.lowestPrice, example.highestPrice]).toEqual([Math.min(examplePrices.A, examplePrices.B), Math.max(examplePrices.A, examplePrices.B)]);
    expect(example.bids.map((bid) => bid.pricePoints)).toEqual([40, 0]);
    expect(example.bids.map((bid) => bid.total)).toEqual([40, 60]);
  });

  it('counts requirements when every one of a criterion has 0 points, and 1 point each when points are missing', () => {
    const evaluation: EvaluationModel = { basis: 'price-quality', method: null, priceFormula: null, criteria: [{ id: 'q', name: 'Quality', weightPercent: 30, requirementIds: ['r1', 'r2', 'nope'] }] };
    const zero = workedExample(evaluation, 'EUR', [evaluated('r1', { points: 0 }), evaluated('r2', { points: 0 })]);
    const missing = workedExample(evaluation, 'EUR', [evaluated('r1', undefined), evaluated('r2', undefined)]);
    for (const example of [zero, missing]) {
      if (example.kind !== 'weighted-points') throw new Error('expected weighted points');
      expect(example.priceFormula).toBe('proportional');
      expect(example.priceWeight).toBe(70);
      expect(example.bids[0].criteria[0]).toMatchObject({ requirementIds: ['r1', 'r2'], metRequirementIds: ['r2'], pointsMet: 1, pointsPossible: 2, share: 0.5, points: 15 });
    }
  });

  it('ignores mandatory requirements passed in', () => {
    const mandatory = { ...evaluated('m', { points: 50 }), obligation: 'mandatory' as const };
    const evaluation: EvaluationModel = { basis: 'price-quality', method: 'weighted-points', priceFormula: 'proportional', criteria: [{ id: 'q', name: 'Q', weightPercent: 40, requirementIds: ['m', 'e'] }] };
    const example = workedExample(evaluation, 'SEK', [mandatory, evaluated('e', { points: 5 })]);
    if (example.kind !== 'weighted-points') throw new Error('expected weighted points');
    expect(example.bids[1].criteria[0]?.requirementIds).toEqual(['e']);
  });

  it('value deduction: comparison price = price − deductions earned; lowest wins', () => {
    const evaluation: EvaluationModel = { basis: 'price-quality', method: 'value-deduction', priceFormula: null, criteria: [] };
    const requirements = [evaluated('r1', { deduction: 100_000 }), evaluated('r2', { deduction: 40_000 }), evaluated('r3', { deduction: 90_000 }), evaluated('r4', {})];
    const example = workedExample(evaluation, 'SEK', requirements);
    if (example.kind !== 'value-deduction') throw new Error('expected value deduction');
    const [a, b] = example.bids;
    expect(a.deductions).toEqual([
      { requirementId: 'r2', amount: 40_000 },
      { requirementId: 'r4', amount: 0 },
    ]);
    expect([a.totalDeduction, a.comparisonPrice]).toEqual([40_000, 960_000]);
    expect([b.totalDeduction, b.comparisonPrice]).toEqual([230_000, 920_000]);
    expect(example.winner).toBe('B');
    const small = workedExample(evaluation, 'SEK', [evaluated('r1', { deduction: 10_000 })]);
    expect(small.winner).toBe('A');
  });

  it('price or cost only: the cheaper bid wins', () => {
    for (const basis of ['price', 'cost'] as const) {
      const example = workedExample({ basis, method: null, priceFormula: null, criteria: [] }, 'EUR', []);
      expect(example).toEqual({ kind: 'price', basis, currency: 'EUR', bids: [{ label: 'A', price: examplePrices.A }, { label: 'B', price: examplePrices.B }], winner: 'A' });
    }
  });

  it('is deterministic and reports a tie as no winner', () => {
    const evaluation: EvaluationModel = { basis: 'price-quality', method: 'weighted-points', priceFormula: 'proportional', criteria: [] };
    const first = workedExample(evaluation, 'SEK', []);
    expect(workedExample(evaluation, 'SEK', [])).toEqual(first);
    const tie = workedExample({ basis: 'price-quality', method: 'value-deduction', priceFormula: null, criteria: [] }, 'SEK', [evaluated('r1', { deduction: 150_000 }), evaluated('r2', { deduction: 0 })]);
    expect(tie.winner).toBeNull();
  });
});
