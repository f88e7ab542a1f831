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
    const model = { basis: 'price-quality' as const, method: 'value-deduction' as const, priceFormula: null, criteria: [] };
    expect(totalFor(model, [{ price: 1000, criterionShares: new Map(), deductionsEarned: [100, 50] }])).toEqual([{ comparisonPrice: 850 }]);
  });
});
