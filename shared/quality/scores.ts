/**
 * Scores computed from the checker's findings (see the "Scores" section of
 * the rule catalogue notes). Pure functions, no DOM and no Node.
 *
 * Requirement score: start at 100, take 25 off for each error, 10 for each
 * warning and 3 for each note (info); one rule counts at most twice in one
 * requirement, so a long list of the same vague word does not sink it alone;
 * never below 0.
 *
 * The score is shown as 1–5 dots (`scoreLevel`):
 *   5 dots: 95–100  (clean, or only a note)
 *   4 dots: 80–94   (a warning or two)
 *   3 dots: 55–79   (an error, or several warnings)
 *   2 dots: 30–54
 *   1 dot:   0–29
 *
 * Document quality: the mean requirement score over the requirements that
 * have text, how many requirements sit at each level, and the rules found
 * most often.
 */
import type { Severity } from './rules';
import { ruleCatalogue } from './rules';

export type ScoreLevel = 1 | 2 | 3 | 4 | 5;
export const scoreLevels: readonly ScoreLevel[] = [1, 2, 3, 4, 5];

const penalty: Record<Severity, number> = { error: 25, warning: 10, info: 3 };
/** How many findings of one rule count against one requirement. */
export const perRuleLimit = 2;
/** The lowest score for 2, 3, 4 and 5 dots. */
const levelFloors: readonly [number, number, number, number] = [30, 55, 80, 95];

export interface ScoredFinding {
  ruleId: string;
  severity: Severity;
}

/** 0–100 for one requirement's (not dismissed) findings. */
export function requirementScore(findings: readonly ScoredFinding[]): number {
  const seen = new Map<string, number>();
  let score = 100;
  for (const finding of findings) {
    const count = (seen.get(finding.ruleId) ?? 0) + 1;
    seen.set(finding.ruleId, count);
    if (count <= perRuleLimit) score -= penalty[finding.severity];
  }
  return Math.max(0, score);
}

/** The number of dots (1–5) for a score. */
export function scoreLevel(score: number): ScoreLevel {
  const [two, three, four, five] = levelFloors;
  if (score >= five) return 5;
  if (score >= four) return 4;
  if (score >= three) return 3;
  if (score >= two) return 2;
  return 1;
}

export interface RuleCount {
  ruleId: string;
  /** Findings of this rule in the document. */
  count: number;
}

export interface DocumentQuality {
  /** Requirements that were scored (those with text). */
  scored: number;
  /** Mean requirement score, rounded to a whole number; null when nothing was scored. */
  mean: number | null;
  /** How many requirements have 1, 2, 3, 4 and 5 dots. */
  histogram: Record<ScoreLevel, number>;
  /** The (at most) five rules found most often, most frequent first. */
  topRules: RuleCount[];
}

const catalogueOrder = new Map(ruleCatalogue.map((rule, index) => [rule.id, index]));

/**
 * Document quality from the ids of the requirements that were checked and
 * the findings per requirement id (requirements without findings score 100).
 */
export function documentQuality(checkedIds: Iterable<string>, findingsOf: (id: string) => readonly ScoredFinding[] | undefined, topCount = 5): DocumentQuality {
  const histogram: Record<ScoreLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const byRule = new Map<string, number>();
  let total = 0;
  let scored = 0;
  for (const id of checkedIds) {
    const findings = findingsOf(id) ?? [];
    const score = requirementScore(findings);
    total += score;
    scored += 1;
    histogram[scoreLevel(score)] += 1;
    for (const finding of findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  }
  const topRules = [...byRule]
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => b.count - a.count || (catalogueOrder.get(a.ruleId) ?? Infinity) - (catalogueOrder.get(b.ruleId) ?? Infinity) || a.ruleId.localeCompare(b.ruleId))
    .slice(0, topCount);
  return { scored, mean: scored === 0 ? null : Math.round(total / scored), histogram, topRules };
}

/** Groups a flat list of findings by requirement id. */
export function groupByRequirement<F extends { requirementId: string }>(findings: readonly F[]): Map<string, F[]> {
  const out = new Map<string, F[]>();
  for (const finding of findings) {
    const list = out.get(finding.requirementId);
    if (list === undefined) out.set(finding.requirementId, [finding]);
    else list.push(finding);
  }
  return out;
}
