import { describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../../shared/builder/completeness';
import {
  addCriterion,
  addPriceCriterion,
  assignRequirements,
  criterionOf,
  deductionOverview,
  evaluatedRequirements,
  isPriceCriterion,
  readAmount,
  readPoints,
  readWeight,
  removeCriterion,
  setBasis,
  setDeduction,
  setEnvironmentalReason,
  setMethod,
  setMissingPoints,
  setPoints,
  setPriceFormula,
  shortText,
  unassignedEvaluated,
  updateCriterion,
  weightSummary,
  readScaleMax,
  setCriterionAmount,
  setCriterionScaleMax,
} from '../../../shared/builder/evaluation-edits';
import { parseDecimal } from '../../../shared/locale-input';
import { createSpecification } from '../../../shared/specification/create';
import { type Requirement, Specification } from '../../../shared/specification/model';

function requirement(id: string, order: number, obligation: Requirement['obligation'], evaluation?: Requirement['evaluation']): Requirement {
  return {
    id,
    sectionId: 'sec-1',
    order,
    text: { en: `Text of ${id}` },
    obligation,
    role: 'specification',
    verification: { method: 'declaration' },
    answerType: { kind: 'yes-no' },
    parameters: [],
    level: 'basic',
    standards: [],
    needIds: [],
    tracing: 'not-needed',
    tracingReason: 'Formal',
    provenance: null,
    dismissedFindings: [],
    notes: '',
    ...(evaluation === undefined ? {} : { evaluation }),
  };
}

/** A valid document with one mandatory and three evaluated requirements (listed out of order on purpose). */
function document(): Specification {
  const spec = createSpecification({ id: '6f1c2b1e-5d7a-4c3b-9a8e-1f2d3c4b5a69', title: 'Test', jurisdiction: 'no', languages: ['nb'], primaryLanguage: 'nb', now: new Date('2026-01-01T00:00:00Z') });
  return {
    ...spec,
    sections: [{ id: 'sec-1', parentId: null, order: 0, title: { nb: 'Krav' } }],
    requirements: [
      requirement('R-3', 3, 'evaluated', { points: 2 }),
      requirement('R-1', 1, 'evaluated'),
      requirement('M-1', 0, 'mandatory'),
      requirement('R-2', 2, 'evaluated'),
    ],
  };
}

function expectValid(spec: Specification): void {
  const result = Specification.safeParse(spec);
  expect(result.success, result.success ? '' : JSON.stringify(result.error.issues)).toBe(true);
}

describe('reading numbers typed in the UI language', () => {
  it('takes a comma as the decimal sign in Swedish and Norwegian', () => {
    expect(parseDecimal('12,5', 'sv')).toBe(12.5);
    expect(parseDecimal('12,5', 'nb')).toBe(12.5);
    expect(parseDecimal(' 30 ', 'nb')).toBe(30);
    expect(parseDecimal('12.5', 'sv')).toBe(12.5);
  });

  it('skips group spaces (also the no-break spaces Intl writes) and English group commas', () => {
    expect(parseDecimal('1 250 000', 'sv')).toBe(1_250_000);
    expect(parseDecimal('1\u00a0250\u00a0000,50', 'nb')).toBe(1_250_000.5);
    expect(parseDecimal('1\u202f250', 'sv')).toBe(1250);
    expect(parseDecimal('1,250,000.5', 'en')).toBe(1_250_000.5);
  });

  it('refuses what is not a plain number', () => {
    for (const text of ['', 'abc', '12 %', '1e3', '1,2,3', 'Infinity', '--1', '0x10']) {
      expect(parseDecimal(text, 'sv'), text).toBeNull();
    }
    // Grouping with points and a decimal comma is how many Norwegians write amounts.
    expect(parseDecimal('1.000,5', 'nb')).toBe(1000.5);
    expect(parseDecimal('12a', 'en')).toBeNull();
  });

  it('reads a typed minus sign', () => {
    expect(parseDecimal('\u22125', 'nb')).toBe(-5);
  });

  it('accepts only weights the schema accepts (0–100)', () => {
    expect(readWeight('12,5', 'sv')).toEqual({ ok: true, value: 12.5 });
    expect(readWeight('0', 'en')).toEqual({ ok: true, value: 0 });
    expect(readWeight('100', 'en')).toEqual({ ok: true, value: 100 });
    expect(readWeight('', 'en')).toEqual({ ok: false, problem: 'empty' });
    expect(readWeight('ten', 'en')).toEqual({ ok: false, problem: 'notANumber' });
    expect(readWeight('100,5', 'nb')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readWeight('-1', 'nb')).toEqual({ ok: false, problem: 'outOfRange' });
  });

  it('reads an empty amount as none and refuses negative ones', () => {
    expect(readAmount('', 'sv')).toEqual({ ok: true, value: undefined });
    expect(readAmount('50 000', 'sv')).toEqual({ ok: true, value: 50_000 });
    expect(readAmount('-5', 'en')).toEqual({ ok: false, problem: 'outOfRange' });
    // A currency written after the figure is understood, as in the procurement step.
    expect(readAmount('5 kr', 'sv')).toEqual({ ok: true, value: 5 });
  });
});

describe('basis and method', () => {
  it('price or cost alone clears the method and formula but keeps the criteria', () => {
    const withCriteria = addCriterion(document()).specification;
    const price = setBasis(withCriteria, 'price');
    expect(price.evaluation).toMatchObject({ basis: 'price', method: null, priceFormula: null });
    expect(price.evaluation.criteria).toHaveLength(1);
    expectValid(price);
    expect(setBasis(price, 'price-quality').evaluation).toMatchObject({ basis: 'price-quality', method: null });
  });

  it('weighted points adds price as a criterion weighing what the others leave', () => {
    let spec = setBasis(document(), 'cost');
    spec = { ...spec, evaluation: { ...spec.evaluation, criteria: [{ id: 'crit-q', name: 'Quality', weightPercent: 30, requirementIds: [] }] } };
    const next = setMethod(spec, 'weighted-points', 'Pris');
    expect(next.evaluation.basis).toBe('price-quality');
    expect(next.evaluation.criteria[0]).toEqual({ id: 'price-1', name: 'Pris', weightPercent: 70, requirementIds: [] });
    expect(isPriceCriterion(next.evaluation, 'price-1')).toBe(true);
    expect(isPriceCriterion(next.evaluation, 'crit-q')).toBe(false);
    // Once there, it is not added again.
    expect(setMethod(setMethod(next, 'value-deduction', 'Pris'), 'weighted-points', 'Pris').evaluation.criteria).toHaveLength(2);
    expectValid(next);
  });

  it('a price criterion never gets a weight outside 0–100', () => {
    let spec = document();
    spec = { ...spec, evaluation: { ...spec.evaluation, criteria: [{ id: 'a', name: 'A', weightPercent: 80, requirementIds: [] }, { id: 'b', name: 'B', weightPercent: 60, requirementIds: [] }] } };
    expect(addPriceCriterion(spec, 'Price').specification.evaluation.criteria[0]?.weightPercent).toBe(0);
    expect(addPriceCriterion(document(), 'Price').specification.evaluation.criteria[0]?.weightPercent).toBe(100);
  });

  it('value deduction adds no criteria; the formula can be set', () => {
    const next = setMethod(document(), 'value-deduction', 'Pris');
    expect(next.evaluation.criteria).toEqual([]);
    expect(setPriceFormula(next, 'linear').evaluation.priceFormula).toBe('linear');
  });
});

describe('criteria', () => {
  it('adds criteria with fresh ids and removes them', () => {
    const first = addCriterion(document());
    const second = addCriterion(first.specification);
    expect([first.id, second.id]).toEqual(['criterion-1', 'criterion-2']);
    const removed = removeCriterion(second.specification, 'criterion-1');
    expect(removed.evaluation.criteria.map((c) => c.id)).toEqual(['criterion-2']);
    expect(addCriterion(removed).id).toBe('criterion-3');
  });

  it('updates fields, leaving an empty description and a cleared climate flag out of the file', () => {
    const { specification, id } = addCriterion(document());
    let spec = updateCriterion(specification, id, { name: 'Klima', weightPercent: 30, description: 'Utslipp', environmental: true });
    expect(spec.evaluation.criteria[0]).toEqual({ id, name: 'Klima', weightPercent: 30, requirementIds: [], description: 'Utslipp', environmental: true });
    spec = updateCriterion(spec, id, { description: '', environmental: false });
    expect(spec.evaluation.criteria[0]).toEqual({ id, name: 'Klima', weightPercent: 30, requirementIds: [] });
    expect(updateCriterion(spec, id, { weightPercent: 120 }).evaluation.criteria[0]?.weightPercent).toBe(30);
    expectValid(spec);
  });

  it('sums the weights as the completeness check does', () => {
    const c = (weightPercent: number) => ({ id: `c${weightPercent}`, name: 'x', weightPercent, requirementIds: [] });
    expect(weightSummary([c(40), c(60)])).toEqual({ sum: 100, remaining: 0, status: 'exact' });
    expect(weightSummary([c(33.333), c(33.333), c(33.334)])).toEqual({ sum: 100, remaining: 0, status: 'exact' });
    expect(weightSummary([c(40), c(50)])).toEqual({ sum: 90, remaining: 10, status: 'under' });
    expect(weightSummary([c(70), c(50)])).toEqual({ sum: 120, remaining: -20, status: 'over' });
    expect(weightSummary([])).toEqual({ sum: 0, remaining: 100, status: 'under' });
  });
});

describe('putting evaluated requirements into criteria', () => {
  it('lists evaluated requirements in document order with their numbers', () => {
    expect(evaluatedRequirements(document()).map((item) => [item.requirement.id, item.number])).toEqual([
      ['R-1', '4.2'],
      ['R-2', '4.3'],
      ['R-3', '4.4'],
    ]);
  });

  it('moves a requirement out of the criterion it was in, keeps document order, drops unknown and mandatory ids', () => {
    let spec = document();
    const a = addCriterion(spec);
    const b = addCriterion(a.specification);
    spec = assignRequirements(b.specification, a.id, ['R-3', 'R-1']);
    expect(spec.evaluation.criteria.map((c) => c.requirementIds)).toEqual([['R-1', 'R-3'], []]);
    spec = assignRequirements(spec, b.id, ['R-3', 'M-1', 'nope', 'R-2']);
    expect(spec.evaluation.criteria.map((c) => c.requirementIds)).toEqual([['R-1'], ['R-2', 'R-3']]);
    expect(criterionOf(spec.evaluation, 'R-3')?.id).toBe(b.id);
    expect(criterionOf(spec.evaluation, 'M-1')).toBeUndefined();
    expect(unassignedEvaluated(spec)).toEqual([]);
    expectValid(spec);
  });

  it('never gives requirements to the price criterion', () => {
    const { specification, id } = addPriceCriterion(document(), 'Pris');
    expect(assignRequirements(specification, id, ['R-1'])).toBe(specification);
  });

  it('finds evaluated requirements no criterion uses', () => {
    const { specification, id } = addCriterion(document());
    expect(unassignedEvaluated(assignRequirements(specification, id, ['R-2'])).map((r) => r.id)).toEqual(['R-1', 'R-3']);
  });
});

describe('value deduction', () => {
  it('sets and clears a deduction, keeping points', () => {
    let spec = setDeduction(document(), 'R-3', 50_000);
    expect(spec.requirements[0]?.evaluation).toEqual({ points: 2, deduction: 50_000 });
    spec = setDeduction(spec, 'R-1', 20_000.5);
    expect(spec.requirements[1]?.evaluation).toEqual({ deduction: 20_000.5 });
    expectValid(spec);
    spec = setDeduction(spec, 'R-1', undefined);
    expect(spec.requirements[1]).not.toHaveProperty('evaluation');
    expect(setDeduction(spec, 'R-3', -1)).toBe(spec);
    expect(setDeduction(spec, 'R-3', Number.NaN)).toBe(spec);
  });

  it('sums the deductions and counts those missing, as the completeness check does', () => {
    let spec = setMethod(document(), 'value-deduction', 'Pris');
    spec = setDeduction(setDeduction(spec, 'R-1', 40_000), 'R-2', 0);
    const overview = deductionOverview(spec);
    expect(overview.lines).toEqual([
      { requirementId: 'R-1', number: '4.2', amount: 40_000 },
      { requirementId: 'R-2', number: '4.3', amount: 0 },
      { requirementId: 'R-3', number: '4.4', amount: undefined },
    ]);
    expect(overview.total).toBe(40_000);
    expect(overview.missing).toBe(2);
    expect(checkCompleteness(spec).find((check) => check.id === 'deductions')?.items).toHaveLength(overview.missing);
  });
});

describe('points per evaluated requirement (weighted points)', () => {
  it('reads points typed in the UI language; empty clears them, a negative is refused', () => {
    expect(readPoints('1,5', 'nb')).toEqual({ ok: true, value: 1.5 });
    expect(readPoints('2', 'en')).toEqual({ ok: true, value: 2 });
    expect(readPoints(' ', 'sv')).toEqual({ ok: true, value: undefined });
    expect(readPoints('-1', 'sv')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readPoints('två', 'sv')).toEqual({ ok: false, problem: 'notANumber' });
  });

  it('sets and clears one requirement\'s points, keeping its deduction; refuses what is not a number of 0 or more', () => {
    let spec = setDeduction(setMethod(document(), 'weighted-points', 'Pris'), 'R-1', 10_000);
    spec = setPoints(spec, 'R-1', 3);
    expect(spec.requirements.find((r) => r.id === 'R-1')?.evaluation).toEqual({ deduction: 10_000, points: 3 });
    expectValid(spec);
    spec = setPoints(spec, 'R-1', undefined);
    expect(spec.requirements.find((r) => r.id === 'R-1')?.evaluation).toEqual({ deduction: 10_000 });
    expect(setPoints(spec, 'R-1', -2)).toBe(spec);
    expect(setPoints(spec, 'R-1', Number.POSITIVE_INFINITY)).toBe(spec);
  });

  it('gives every evaluated requirement without points the same points in one edit, and the check closes', () => {
    let spec = setMethod(document(), 'weighted-points', 'Pris');
    spec = setPoints(spec, 'R-2', 5);
    spec = setPoints(spec, 'R-3', 0);
    expect(checkCompleteness(spec).find((check) => check.id === 'points')?.items).toEqual(['R-3', 'R-1']);
    spec = setMissingPoints(spec, 2);
    const points = Object.fromEntries(spec.requirements.map((r) => [r.id, r.evaluation?.points]));
    expect(points).toMatchObject({ 'R-1': 2, 'R-2': 5, 'R-3': 2 });
    expect(spec.requirements.filter((r) => r.obligation === 'mandatory').every((r) => r.evaluation?.points === undefined)).toBe(true);
    expect(checkCompleteness(spec).find((check) => check.id === 'points')?.done).toBe(true);
    expect(setMissingPoints(spec, 1)).toBe(spec);
    expect(setMissingPoints(setPoints(spec, 'R-1', 0), 0).requirements.find((r) => r.id === 'R-1')?.evaluation?.points).toBe(0);
  });
});

describe('the Norwegian climate reason', () => {
  it('is kept when written and left out when emptied', () => {
    const spec = setEnvironmentalReason(document(), 'Sikret gjennom krav');
    expect(spec.evaluation.environmentalReason).toBe('Sikret gjennom krav');
    expect(setEnvironmentalReason(spec, '').evaluation).not.toHaveProperty('environmentalReason');
  });
});

describe('a model built with these edits', () => {
  it('closes every evaluation check (Norway, weighted points, 30 % climate)', () => {
    let spec = setMethod(document(), 'weighted-points', 'Pris');
    spec = setPriceFormula(spec, 'linear');
    const price = spec.evaluation.criteria[0]?.id ?? '';
    spec = updateCriterion(spec, price, { weightPercent: 40 });
    const quality = addCriterion(spec);
    spec = updateCriterion(quality.specification, quality.id, { name: 'Kvalitet', weightPercent: 30 });
    spec = assignRequirements(spec, quality.id, ['R-1', 'R-2']);
    const climate = addCriterion(spec);
    spec = updateCriterion(climate.specification, climate.id, { name: 'Klima og miljø', weightPercent: 30, environmental: true });
    spec = assignRequirements(spec, climate.id, ['R-3']);
    // Each evaluated requirement is worth points in its criterion.
    expect(checkCompleteness(spec).find((check) => check.id === 'points')?.done).toBe(false);
    spec = setMissingPoints(spec, 1);
    expectValid(spec);
    const open = checkCompleteness(spec).filter((check) => check.step === 'evaluation' && !check.done);
    expect(open).toEqual([]);
  });
});

describe('short requirement texts', () => {
  it('keeps short texts and cuts long ones at a word', () => {
    expect(shortText('  The service\n shall log in  ')).toBe('The service shall log in');
    const long = 'The supplier shall provide a service desk that answers calls within thirty seconds on working days';
    const cut = shortText(long, 40);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});

describe('value addition amounts and scales', () => {
  const withCriterion = (): Specification => {
    const spec = createSpecification({ id: '3b1f6c2e-8d4a-4e7b-9f10-2c3d4e5f6a7b', title: 'T', jurisdiction: 'no', languages: ['nb'], primaryLanguage: 'nb', now: new Date('2026-02-01T09:00:00Z') });
    return { ...spec, evaluation: { ...spec.evaluation, basis: 'price-quality', method: 'value-addition', criteria: [{ id: 'crit-1', name: 'Kvalitet', weightPercent: 0, requirementIds: [] }] } };
  };

  it('sets and clears a criterion’s amount, and ignores one the file could not hold', () => {
    const set = setCriterionAmount(withCriterion(), 'crit-1', 150000);
    expect(set.evaluation.criteria[0]?.amount).toBe(150000);
    expect(setCriterionAmount(set, 'crit-1', -1)).toBe(set);
    expect('amount' in (setCriterionAmount(set, 'crit-1', undefined).evaluation.criteria[0] ?? {})).toBe(false);
  });

  it('sets the top of the scale, leaving the default scale out of the file', () => {
    const five = setCriterionScaleMax(withCriterion(), 'crit-1', 5);
    expect(five.evaluation.criteria[0]?.scale).toEqual({ min: 0, max: 5 });
    expect(setCriterionScaleMax(five, 'crit-1', 10).evaluation.criteria[0]?.scale).toBeUndefined();
    expect(readScaleMax('0', 'nb', 0)).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readScaleMax('7,5', 'nb', 0)).toEqual({ ok: true, value: 7.5 });
  });
});
