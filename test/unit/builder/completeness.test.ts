import { describe, expect, it } from 'vitest';
import { checkCompleteness, checkIds, environmentalWeight, progressByStep, requirementsWithPlaceholders, type CheckId, type CompletenessCheck } from '../../../shared/builder/completeness';
import type { Requirement, Specification } from '../../../shared/specification/model';
import { loadFixture } from '../specification/fixtures';

/** The rich Swedish fixture is complete: every check that applies to it passes. */
const complete = (): Specification => loadFixture('rich.kravspec');

/** The Norwegian fixture, made complete: its climate criterion is marked as one. */
function completeNorwegian(): Specification {
  const spec = loadFixture('norwegian.kravspec');
  const criteria = spec.evaluation.criteria.map((criterion) => (criterion.id === 'crit-klima' ? { ...criterion, environmental: true } : criterion));
  return { ...spec, evaluation: { ...spec.evaluation, criteria } };
}

function open(spec: Specification): CompletenessCheck[] {
  return checkCompleteness(spec).filter((check) => !check.done);
}

function byId(spec: Specification, id: CheckId): CompletenessCheck | undefined {
  return checkCompleteness(spec).find((check) => check.id === id);
}

function withRequirement(spec: Specification, id: string, change: (requirement: Requirement) => Requirement): Specification {
  return { ...spec, requirements: spec.requirements.map((requirement) => (requirement.id === id ? change(requirement) : requirement)) };
}

describe('checkCompleteness on complete documents', () => {
  it('passes every check of the rich Swedish document', () => {
    const checks = checkCompleteness(complete());
    expect(checks.filter((check) => !check.done)).toEqual([]);
    // Value deduction and the Norwegian climate rule do not apply, so they are not listed at all.
    expect(checks.map((check) => check.id)).toEqual(checkIds.filter((id) => id !== 'deductions' && id !== 'climate'));
    for (const check of checks) expect(check.items, check.id).toEqual([]);
  });

  it('passes every check of a complete Norwegian document, the climate rule included', () => {
    const checks = checkCompleteness(completeNorwegian());
    expect(checks.filter((check) => !check.done)).toEqual([]);
    expect(checks.find((check) => check.id === 'climate')).toMatchObject({ done: true, values: { weight: 30 } });
  });

  it('puts each check under the step where it is fixed', () => {
    const steps = Object.fromEntries(checkCompleteness(completeNorwegian()).map((check) => [check.id, check.step]));
    expect(steps).toMatchObject({ title: 'procurement', lots: 'procurement', needs: 'needs', goalsMeasurable: 'needs', verification: 'requirements', tracing: 'requirements', weights: 'evaluation', climate: 'evaluation' });
  });
});

/** A change to the complete document and the checks it must open (and only those), with the items that keep them open. */
interface Case {
  name: string;
  spec: () => Specification;
  opens: Partial<Record<CheckId, string[]>>;
}

