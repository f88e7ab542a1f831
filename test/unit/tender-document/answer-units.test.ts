import { describe, expect, it } from 'vitest';
import type { DocumentLanguage } from '../../../shared/specification/model';
import { planContext } from '../../../shared/tender-document/plan-context';
import { answerCell } from '../../../shared/tender-document/plan-requirements';
import { loadFixture } from '../specification/fixtures';

/** The label of the field a supplier fills in for a number answer in this unit, in the document language. */
function numberField(unit: string, language: DocumentLanguage, min?: number): string {
  const spec = loadFixture('rich.kravspec');
  const context = planContext(spec, { language, guidanceAnnex: false, ssa: null, version: '1.0', date: new Date('2026-11-27T10:00:00Z') }, { standards: [] });
  const [line] = answerCell({ kind: 'number', unit, ...(min === undefined ? {} : { min }) }, context);
  return line?.kind === 'field' ? line.label : '';
}

describe('the unit of a number answer in the tender document', () => {
  it('names a library unit in the document language', () => {
    expect(numberField('working-day', 'sv', 0)).toBe('Värde (arbetsdagar, minst 0):');
    expect(numberField('working-day', 'nb', 0)).toMatch(/\(arbeidsdager, /);
    expect(numberField('working-day', 'en', 0)).toBe('Value (working days, at least 0):');
    expect(numberField('year', 'nb')).toMatch(/\(år\)/);
  });

  it('reads the English word an older document copied from the library in the document language', () => {
    expect(numberField('days', 'sv')).toBe('Värde (dagar):');
  });

  it('prints a unit the buyer wrote as written', () => {
    expect(numberField('samtal per månad', 'sv')).toBe('Värde (samtal per månad):');
    expect(numberField('%', 'en')).toBe('Value (%):');
  });
});
