/** The suppliers × requirements matrix of the buyer's evaluation screen: its columns and its filters. */
import { describe, expect, it } from 'vitest';
import { evaluateResponses } from '../../../shared/response/evaluate';
import { evaluationMatrix } from '../../../shared/response/evaluation-matrix';
import type { ResponsesOverview } from '../../../shared/response/received';
import type { Specification } from '../../../shared/specification/model';
import { goodAnswers, responseTo, smallTender } from '../../support/supplier-responses';

const sha = 'b'.repeat(64);

function overviewOf(spec: Specification, responses: { id: string; response: ReturnType<typeof responseTo> }[]): ResponsesOverview {
  return {
    responses: responses.map(({ id, response }) => ({ id, fileName: `${id}.kravsvar`, sha256: sha, supplier: response.supplier, ownPrice: response.price ?? null, buyerPrice: null, answers: response.answers })),
    refused: [],
    evaluation: evaluateResponses(spec, responses.map(({ id, response }) => ({ source: id, response }))),
  };
}

describe('evaluation matrix', () => {
  const spec = smallTender();
  const older = { ...spec, requirements: spec.requirements.map((r) => (r.id === 'R1' ? { ...r, text: { sv: 'Annan text.' } } : r)) };
  const overview = overviewOf(spec, [
    { id: 'a', response: responseTo(spec, 'Alfa AB', goodAnswers(), 100) },
    { id: 'b', response: responseTo(spec, 'Beta AB', { ...goodAnswers(), R2: { kind: 'compliance', complies: 'no' } }, 90) },
    { id: 'c', response: responseTo(older, 'Gamma AB', goodAnswers(), 80) },
  ]);

  it('has a column for each response to this version only, and every requirement with each answer and whether it is met', () => {
    const matrix = evaluationMatrix(spec, overview, { onlyMandatory: false, onlyFailed: false, sectionId: null });
    expect(matrix.columns.map((c) => c.name)).toEqual(['Alfa AB', 'Beta AB']);
    expect(matrix.rows.map((r) => r.requirement.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']);
    const r2 = matrix.rows.find((r) => r.requirement.id === 'R2');
    expect(r2?.cells.map((c) => c.met)).toEqual([true, false]);
    expect(r2?.cells[1]?.answer).toEqual({ kind: 'compliance', complies: 'no' });
  });

  it('filters to mandatory requirements, to those someone fails, and to a section', () => {
    expect(evaluationMatrix(spec, overview, { onlyMandatory: true, onlyFailed: false, sectionId: null }).rows.map((r) => r.requirement.id)).toEqual(['R1', 'R2', 'R3']);
    expect(evaluationMatrix(spec, overview, { onlyMandatory: true, onlyFailed: true, sectionId: null }).rows.map((r) => r.requirement.id)).toEqual(['R2']);
    expect(evaluationMatrix(spec, overview, { onlyMandatory: false, onlyFailed: false, sectionId: 'no-such-section' }).rows).toEqual([]);
    expect(evaluationMatrix(spec, overview, { onlyMandatory: false, onlyFailed: false, sectionId: 'sec-service' }).rows).toHaveLength(6);
  });
});