const cases: Case[] = [
  { name: 'a blank title', spec: () => ({ ...complete(), title: '   ' }), opens: { title: [] } },
  { name: 'no buyer', spec: () => ({ ...complete(), buyer: { ...complete().buyer, name: '' } }), opens: { buyer: [] } },
  { name: 'no organisation number', spec: () => ({ ...complete(), buyer: { ...complete().buyer, organisationNumber: '' } }), opens: { organisationNumber: [] } },
  { name: 'an organisation number with a wrong check digit', spec: () => ({ ...complete(), buyer: { ...complete().buyer, organisationNumber: '212000-2438' } }), opens: { organisationNumber: [] } },
  { name: 'no reference number', spec: () => ({ ...complete(), procurement: { ...complete().procurement, referenceNumber: ' ' } }), opens: { reference: [] } },
  { name: 'no procedure', spec: () => ({ ...complete(), procurement: { ...complete().procurement, procedure: null } }), opens: { procedure: [] } },
  { name: 'no estimated value', spec: () => ({ ...complete(), procurement: { ...complete().procurement, estimatedValue: null } }), opens: { estimatedValue: [] } },
  { name: 'an estimated value of zero', spec: () => ({ ...complete(), procurement: { ...complete().procurement, estimatedValue: 0 } }), opens: { estimatedValue: [] } },
  {
    name: 'a contract period with only a start date',
    spec: () => ({ ...complete(), procurement: { ...complete().procurement, contractPeriod: { startDate: '2026-09-01', endDate: null } } }),
    opens: { contractPeriod: [] },
  },
  { name: 'no CPV code', spec: () => ({ ...complete(), procurement: { ...complete().procurement, cpvCodes: [] } }), opens: { cpv: [] } },
  { name: 'no lots and no reason', spec: () => ({ ...complete(), procurement: { ...complete().procurement, lots: [], notDividedReason: '' } }), opens: { lots: [] } },
  { name: 'variants not decided', spec: () => ({ ...complete(), procurement: { ...complete().procurement, variants: { allowed: null, conditions: '' } } }), opens: { variants: [] } },
  {
    name: 'variants allowed without minimum requirements',
    spec: () => ({ ...complete(), procurement: { ...complete().procurement, variants: { allowed: true, conditions: '  ' } } }),
    opens: { variants: [] },
  },
  { name: 'no current situation', spec: () => ({ ...complete(), currentSituation: '' }), opens: { currentSituation: [] } },
  { name: 'no needs', spec: () => ({ ...complete(), needs: [] }), opens: { needs: [] } },
  {
    name: 'a need without who',
    spec: () => ({ ...complete(), needs: complete().needs.map((need, index) => (index === 1 ? { ...need, who: '' } : need)) }),
    opens: { needsComplete: ['need-arkiv'] },
  },
  {
    name: 'a goal without a target and one without an indicator',
    spec: () => ({ ...complete(), goals: complete().goals.map((goal, index) => (index === 0 ? { ...goal, target: '' } : index === 2 ? { ...goal, indicator: ' ' } : goal)) }),
    opens: { goalsMeasurable: ['goal-tid', 'goal-samtal'] },
  },
  { name: 'no requirements', spec: () => ({ ...complete(), requirements: [] }), opens: { requirements: [] } },
  {
    name: 'a requirement without its English text',
    spec: () => withRequirement(complete(), 'K-ARE-01', (requirement) => ({ ...requirement, text: { sv: requirement.text.sv ?? '' } })),
    opens: { translations: ['K-ARE-01'] },
  },
  {
    name: 'a mandatory requirement without a verification method',
    spec: () => withRequirement(complete(), 'K-SAK-01', (requirement) => ({ ...requirement, verification: { method: null } })),
    opens: { verification: ['K-SAK-01'] },
  },
  {
    name: 'a placeholder in a text',
    spec: () => withRequirement(complete(), 'K-DRI-01', (requirement) => ({ ...requirement, text: { ...requirement.text, en: `${requirement.text.en ?? ''} TODO` } })),
    opens: { placeholders: ['K-DRI-01'] },
  },
  {
    name: 'a parameter without a value',
    spec: () => withRequirement(complete(), 'K-OMF-01', (requirement) => ({ ...requirement, parameters: requirement.parameters.map((parameter) => ({ ...parameter, value: null })) })),
    opens: { placeholders: ['K-OMF-01'] },
  },
  {
    name: 'a linked requirement with no needs and a standalone one with no reason',
    spec: () =>
      withRequirement(
        withRequirement(complete(), 'K-ARE-01', (requirement) => ({ ...requirement, needIds: [] })),
        'K-SAK-02',
        (requirement) => ({ ...requirement, tracingReason: '' }),
      ),
    opens: { tracing: ['K-ARE-01', 'K-SAK-02'] },
  },
  {
    name: 'price-quality without a method',
    spec: () => ({ ...complete(), evaluation: { ...complete().evaluation, method: null } }),
    opens: { qualityMethod: [] },
  },
  {
    name: 'evaluated requirements under a price-only award',
    spec: () => ({ ...complete(), evaluation: { ...complete().evaluation, basis: 'price', method: null } }),
    opens: { qualityMethod: [] },
  },
  {
    name: 'weights that add up to 85',
    spec: () => ({ ...complete(), evaluation: { ...complete().evaluation, criteria: complete().evaluation.criteria.map((criterion) => (criterion.id === 'crit-funktion' ? { ...criterion, weightPercent: 5 } : criterion)) } }),
    opens: { weights: [] },
  },
  { name: 'no price formula', spec: () => ({ ...complete(), evaluation: { ...complete().evaluation, priceFormula: null } }), opens: { priceFormula: [] } },
  {
    name: 'a criterion without a name',
    spec: () => ({ ...complete(), evaluation: { ...complete().evaluation, criteria: complete().evaluation.criteria.map((criterion) => (criterion.id === 'crit-drift' ? { ...criterion, name: ' ' } : criterion)) } }),
    opens: { criteriaNamed: ['crit-drift'] },
  },
  {
    name: 'an evaluated requirement in no criterion',
    spec: () => ({
      ...complete(),
      evaluation: { ...complete().evaluation, criteria: complete().evaluation.criteria.map((criterion) => ({ ...criterion, requirementIds: criterion.requirementIds.filter((id) => id !== 'K-ARE-03') })) },
    }),
    opens: { evaluatedUsed: ['K-ARE-03'] },
  },
  {
    name: 'weighted points with an evaluated requirement that has no points',
    spec: () => withRequirement(complete(), 'K-ARE-03', (requirement) => ({ ...requirement, evaluation: { points: 0 } })),
    opens: { points: ['K-ARE-03'] },
  },
  {
    name: 'value deduction with evaluated requirements lacking a deduction',
    spec: () => withRequirement({ ...complete(), evaluation: { ...complete().evaluation, method: 'value-deduction' } }, 'K-ARE-02', (requirement) => ({ ...requirement, evaluation: { deduction: 50000 } })),
    opens: { deductions: ['K-ARE-03', 'K-DRI-02', 'K-INT-02'] },
  },
  {
    name: 'a Norwegian climate weight under 30 % with no reason',
    spec: () => loadFixture('norwegian.kravspec'),
    opens: { climate: [] },
  },
];

