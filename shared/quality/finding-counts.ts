/**
 * How many problems a requirement has, counted the way its editor shows
 * them: one per rule (a rule that marks three words is one finding card),
 * under the rule's strongest severity. The list row, the editor and any
 * summary use this, so a row never says "6 warnings" beside 4 cards.
 */
import type { Severity } from './rules';

export type FindingCounts = Record<Severity, number>;

const strength: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function findingCounts(findings: readonly { ruleId: string; severity: Severity }[]): FindingCounts {
  const strongest = new Map<string, Severity>();
  for (const finding of findings) {
    const known = strongest.get(finding.ruleId);
    if (known === undefined || strength[finding.severity] < strength[known]) strongest.set(finding.ruleId, finding.severity);
  }
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const severity of strongest.values()) counts[severity] += 1;
  return counts;
}
