/**
 * Compares a trainee's specification with an exercise's reference answer,
 * rubric item by rubric item. A reference requirement is matched to a
 * trainee requirement exactly when both were taken from the same library
 * requirement (their provenance names the same requirement id); otherwise by
 * how many of the rubric item's concepts the trainee's text holds, comparing
 * Snowball stems (words.ts). Each reference requirement is given at most one
 * trainee requirement and the other way round: the best one-to-one
 * assignment, found by the Munkres (Hungarian) algorithm of the `munkres`
 * package. For each match the obligation, measurability (the checker's
 * findings), verification method and parameter values are compared. The
 * checker's errors, the completeness checks and the exercise's anti-patterns
 * count too. Pure: the trainee UI and the command line call it the same way.
 */
import { munkres } from 'munkres';
import { checkCompleteness, type CompletenessCheck } from '../builder/completeness';
import { lintSpecification, type DocumentFinding } from '../quality/lint';
import type { DocumentLanguage } from '../specification/model/common';
import type { Obligation, Requirement, VerificationMethod } from '../specification/model/requirements';
import type { Specification } from '../specification/model/specification';
import { fillParameters } from '../templates/instantiate';
import type { Concept, Exercise, RubricItem } from './model';
import { StemIndex, wordsWithStems } from './words';

/** The checker's rules that say a requirement cannot be measured: subjective words, vague quantities and times, quality without a number, comparisons without a baseline, "as … as possible". */
export const measurabilityRules: ReadonlySet<string> = new Set(['RQ03', 'RQ05', 'RQ06', 'RQ08', 'RQ15', 'PP06']);

export type ItemStatus = 'covered' | 'partly' | 'missing';

/** What differs between a reference requirement and the trainee requirement that matches it. */
export type Difference =
  | { kind: 'obligation'; expected: Obligation; actual: Obligation }
  /** The checker's measurability findings (rule ids), and whether the text gives no figure where the reference gives one. */
  | { kind: 'measurability'; ruleIds: string[]; noFigure: boolean }
  | { kind: 'verification'; expected: VerificationMethod; actual: VerificationMethod | null }
  | { kind: 'parameter'; name: string; expected: string | number | null; actual: string | number | null };

export interface RubricItemResult {
  /** The reference requirement's id, which the rubric item is about. */
  id: string;
  status: ItemStatus;
  weight: number;
  /** The share of the item's weight earned, 0–1. */
  credit: number;
  /** The trainee requirement that matches it, if any. */
  matchedRequirementId: string | null;
  /** True when both come from the same library requirement. */
  exact: boolean;
  /** The share of the item's concepts found in the matching requirement, 0–1 (1 for an exact match). */
  coverage: number;
  /** Each concept not found, by its first term in the answer's language. */
  missingConcepts: string[];
  differences: Difference[];
}

export interface ExtraRequirement {
  id: string;
  status: 'extra';
}

export interface AntiPatternHit {
  patternId: string;
  requirementId: string;
  term: string;
}

export interface CheckResult {
  /** 0–100. */
  score: number;
  /** The language the trainee's texts were compared in. */
  language: DocumentLanguage;
  items: RubricItemResult[];
  /** Trainee requirements that match no rubric item. */
  extras: ExtraRequirement[];
  /** The checker's errors in the trainee's requirements. */
  checkerErrors: DocumentFinding[];
  /** Completeness checks (other than the procurement facts) that hold in the reference and not in the answer. */
  completenessGaps: CompletenessCheck[];
  antiPatternHits: AntiPatternHit[];
  /** The points taken off the rubric's score for each kind of problem. */
  deductions: { checkerErrors: number; completeness: number; antiPatterns: number };
}

/** How much of a rubric item's concepts must be found for "covered" and for "partly". */
export const coverageThresholds = { covered: 0.75, partly: 0.33 } as const;

/** The share of an item's credit each difference takes. */
const differencePenalty: Record<Difference['kind'], number> = { obligation: 0.3, measurability: 0.3, verification: 0.15, parameter: 0.2 };

/** Points taken off per problem, and at most, for checker errors, completeness gaps and anti-patterns. */
const deductionRules = {
  checkerErrors: { each: 2, most: 10 },
  completeness: { each: 2, most: 10 },
  antiPatterns: { each: 3, most: 15 },
} as const;

export interface CheckOptions {
  /** The language to compare in; by default the answer's primary language when the exercise has it. */
  language?: DocumentLanguage;
  /** The reference to check against, when the trainer keeps it apart from the course pack. */
  reference?: Specification;
}

export class NoReferenceError extends Error {
  constructor(exerciseId: string) {
    super(`Exercise "${exerciseId}" holds no reference answer; give the reference file.`);
  }
}

/** The language an answer is compared in: the one asked for, the answer's own, or the first one both share. */
export function answerLanguage(exercise: Exercise, answer: Specification, asked?: DocumentLanguage): DocumentLanguage {
  if (asked !== undefined && exercise.languages.includes(asked)) return asked;
  if (exercise.languages.includes(answer.primaryLanguage)) return answer.primaryLanguage;
  return exercise.languages.find((language) => answer.languages.includes(language)) ?? exercise.languages[0] ?? 'en';
}