describe('checkCompleteness on incomplete documents', () => {
  for (const { name, spec, opens } of cases) {
    it(`${name} opens ${Object.keys(opens).join(', ')} and nothing else`, () => {
      const found = open(spec());
      expect(Object.fromEntries(found.map((check) => [check.id, check.items]))).toEqual(opens);
    });
  }

  it('every check can fail', () => {
    const covered = new Set(cases.flatMap((item) => Object.keys(item.opens)));
    expect(checkIds.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('reports the sum of the weights', () => {
    const spec = cases.find((item) => item.name === 'weights that add up to 85')?.spec();
    expect(spec === undefined ? undefined : byId(spec, 'weights')).toMatchObject({ done: false, values: { sum: 85 } });
    expect(byId(complete(), 'weights')).toMatchObject({ done: true, values: { sum: 100 } });
  });

  it('rounds weights so that thirds add up to 100', () => {
    const base = complete();
    const thirds = [0, 1, 2].map((index) => ({ id: `c${index}`, name: `C${index}`, weightPercent: 100 / 3, requirementIds: index === 0 ? ['K-ARE-02', 'K-ARE-03', 'K-DRI-02', 'K-INT-02'] : [] }));
    expect(byId({ ...base, evaluation: { ...base.evaluation, criteria: thirds } }, 'weights')).toMatchObject({ done: true, values: { sum: 100 } });
  });

  it('does not count weights when there are no criteria', () => {
    const base = complete();
    expect(byId({ ...base, evaluation: { ...base.evaluation, criteria: [] } }, 'weights')).toMatchObject({ done: false, values: { sum: 0 } });
  });

  it('accepts a duration instead of an end date', () => {
    const base = complete();
    expect(byId({ ...base, procurement: { ...base.procurement, contractPeriod: { startDate: null, endDate: null, durationMonths: 24 } } }, 'contractPeriod')?.done).toBe(true);
    expect(byId({ ...base, procurement: { ...base.procurement, contractPeriod: { startDate: null, endDate: null, durationMonths: 0 } } }, 'contractPeriod')?.done).toBe(false);
  });

  it('takes variants ruled out as decided, with no conditions needed', () => {
    const base = complete();
    expect(byId({ ...base, procurement: { ...base.procurement, variants: { allowed: false, conditions: '' } } }, 'variants')?.done).toBe(true);
  });

  it('does not ask evaluated requirements for a verification method', () => {
    expect(byId(withRequirement(complete(), 'K-ARE-02', (requirement) => ({ ...requirement, verification: { method: null } })), 'verification')?.done).toBe(true);
  });

  it('reports the climate weight and accepts a reason instead of 30 %', () => {
    const spec = loadFixture('norwegian.kravspec');
    expect(byId(spec, 'climate')).toMatchObject({ done: false, values: { weight: 0 } });
    expect(byId({ ...spec, evaluation: { ...spec.evaluation, environmentalReason: 'Klimakrav er stilt som minstekrav i kapittel 3.' } }, 'climate')?.done).toBe(true);
    expect(environmentalWeight(completeNorwegian())).toBe(30);
  });

  it('leaves out checks that do not apply', () => {
    const base = complete();
    const priceOnly = { ...base, requirements: base.requirements.filter((requirement) => requirement.obligation === 'mandatory'), evaluation: { basis: 'price' as const, method: null, priceFormula: null, criteria: [] } };
    const ids = checkCompleteness(priceOnly).map((check) => check.id);
    for (const id of ['qualityMethod', 'weights', 'priceFormula', 'criteriaNamed', 'evaluatedUsed', 'points', 'deductions', 'climate'] as const) expect(ids).not.toContain(id);
    expect(open(priceOnly)).toEqual([]);
  });
});

describe('requirementsWithPlaceholders', () => {
  it('finds markers, unset parameters and names with no parameter behind them', () => {
    const base = complete();
    const marked = (id: string, en: string): Specification => withRequirement(base, id, (requirement) => ({ ...requirement, text: { ...requirement.text, en } }));
    expect(requirementsWithPlaceholders(base)).toEqual([]);
    expect(requirementsWithPlaceholders(marked('K-ARE-01', 'The service shall keep [...] cases.'))).toEqual(['K-ARE-01']);
    expect(requirementsWithPlaceholders(marked('K-ARE-01', 'The service shall answer within ??? seconds.'))).toEqual(['K-ARE-01']);
    expect(requirementsWithPlaceholders(marked('K-ARE-01', 'The service shall support {unknownName} users.'))).toEqual(['K-ARE-01']);
    // A text in a language the document is not written in is not checked.
    expect(requirementsWithPlaceholders(withRequirement(base, 'K-ARE-01', (requirement) => ({ ...requirement, text: { ...requirement.text, nb: 'TODO' } })))).toEqual([]);
  });
});

describe('progressByStep', () => {
  it('counts each step’s checks, and every check again under review', () => {
    const checks = checkCompleteness(cases.find((item) => item.name === 'no procedure')?.spec() ?? complete());
    const progress = progressByStep(checks);
    expect(progress.procurement).toEqual({ done: 9, total: 10, open: 1 });
    expect(progress.needs).toEqual({ done: 4, total: 4, open: 0 });
    expect(progress.review).toEqual({ done: checks.length - 1, total: checks.length, open: 1 });
    const sum = progress.procurement.total + progress.needs.total + progress.requirements.total + progress.evaluation.total;
    expect(sum).toBe(progress.review.total);
  });
});
