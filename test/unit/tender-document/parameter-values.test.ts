import { describe, expect, it } from 'vitest';
import type { DocumentLanguage, Requirement } from '../../../shared/specification/model';
import { planContext } from '../../../shared/tender-document/plan-context';
import { requirementText } from '../../../shared/tender-document/plan-requirements';
import { plainTextOf } from '../../../shared/text/rich-text';
import { loadFixture } from '../specification/fixtures';

/** A support-hours requirement as the tender document prints it in a language. */
function printed(parameters: Requirement['parameters'], language: DocumentLanguage): string {
  const spec = loadFixture('rich.kravspec');
  const base = spec.requirements[0];
  if (base === undefined) throw new Error('The rich fixture has no requirement');
  const requirement: Requirement = { ...base, text: { sv: 'Bemannad kl. {start}–{end}, tillgänglighet {availability} %.', nb: 'Bemannet kl. {start}–{end}, tilgjengelighet {availability} %.', en: 'Staffed {start}–{end}, availability {availability}%.' }, parameters };
  const context = planContext(spec, { language, guidanceAnnex: false, ssa: null, version: '1.0', date: new Date('2026-11-27T10:00:00Z') }, { standards: [] });
  // The text is rich-text source (values escaped so they never become markup); the page shows its plain text.
  return plainTextOf(requirementText(requirement, context));
}

describe('the values in a requirement text of the tender document', () => {
  const parameters: Requirement['parameters'] = [
    { name: 'start', type: 'time', value: '08:00' },
    // Stored as a number by an older version after "16.00" was typed.
    { name: 'end', type: 'time', value: 16 },
    { name: 'availability', type: 'percentage', unit: 'percent', value: 99.5 },
  ];

  it('prints a time as a time of day and a number as the language writes it', () => {
    expect(printed(parameters, 'sv')).toBe('Bemannad kl. 08:00–16:00, tillgänglighet 99,5 %.');
    expect(printed(parameters, 'nb')).toBe('Bemannet kl. 08:00–16:00, tilgjengelighet 99,5 %.');
    expect(printed(parameters, 'en')).toBe('Staffed 08:00–16:00, availability 99.5%.');
  });
});
