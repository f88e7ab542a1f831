import { describe, expect, it } from 'vitest';
import { findingCounts } from '../../../shared/quality/finding-counts';

describe('the number of findings of a requirement', () => {
  it('counts a rule once, however many words it marks, as the editor shows one card per rule', () => {
    const findings = [
      { ruleId: 'RQ03', severity: 'warning' as const },
      { ruleId: 'RQ03', severity: 'warning' as const },
      { ruleId: 'RQ03', severity: 'warning' as const },
      { ruleId: 'RQ07', severity: 'warning' as const },
      { ruleId: 'RQ09', severity: 'info' as const },
    ];
    expect(findingCounts(findings)).toEqual({ error: 0, warning: 2, info: 1 });
  });

  it('counts a rule under its strongest severity', () => {
    expect(findingCounts([{ ruleId: 'PP05', severity: 'warning' }, { ruleId: 'PP05', severity: 'error' }])).toEqual({ error: 1, warning: 0, info: 0 });
  });
});
