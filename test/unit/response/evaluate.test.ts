import { describe, expect, it } from 'vitest';
import { evaluateResponses, totalFor } from '../../../shared/response/evaluate';
import { goodAnswers, responseTo, smallTender } from '../../support/supplier-responses';

describe('evaluating responses', () => {
  it('ranks by the weighted total computed from the buyer\'s points, and rejects a tender that fails a mandatory requirement', () => {
    const spec = smallTender();
    const cheap = responseTo(spec, 'Billig AB', goodAnswers(), 800_000);
    const better = responseTo(spec, 'Bättre AB', { ...goodAnswers(), R5: { kind: 'attachment', file: { fileName: 'p.pdf', sha256: 'b'.repeat(64) } } }, 1_000_000);
    const failing = responseTo(spec, 'Nej AB', { ...goodAnswers(), R2: { kind: 'compliance', complies: 'no' } }, 500_000);
    const result = evaluateResponses(spec, [
      { source: 'a.kravsvar', response: cheap },
      { source: 'b.kravsvar', response: better },
      { source: 'c.kravsvar', response: failing },
    ]);
    expect(result.method).toBe('weighted-points');
    const [first, second, third] = result.suppliers;
    // Billig: price 60 + quality 40 × 30/40 = 90; Bättre: 60 × 0.8 = 48 + 40 × 40/40 = 88.
    expect(first).toMatchObject({ name: 'Billig AB', rank: 1, total: 90, qualityPoints: 30 });
    expect(second).toMatchObject({ name: 'Bättre AB', rank: 2, total: 88, qualityPoints: 40 });
    expect(third).toMatchObject({ name: 'Nej AB', rank: null, status: 'rejected', mandatoryFailed: ['R2'] });
    expect(third?.flags.map((flag) => flag.kind)).toEqual(['mandatory-failed']);
  });

  it('flags a response to another version of the specification and does not rank it', () => {
    const spec = smallTender();
    const older = structuredClone(spec);
    const first = spec.requirements[0];
    if (first === undefined) throw new Error('the tender has requirements');
    older.requirements[0] = { ...first, text: { sv: 'En äldre text.' } };
    const result = evaluateResponses(spec, [
      { source: 'old.kravsvar', response: responseTo(older, 'Gammal AB', goodAnswers(), 100) },
      { source: 'new.kravsvar', response: responseTo(spec, 'Ny AB', goodAnswers(), 100) },
    ]);
    expect(result.suppliers.map((s) => [s.name, s.rank, s.flags.map((f) => f.kind)])).toEqual([
      ['Ny AB', 1, []],
      ['Gammal AB', null, ['specification-mismatch']],
    ]);
  });

  it('never takes a score from the response and refuses answers that do not fit as tampered', () => {
    const spec = smallTender();
    const edited = responseTo(spec, 'Ändrad AB', { ...goodAnswers(), R3: { kind: 'number', value: 150, unit: '%' }, R99: { kind: 'yes-no', value: true } }, 100);
    const [supplier] = evaluateResponses(spec, [{ source: 'x.kravsvar', response: edited }]).suppliers;
    expect(supplier?.status).toBe('not-comparable');
    expect(supplier?.flags.map((flag) => flag.kind)).toEqual(['tampered', 'tampered']);
    expect(supplier?.flags.map((flag) => flag.message).join(' ')).toMatch(/R3.*above the maximum 100.*R99/);
  });

  it('uses a price the buyer gives over the response\'s, and flags a missing price', () => {
    const spec = smallTender();
    const result = evaluateResponses(spec, [
      { source: 'a', response: responseTo(spec, 'A', goodAnswers()), price: 1000 },
      { source: 'b', response: responseTo(spec, 'B', goodAnswers()) },
    ]);
    expect(result.suppliers[0]).toMatchObject({ name: 'A', rank: 1, price: 1000 });
    expect(result.suppliers[1]?.flags.map((flag) => flag.kind)).toEqual(['price-missing']);
  });

  it('compares prices minus the deductions earned under value deduction', () => {
    const spec = smallTender();
    spec.evaluation = { ...spec.evaluation, method: 'value-deduction', priceFormula: null, criteria: [] };
    spec.requirements = spec.requirements.map((requirement) =>
      requirement.id === 'R4' ? { ...requirement, evaluation: { deduction: 100 } } : requirement.id === 'R5' ? { ...requirement, evaluation: { deduction: 50 } } : requirement,
    );
    const both = { ...goodAnswers(), R5: { kind: 'attachment' as const, file: { fileName: 'p.pdf', sha256: 'b'.repeat(64) } } };
    const result = evaluateResponses(spec, [
      { source: 'a', response: responseTo(spec, 'A', goodAnswers(), 1000) },
      { source: 'b', response: responseTo(spec, 'B', both, 1000) },
    ]);
    expect(result.method).toBe('comparison-price');
    expect(result.suppliers.map((supplier) => [supplier.name, supplier.rank, supplier.comparisonPrice])).toEqual([
      ['B', 1, 850],
      ['A', 2, 900],
    ]);
  });

  it('scores tenders with the simulator\'s engine, so the interpolated formula counts as the buyer tried it', () => {
    const spec = smallTender();
    spec.evaluation = { ...spec.evaluation, priceFormula: 'interpolated' };
    const result = evaluateResponses(spec, [
      { source: 'a', response: responseTo(spec, 'A', goodAnswers(), 800_000) },
      { source: 'b', response: responseTo(spec, 'B', goodAnswers(), 1_000_000) },
    ]);
    // Interpolation gives the lowest price all 100 points and the highest none: A 60 + 30, B 0 + 30.
    expect(result.suppliers.map((supplier) => [supplier.name, supplier.total])).toEqual([
      ['A', 90],
      ['B', 30],
    ]);
    expect(totalFor(spec, [{ id: 'x', name: 'X', price: 800_000, answers: { R3: true, R4: true } }])).toEqual([{ total: 90 }]);
  });

  it('adds the value of what a tender lacks under value addition, and compares the price alone under price only', () => {
    const spec = smallTender();
    spec.evaluation = {
      ...spec.evaluation,
      method: 'value-addition',
      priceFormula: null,
      criteria: [{ id: 'kvalitet', name: 'Kvalitet', weightPercent: 0, requirementIds: ['R3', 'R4', 'R5', 'R6'], amount: 40_000 }],
    };
    // A meets R3 and R4 (30 of 40 points): a quarter of the scale is missing, 10 000 added.
    expect(totalFor(spec, [{ id: 'a', name: 'A', price: 500_000, answers: { R3: true, R4: true } }])).toEqual([{ comparisonPrice: 510_000 }]);
    spec.evaluation = { ...spec.evaluation, basis: 'price', method: 'weighted-points' };
    expect(totalFor(spec, [{ id: 'a', name: 'A', price: 500_000, answers: {} }])).toEqual([{ comparisonPrice: 500_000 }]);
  });
});
