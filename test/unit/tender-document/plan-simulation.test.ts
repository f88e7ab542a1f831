import { describe, expect, it } from 'vitest';
import { createSpecification } from '../../../shared/specification/create';
import type { DocumentLanguage, EvaluationSimulation, Specification } from '../../../shared/specification/model';
import { tenderDocumentPlan } from '../../../shared/tender-document/plan';
import type { PlanBlock, PlanSection } from '../../../shared/tender-document/plan-types';

const date = new Date('2026-11-27T10:00:00Z');

/** Lunander's example: price and quality 50/50, proportional, A 100 q 6, B 130 q 8, C 50 q 0. */
const lunander: EvaluationSimulation = {
  bids: [
    { id: 'bid-1', name: 'A', price: '100', scores: { 'crit-quality': 6 } },
    { id: 'bid-2', name: 'B', price: '130', scores: { 'crit-quality': 8 } },
    { id: 'bid-3', name: 'C', price: '50', scores: {} },
  ],
};

function specification(language: DocumentLanguage, simulation: EvaluationSimulation | undefined): Specification {
  const spec = createSpecification({ id: '3b1f6c2e-8d4a-4e7b-9f10-2c3d4e5f6a7b', title: 'Case management', jurisdiction: language === 'nb' ? 'no' : 'se', languages: [language], primaryLanguage: language, now: date });
  return {
    ...spec,
    evaluation: {
      basis: 'price-quality',
      method: 'weighted-points',
      priceFormula: 'proportional',
      criteria: [
        { id: 'crit-price', name: 'Price', weightPercent: 50, requirementIds: [] },
        { id: 'crit-quality', name: 'Quality', weightPercent: 50, requirementIds: [] },
      ],
      ...(simulation === undefined ? {} : { simulation }),
    },
  };
}

function evaluationOf(spec: Specification, language: DocumentLanguage): PlanSection {
  const plan = tenderDocumentPlan(spec, { language, guidanceAnnex: false, ssa: null, version: '1.0', date }, { standards: [] });
  const chapter = plan.sections.find((section) => section.kind === 'evaluation');
  if (chapter === undefined) throw new Error('no evaluation chapter');
  return chapter;
}

const textsOf = (blocks: readonly PlanBlock[]): string[] => blocks.flatMap((block) => (block.kind === 'text' ? [block.text] : []));
const tableOf = (blocks: readonly PlanBlock[]): { headers: string[]; rows: string[][] } => {
  const table = blocks.find((block) => block.kind === 'table');
  if (table?.kind !== 'table') throw new Error('no table');
  return { headers: table.columns.map((column) => column.header), rows: table.rows.map((row) => row.map((cell) => cell.map((part) => ('text' in part ? part.text : '')).join(' ').replace(/[\u00a0\u202f]/g, ' '))) };
};

describe('the buyer’s simulation in the evaluation chapter', () => {
  it('is left out unless the buyer chose to print it', () => {
    const chapter = evaluationOf(specification('en', lunander), 'en');
    expect(chapter.children.map((section) => section.title)).toEqual(['Basis for the award', 'Evaluation model', 'Worked example']);
  });

  it('works the bids through the model, marked fictitious, with the winner under Lunander’s reversal', () => {
    const chapter = evaluationOf(specification('en', { ...lunander, exportExample: true }), 'en');
    const section = chapter.children.at(-1);
    expect(section?.number).toBe(`${chapter.number}.4`);
    expect(section?.title).toBe('Worked example with the buyer’s fictitious tenders'.replace('’', "'"));
    const texts = textsOf(section?.blocks ?? []);
    expect(texts[0]).toMatch(/fictitious/);
    expect(texts).toContain('B has the highest total and would win in the example.');
    const { headers, rows } = tableOf(section?.blocks ?? []);
    expect(headers).toEqual(['Tender (fictitious)', 'Tendered price', 'Weighted price points (at most 50)', 'Quality (weight 50%)', 'Total points', 'Place']);
    expect(rows).toEqual([
      ['A', 'SEK 100', '25.00', '30.00', '55.00', '2'],
      ['B', 'SEK 130', '19.23', '40.00', '59.23', '1'],
      ['C', 'SEK 50', '50.00', '0.00', '50.00', '3'],
    ]);
  });

  it('writes money and points the document language’s way', () => {
    const spec = specification('sv', { bids: [{ id: 'bid-1', name: 'A', price: '1234567.5', scores: { 'crit-quality': 6 } }, { id: 'bid-2', name: 'B', price: '1300000', scores: { 'crit-quality': 8 } }], exportExample: true });
    const section = evaluationOf(spec, 'sv').children.at(-1);
    const { rows } = tableOf(section?.blocks ?? []);
    expect(rows[0]?.slice(0, 3)).toEqual(['A', '1 234 567,50 kr', '50,00']);
  });

  it('explains value deduction with the comparison price', () => {
    const base = specification('nb', undefined);
    const spec: Specification = {
      ...base,
      evaluation: {
        basis: 'price-quality',
        method: 'value-deduction',
        priceFormula: null,
        criteria: [{ id: 'crit-quality', name: 'Kvalitet', weightPercent: 0, requirementIds: [], amount: 100000 }],
        simulation: { bids: [{ id: 'bid-1', name: 'A', price: '1000000', scores: { 'crit-quality': 5 } }, { id: 'bid-2', name: 'B', price: '980000', scores: { 'crit-quality': 2 } }], exportExample: true },
      },
    };
    const section = evaluationOf(spec, 'nb').children.at(-1);
    expect(section?.title).toBe('Regneeksempel med oppdragsgivers fiktive tilbud');
    const { headers, rows } = tableOf(section?.blocks ?? []);
    expect(headers).toEqual(['Tilbud (fiktivt)', 'Tilbudspris', 'Kvalitet: fradrag', 'Sammenligningspris', 'Plass']);
    expect(rows.map((row) => row.slice(2))).toEqual([
      ['50 000 kr', '950 000 kr', '1'],
      ['20 000 kr', '960 000 kr', '2'],
    ]);
  });

  it('prints value addition with each criterion’s scale and amount, and works the simulation through it', () => {
    const base = specification('en', undefined);
    const spec: Specification = {
      ...base,
      evaluation: {
        basis: 'price-quality',
        method: 'value-addition',
        priceFormula: null,
        criteria: [{ id: 'crit-quality', name: 'Quality', weightPercent: 0, requirementIds: [], amount: 200000, scale: { min: 0, max: 5 } }],
        simulation: { bids: [{ id: 'bid-1', name: 'A', price: '1000000', scores: { 'crit-quality': 5 } }, { id: 'bid-2', name: 'B', price: '900000', scores: { 'crit-quality': 2 } }], exportExample: true },
      },
    };
    const chapter = evaluationOf(spec, 'en');
    const model = chapter.children.find((section) => section.title === 'Evaluation model');
    expect(tableOf(model?.blocks ?? []).rows).toEqual([['Quality', '0–5', 'SEK 200,000']]);
    // No standard two-tender example for value addition: the simulation follows the model.
    const section = chapter.children.at(-1);
    expect(section?.number).toBe(`${chapter.number}.3`);
    const { headers, rows } = tableOf(section?.blocks ?? []);
    expect(headers).toEqual(['Tender (fictitious)', 'Tendered price', 'Quality: added', 'Comparison price', 'Place']);
    expect(rows).toEqual([
      ['A', 'SEK 1,000,000', 'SEK 0', 'SEK 1,000,000', '1'],
      ['B', 'SEK 900,000', 'SEK 120,000', 'SEK 1,020,000', '2'],
    ]);
  });
});