/** A requirement's title and text in the language, with its parameters' values put in. */
function requirementText(requirement: Requirement, language: DocumentLanguage): string {
  const values = Object.fromEntries(requirement.parameters.map((parameter) => [parameter.name, parameter.value]));
  return `${requirement.title?.[language] ?? ''}\n\n${fillParameters(requirement.text[language] ?? '', values)}`;
}

interface Candidate {
  requirement: Requirement;
  index: StemIndex;
  stems: ReadonlySet<string>;
  /** Whether the text states a figure to measure against. */
  givesFigure: boolean;
}

/** Numbers written as words, which state a figure as well as digits do ("three months", "twice a year"); bounded by letters, not by \\b, which knows no å. */
const numberWords: Record<DocumentLanguage, RegExp> = {
  sv: /(?<![\p{L}\p{N}])(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|hundra|tusen)(?![\p{L}\p{N}])/iu,
  nb: /(?<![\p{L}\p{N}])(?:to|tre|fire|fem|seks|sju|åtte|ni|ti|elleve|tolv|hundre|tusen)(?![\p{L}\p{N}])/iu,
  en: /(?<![\p{L}\p{N}])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|hundred|thousand)(?![\p{L}\p{N}])/iu,
};

/** Whether a requirement's text states a figure: a number in digits or in words. */
function givesFigure(text: string, language: DocumentLanguage): boolean {
  return /\d/.test(text) || numberWords[language].test(text);
}

function candidateOf(requirement: Requirement, language: DocumentLanguage): Candidate {
  const text = requirementText(requirement, language);
  const words = wordsWithStems(text, language);
  return { requirement, index: new StemIndex(words, language), stems: new Set(words.map((each) => each.stem).filter((each) => each.length > 2)), givesFigure: givesFigure(text, language) };
}

function conceptFound(concept: Concept, candidate: Candidate, language: DocumentLanguage): boolean {
  return (concept.terms[language] ?? []).some((term) => candidate.index.hasTerm(term, language));
}

/** The share of words two texts share (Jaccard), to tell apart answers that cover the same concepts. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function sameLibraryRequirement(a: Requirement, b: Requirement): boolean {
  return a.provenance !== null && b.provenance !== null && a.provenance.requirementId === b.provenance.requirementId;
}

interface Pairing {
  exact: boolean;
  coverage: number;
  similarity: number;
}

function pairing(item: RubricItem, reference: Candidate | undefined, candidate: Candidate, language: DocumentLanguage): Pairing {
  if (reference !== undefined && sameLibraryRequirement(reference.requirement, candidate.requirement)) return { exact: true, coverage: 1, similarity: 2 };
  const found = item.concepts.filter((concept) => conceptFound(concept, candidate, language)).length;
  const coverage = found / item.concepts.length;
  const similarity = 0.85 * coverage + 0.15 * (reference === undefined ? 0 : overlap(reference.stems, candidate.stems));
  return { exact: false, coverage, similarity };
}

function differencesOf(item: RubricItem, reference: Candidate | undefined, candidate: Candidate, findings: readonly DocumentFinding[]): Difference[] {
  const differences: Difference[] = [];
  const answer = candidate.requirement;
  if (answer.obligation !== item.obligation) differences.push({ kind: 'obligation', expected: item.obligation, actual: answer.obligation });
  if (item.measurable) {
    const ruleIds = [...new Set(findings.filter((finding) => finding.requirementId === answer.id && measurabilityRules.has(finding.ruleId)).map((finding) => finding.ruleId))];
    // A requirement that must be measurable and states no figure where the reference states one is not measurable either.
    const noFigure = reference?.givesFigure === true && !candidate.givesFigure;
    if (ruleIds.length > 0 || noFigure) differences.push({ kind: 'measurability', ruleIds, noFigure });
  }
  if (item.verification !== undefined && answer.verification.method !== item.verification) {
    differences.push({ kind: 'verification', expected: item.verification, actual: answer.verification.method });
  }
  for (const parameter of reference?.requirement.parameters ?? []) {
    const theirs = answer.parameters.find((each) => each.name === parameter.name);
    // A parameter is compared where the answer has one of that name: always for the same library requirement.
    if (theirs === undefined && !(reference !== undefined && sameLibraryRequirement(reference.requirement, answer))) continue;
    const actual = theirs?.value ?? null;
    if (String(actual ?? '').trim() !== String(parameter.value ?? '').trim()) {
      differences.push({ kind: 'parameter', name: parameter.name, expected: parameter.value, actual });
    }
  }
  return differences;
}

function creditOf(status: ItemStatus, differences: readonly Difference[]): number {
  if (status === 'missing') return 0;
  const base = status === 'covered' ? 1 : 0.5;
  const kinds = new Set(differences.map((difference) => difference.kind));
  const penalty = [...kinds].reduce((sum, kind) => sum + differencePenalty[kind], 0);
  return Math.max(0, base * (1 - penalty));
}

function antiPatternHits(exercise: Exercise, candidates: readonly Candidate[], language: DocumentLanguage): AntiPatternHit[] {
  const hits: AntiPatternHit[] = [];
  for (const pattern of exercise.antiPatterns) {
    for (const candidate of candidates) {
      const term = (pattern.terms[language] ?? []).find((each) => candidate.index.hasPhrase(each, language));
      if (term !== undefined) hits.push({ patternId: pattern.id, requirementId: candidate.requirement.id, term });
    }
  }
  return hits;
}

const deduct = (count: number, rule: { each: number; most: number }): number => Math.min(rule.most, count * rule.each);

/**
 * Checks a trainee's answer to an exercise against its reference: each rubric
 * item's status and credit, the extra requirements, the checker's errors, the
 * completeness gaps, the anti-patterns found, and a score from 0 to 100 (the
 * rubric's weighted credit, less the deductions).
 */
