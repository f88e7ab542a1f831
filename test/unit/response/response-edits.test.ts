import { describe, expect, it } from 'vitest';
import { answeredCount, answerInWords, responseGroups, withAnswer } from '../../../shared/response/response-edits';
import { emptyResponse, rebindResponse } from '../../../shared/response/work';
import { specificationFingerprint } from '../../../shared/response/fingerprint';
import { smallTender } from '../../support/supplier-responses';

describe('the answering screen, pure part', () => {
  const spec = smallTender();

  it('lists the requirements under their section with the numbers the tender document prints', () => {
    const groups = responseGroups(spec);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.title?.sv).toBe('Tjänsten');
    expect(groups[0]?.requirements.map((r) => `${r.number} ${r.requirement.id}`)).toEqual(['4.1 R1', '4.2 R2', '4.3 R3', '4.4 R4', '4.5 R5', '4.6 R6']);
  });

  it('counts an answer once it says something, and clears it again', () => {
    let response = emptyResponse(spec, new Date('2026-06-01T10:00:00Z'));
    expect(response.specification.fingerprint).toBe(specificationFingerprint(spec));
    response = withAnswer(response, 'R1', { kind: 'yes-no', value: false });
    response = withAnswer(response, 'R6', { kind: 'choice', selected: [] });
    response = withAnswer(response, 'R3', { kind: 'number', value: 99.5, unit: '%' });
    expect(answeredCount(spec, response)).toBe(2);
    response = withAnswer(response, 'R1', null);
    expect(Object.keys(response.answers).sort()).toEqual(['R3', 'R6']);
    expect(answeredCount(spec, response)).toBe(1);
  });

  it('binds a response to the specification as it is now', () => {
    const response = { ...emptyResponse(spec, new Date('2026-06-01T10:00:00Z')), specification: { id: spec.id, fingerprint: 'b'.repeat(64), title: 'Old' } };
    expect(rebindResponse(response, spec).specification).toEqual({ id: spec.id, fingerprint: specificationFingerprint(spec), title: 'E-tjänst' });
  });

  it("says an answer in the reader's language, with its numbers and dates", () => {
    expect(answerInWords({ kind: 'number', value: 99.5, unit: '%' }, 'sv')).toBe('99,5 %');
    expect(answerInWords({ kind: 'compliance', complies: 'yes', from: '2027-03-01' }, 'nb')).toBe('oppfylles fra 1. mars 2027');
    expect(answerInWords({ kind: 'yes-no', value: false }, 'en')).toBe('no');
  });
});