export function checkAnswer(exercise: Exercise, answer: Specification, options: CheckOptions = {}): CheckResult {
  const reference = options.reference ?? exercise.reference;
  if (reference === undefined) throw new NoReferenceError(exercise.id);
  const language = answerLanguage(exercise, answer, options.language);
  const candidates = answer.requirements.filter((requirement) => (requirement.text[language] ?? '').trim() !== '' || requirement.provenance !== null).map((requirement) => candidateOf(requirement, language));
  const referenceCandidates = new Map(reference.requirements.map((requirement) => [requirement.id, candidateOf(requirement, language)]));
  const pairings = exercise.rubric.map((item) => candidates.map((candidate) => pairing(item, referenceCandidates.get(item.requirementId), candidate, language)));

  // The best one-to-one assignment; pairs below "partly" may be assigned by the solver but are not matches.
  const eligible = (pair: Pairing): boolean => pair.exact || pair.coverage >= coverageThresholds.partly;
  const costs = pairings.map((row) => row.map((pair) => (eligible(pair) ? 2 - pair.similarity : 10)));
  const assigned = new Map<number, number>();
  if (candidates.length > 0 && exercise.rubric.length > 0) {
    for (const [row, column] of munkres(costs)) {
      const pair = pairings[row]?.[column];
      if (pair !== undefined && eligible(pair)) assigned.set(row, column);
    }
  }

  const findings = lintSpecification(answer, language);
  const items = exercise.rubric.map((item, row): RubricItemResult => {
    const column = assigned.get(row);
    const candidate = column === undefined ? undefined : candidates[column];
    const pair = column === undefined ? undefined : pairings[row]?.[column];
    const missingConcepts = (candidate: Candidate | undefined): string[] =>
      item.concepts.filter((concept) => candidate === undefined || !conceptFound(concept, candidate, language)).map((concept) => concept.terms[language]?.[0] ?? '')
        .filter((term) => term !== '');
    if (candidate === undefined || pair === undefined) {
      return { id: item.requirementId, status: 'missing', weight: item.weight, credit: 0, matchedRequirementId: null, exact: false, coverage: 0, missingConcepts: missingConcepts(undefined), differences: [] };
    }
    const status: ItemStatus = pair.exact || pair.coverage >= coverageThresholds.covered ? 'covered' : 'partly';
    const differences = differencesOf(item, referenceCandidates.get(item.requirementId), candidate, findings);
    return {
      id: item.requirementId,
      status,
      weight: item.weight,
      credit: creditOf(status, differences),
      matchedRequirementId: candidate.requirement.id,
      exact: pair.exact,
      coverage: pair.coverage,
      missingConcepts: pair.exact ? [] : missingConcepts(candidate),
      differences,
    };
  });

  const matched = new Set(items.map((item) => item.matchedRequirementId));
  const extras = answer.requirements.filter((requirement) => !matched.has(requirement.id)).map((requirement): ExtraRequirement => ({ id: requirement.id, status: 'extra' }));
  const checkerErrors = findings.filter((finding) => finding.severity === 'error');
  const heldInReference = new Set(checkCompleteness(reference).filter((check) => check.done && check.step !== 'procurement').map((check) => check.id));
  const completenessGaps = checkCompleteness(answer).filter((check) => heldInReference.has(check.id) && !check.done);
  const hits = antiPatternHits(exercise, candidates, language);
  const deductions = {
    checkerErrors: deduct(checkerErrors.length, deductionRules.checkerErrors),
    completeness: deduct(completenessGaps.length, deductionRules.completeness),
    antiPatterns: deduct(hits.length, deductionRules.antiPatterns),
  };
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  const earned = items.reduce((sum, item) => sum + item.weight * item.credit, 0);
  const rubricScore = totalWeight === 0 ? 0 : (100 * earned) / totalWeight;
  const score = Math.max(0, Math.min(100, Math.round(rubricScore - deductions.checkerErrors - deductions.completeness - deductions.antiPatterns)));
  return { score, language, items, extras, checkerErrors, completenessGaps, antiPatternHits: hits, deductions };
}
