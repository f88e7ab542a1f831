/**
 * The innovation review: six sub-scores (0–100) that say how much room a
 * specification leaves suppliers to offer new and better solutions. Each is
 * computed from facts a reader can check — checker findings, cue words kept as
 * data, the needs, goals and links in the document — and comes with the items
 * behind it and the actions that would raise it (message keys and values; the
 * UI words them). Advisory only: a low score is a prompt to look, not a
 * finding that the specification is unlawful.
 */
import type { CheckId } from '../builder/completeness';
import type { BuilderStep } from '../builder/steps';
import type { DocumentLanguage } from '../specification/model/common';
import type { Requirement, Specification } from '../specification/model';
import cues from './innovation/solution-cues.json' with { type: 'json' };
import { escape } from './lexicon';
import { lintRequirements, type DocumentFinding } from './lint';
import { isBinding, isScored } from '../specification/model/requirements';

export const subScoreIds = ['openness', 'functional', 'needContext', 'proportionality', 'verifiable', 'standardsDialogue'] as const;
export type SubScoreId = (typeof subScoreIds)[number];

/** Why an item counts against a sub-score (a message key under `steps.innovation.reasons`). */
export type ItemReason =
  | 'brand'
  | 'format'
  | 'lockIn'
  | 'solutionWords'
  | 'notLinked'
  | 'ambitiousMandatory'
  | 'noVerification'
  | 'unmeasurable'
  | 'standardWithoutEquivalence';

/** A document item behind a sub-score, and the step where the user fixes it. */
export interface InnovationItem {
  step: BuilderStep;
  /** The requirement's (or other item's) id. */
  id: string;
  reason: ItemReason;
  /** The words that triggered it, where there are any (solution cue words). */
  words?: string[];
}

/** What would raise a sub-score: a message key under `steps.innovation.actions`, its values, and where to do it. */
export interface InnovationAction {
  key: string;
  values: Record<string, number>;
  step: BuilderStep;
  /** The completeness check whose fields carry out the action, when there is one. */
  check?: CheckId;
}

export interface InnovationSubScore {
  id: SubScoreId;
  /** 0–100, or null when there is nothing to assess (no requirement text yet). */
  score: number | null;
  /** The figures the score is computed from, for the explanation (message values). */
  figures: Record<string, number>;
  items: InnovationItem[];
  actions: InnovationAction[];
}

export interface InnovationReview {
  language: DocumentLanguage;
  subScores: InnovationSubScore[];
}

/** How a score reads: at least 75 good, at least 50 fair, below that weak. */
export type ScoreLevel = 'good' | 'fair' | 'weak';
export const levelThresholds = { good: 75, fair: 50 } as const;
export function scoreLevel(score: number): ScoreLevel {
  return score >= levelThresholds.good ? 'good' : score >= levelThresholds.fair ? 'fair' : 'weak';
}

/** The constants of the formulas, named so that the UI's explanations and the tests use the same numbers. */
export const innovationWeights = {
  /** Openness: points lost per brand, format or lock-in finding per 10 requirements. */
  opennessPenaltyPer10: 25,
  /** Need context: points for needs, goals and the current situation each; the rest follows the share of requirements linked. */
  contextPart: 20,
  linkPart: 40,
  /** Proportionality: up to this many mandatory requirements per 1,000 words is full marks, from `densityZero` on none. */
  densityFull: 20,
  densityZero: 40,
  /** Proportionality: the share of evaluated service requirements (percent) that gives full marks. */
  evaluatedTarget: 20,
  /** Standards and dialogue: points for standards with equivalence words, market dialogue, lots (or a reason) and variants allowed. */
  standardsPart: 40,
  dialoguePart: 25,
  lotsPart: 20,
  variantsPart: 15,
} as const;

const opennessRules: Readonly<Record<string, ItemReason>> = { PP01: 'brand', PP03: 'format', PP04: 'lockIn' };
/** Findings that make a requirement's criterion vague or unmeasurable. */
const unmeasurableRules: ReadonlySet<string> = new Set(['RQ03', 'RQ05', 'RQ06', 'RQ07', 'RQ08', 'RQ15', 'PP06']);

const cuePatterns = new Map<DocumentLanguage, RegExp>();

/** The cue-word list of a language as one pattern: whole words, any case, "*" for any ending, longest first. */
function cuePattern(language: DocumentLanguage): RegExp {
  let pattern = cuePatterns.get(language);
  if (pattern === undefined) {
    const phrases = [...cues[language]].sort((a, b) => b.length - a.length);
    const source = phrases
      .map((phrase) => {
        const wildcard = phrase.endsWith('*');
        const body = (wildcard ? phrase.slice(0, -1) : phrase).split(/\s+/).map(escape).join('\\s+');
        return `(?<![\\p{L}\\p{N}])${body}${wildcard ? '[\\p{L}-]*' : ''}(?![\\p{L}\\p{N}])`;
      })
      .join('|');
    pattern = new RegExp(source, 'giu');
    cuePatterns.set(language, pattern);
  }
  return pattern;
}

/** The solution cue words found in a text, as written. */
export function solutionWords(text: string, language: DocumentLanguage): string[] {
  return [...text.matchAll(cuePattern(language))].map((match) => match[0]);
}

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const round = (value: number): number => Math.round(Math.min(100, Math.max(0, value)));
const textOf = (requirement: Requirement, language: DocumentLanguage): string => requirement.text[language] ?? '';

/** The words a bidder reads in the document's language: background, current situation, needs, goals and requirements. */
export function documentWords(spec: InnovationInput, language: DocumentLanguage): number {
  const texts = [
    spec.background,
    spec.currentSituation,
    ...spec.needs.flatMap((need) => [need.statement, need.why]),
    ...spec.goals.map((goal) => goal.description),
    ...spec.requirements.map((requirement) => textOf(requirement, language)),
  ];
  return texts.reduce((sum, text) => sum + wordCount(text), 0);
}

/** The parts of a specification the review reads (so that a UI can recompute only when one of them changes). */
export type InnovationInput = Pick<
  Specification,
  'primaryLanguage' | 'background' | 'currentSituation' | 'needs' | 'goals' | 'marketDialogue' | 'procurement' | 'requirements' | 'glossary' | 'attachments'
>;

/**
 * The innovation review of a specification in one of its languages (the
 * primary one unless told). `findings` may be passed when the caller has
 * already run the checker on the same language.
 */
export function innovationReview(spec: InnovationInput, language: DocumentLanguage = spec.primaryLanguage, findings?: readonly DocumentFinding[]): InnovationReview {
  const found =
    findings ??
    lintRequirements(spec.requirements, language, {
      glossaryTerms: spec.glossary.map((entry) => entry.term),
      annexCount: spec.attachments.length,
      estimatedValue: spec.procurement.estimatedValue,
    });
  const byRequirement = new Map<string, DocumentFinding[]>();
  for (const finding of found) byRequirement.set(finding.requirementId, [...(byRequirement.get(finding.requirementId) ?? []), finding]);
  const rulesOf = (id: string): Set<string> => new Set((byRequirement.get(id) ?? []).map((finding) => finding.ruleId));
  const written = spec.requirements.filter((requirement) => textOf(requirement, language).trim() !== '');
  const service = written.filter((requirement) => requirement.role === 'specification');

  const openness = opennessScore(written, rulesOf);
  const { score: functional, functionalRequirements } = functionalScore(service, rulesOf, language);
  return {
    language,
    subScores: [
      openness,
      functional,
      needContextScore(spec, written),
      proportionalityScore(spec, written, language),
      verifiableScore(functionalRequirements, rulesOf),
      standardsDialogueScore(spec, written, rulesOf),
    ],
  };
}

type RulesOf = (id: string) => Set<string>;

/** Openness: 100 minus 25 points per brand, proprietary-format or lock-in finding per 10 requirements. */
function opennessScore(written: readonly Requirement[], rulesOf: RulesOf): InnovationSubScore {
  const items: InnovationItem[] = [];
  for (const requirement of written) {
    const rules = rulesOf(requirement.id);
    for (const [ruleId, reason] of Object.entries(opennessRules)) if (rules.has(ruleId)) items.push({ step: 'requirements', id: requirement.id, reason });
  }
  const per10 = written.length === 0 ? 0 : (items.length * 10) / written.length;
  const count = (reason: ItemReason): number => items.filter((item) => item.reason === reason).length;
  const actions: InnovationAction[] = [];
  if (count('brand') > 0) actions.push({ key: 'addEquivalenceToBrands', values: { count: count('brand') }, step: 'requirements' });
  if (count('format') > 0) actions.push({ key: 'useOpenFormats', values: { count: count('format') }, step: 'requirements' });
  if (count('lockIn') > 0) actions.push({ key: 'specifyInterfaces', values: { count: count('lockIn') }, step: 'requirements' });
  return {
    id: 'openness',
    score: written.length === 0 ? null : round(100 - innovationWeights.opennessPenaltyPer10 * per10),
    figures: { findings: items.length, requirements: written.length, per10: Math.round(per10 * 10) / 10 },
    items,
    actions,
  };
}

/**
 * Functional orientation: the share of service requirements that state a
 * function or an outcome. A requirement counts as prescribing a solution when
 * the checker finds a brand, a proprietary format or a tie to an existing
 * system in it, or when it has one of the language's solution cue words
 * ("ska installeras", "operating system"). Qualification and contract
 * requirements are not about the solution and are left out.
 */
function functionalScore(service: readonly Requirement[], rulesOf: RulesOf, language: DocumentLanguage): { score: InnovationSubScore; functionalRequirements: Requirement[] } {
  const items: InnovationItem[] = [];
  const functionalRequirements: Requirement[] = [];
  for (const requirement of service) {
    const rules = rulesOf(requirement.id);
    const words = solutionWords(textOf(requirement, language), language);
    const named = Object.keys(opennessRules).some((ruleId) => rules.has(ruleId));
    if (words.length > 0) items.push({ step: 'requirements', id: requirement.id, reason: 'solutionWords', words });
    else if (named) items.push({ step: 'requirements', id: requirement.id, reason: rules.has('PP01') ? 'brand' : rules.has('PP03') ? 'format' : 'lockIn' });
    else functionalRequirements.push(requirement);
  }
  const share = service.length === 0 ? 0 : functionalRequirements.length / service.length;
  return {
    score: {
      id: 'functional',
      score: service.length === 0 ? null : round(share * 100),
      figures: { functional: functionalRequirements.length, requirements: service.length },
      items,
      actions: items.length > 0 ? [{ key: 'describeFunction', values: { count: items.length }, step: 'requirements' }] : [],
    },
    functionalRequirements,
  };
}

/**
 * Need context: 20 points each for needs, goals and a description of the
 * current situation, and 40 for the share of requirements that should be
 * traced to needs and are (all of them when none should).
 */
function needContextScore(spec: InnovationInput, written: readonly Requirement[]): InnovationSubScore {
  const { contextPart, linkPart } = innovationWeights;
  const needs = spec.needs.filter((need) => need.statement.trim() !== '').length;
  const goals = spec.goals.filter((goal) => goal.description.trim() !== '').length;
  const situation = spec.currentSituation.trim() !== '' ? 1 : 0;
  const toLink = written.filter((requirement) => requirement.tracing === 'linked');
  const unlinked = toLink.filter((requirement) => requirement.needIds.length === 0);
  const linked = toLink.length - unlinked.length;
  const share = toLink.length === 0 ? 1 : linked / toLink.length;
  const actions: InnovationAction[] = [];
  if (needs === 0) actions.push({ key: 'describeNeeds', values: {}, step: 'needs' });
  if (goals === 0) actions.push({ key: 'setGoals', values: {}, step: 'needs' });
  if (situation === 0) actions.push({ key: 'describeSituation', values: {}, step: 'needs' });
  if (unlinked.length > 0) actions.push({ key: 'linkRequirements', values: { count: unlinked.length }, step: 'requirements' });
  return {
    id: 'needContext',
    score: round((needs > 0 ? contextPart : 0) + (goals > 0 ? contextPart : 0) + situation * contextPart + linkPart * share),
    figures: { needs, goals, situation, linked, toLink: toLink.length },
    items: unlinked.map((requirement) => ({ step: 'requirements', id: requirement.id, reason: 'notLinked' })),
    actions,
  };
}

/**
 * Proportionality: half for the density of mandatory requirements (up to 20
 * per 1,000 words of the document is full marks, 40 or more none), half for
 * the share of service requirements that are evaluated rather than mandatory
 * (20 % or more is full marks). Mandatory requirements with an advanced or
 * leading ambition are the items: they shut out suppliers who would otherwise
 * be rewarded for reaching them.
 */
function proportionalityScore(spec: InnovationInput, written: readonly Requirement[], language: DocumentLanguage): InnovationSubScore {
  const { densityFull, densityZero, evaluatedTarget } = innovationWeights;
  const words = documentWords(spec, language);
  const mandatory = written.filter((requirement) => isBinding(requirement.obligation));
  const service = written.filter((requirement) => requirement.role === 'specification');
  const evaluated = service.filter((requirement) => isScored(requirement.obligation)).length;
  const density = words === 0 ? 0 : (mandatory.length * 1000) / words;
  const densityShare = Math.min(1, Math.max(0, (densityZero - density) / (densityZero - densityFull)));
  const evaluatedPercent = service.length === 0 ? 0 : (evaluated * 100) / service.length;
  const evaluatedShare = service.length === 0 ? 1 : Math.min(1, evaluatedPercent / evaluatedTarget);
  const ambitious = mandatory.filter((requirement) => requirement.role === 'specification' && requirement.level !== 'basic');
  const actions: InnovationAction[] = [];
  if (ambitious.length > 0) actions.push({ key: 'evaluateAmbitious', values: { count: ambitious.length }, step: 'requirements' });
  else if (evaluatedShare < 1) actions.push({ key: 'evaluateSome', values: { target: evaluatedTarget }, step: 'requirements' });
  if (densityShare < 1) actions.push({ key: 'fewerMandatory', values: { target: densityFull }, step: 'requirements' });
  return {
    id: 'proportionality',
    score: written.length === 0 ? null : round(50 * densityShare + 50 * evaluatedShare),
    figures: {
      mandatory: mandatory.length,
      words,
      density: Math.round(density * 10) / 10,
      evaluated,
      service: service.length,
      evaluatedPercent: Math.round(evaluatedPercent),
    },
    items: ambitious.map((requirement) => ({ step: 'requirements', id: requirement.id, reason: 'ambitiousMandatory' })),
    actions,
  };
}

/**
 * Verifiable openness: of the functional requirements, the share that still
 * has a measurable criterion (the checker finds no vague or unmeasurable
 * wording) and a verification method.
 */
function verifiableScore(functionalRequirements: readonly Requirement[], rulesOf: RulesOf): InnovationSubScore {
  const items: InnovationItem[] = [];
  let verifiable = 0;
  for (const requirement of functionalRequirements) {
    const vague = [...rulesOf(requirement.id)].some((ruleId) => unmeasurableRules.has(ruleId));
    const noMethod = requirement.verification.method === null;
    if (vague) items.push({ step: 'requirements', id: requirement.id, reason: 'unmeasurable' });
    if (noMethod) items.push({ step: 'requirements', id: requirement.id, reason: 'noVerification' });
    if (!vague && !noMethod) verifiable += 1;
  }
  const count = (reason: ItemReason): number => items.filter((item) => item.reason === reason).length;
  const actions: InnovationAction[] = [];
  if (count('unmeasurable') > 0) actions.push({ key: 'measurableCriterion', values: { count: count('unmeasurable') }, step: 'requirements' });
  if (count('noVerification') > 0) actions.push({ key: 'chooseVerification', values: { count: count('noVerification') }, step: 'requirements' });
  return {
    id: 'verifiable',
    score: functionalRequirements.length === 0 ? null : round((verifiable * 100) / functionalRequirements.length),
    figures: { verifiable, functional: functionalRequirements.length },
    items,
    actions,
  };
}

/**
 * Standards and dialogue: 40 points for the share of requirements referring
 * to standards that carry the equivalence words (all of it when none refers
 * to a standard), 25 for a recorded market dialogue, 20 for lots or a reason
 * for not dividing the contract, 15 for allowing variants.
 */
function standardsDialogueScore(spec: InnovationInput, written: readonly Requirement[], rulesOf: RulesOf): InnovationSubScore {
  const { standardsPart, dialoguePart, lotsPart, variantsPart } = innovationWeights;
  const withoutEquivalence = written.filter((requirement) => rulesOf(requirement.id).has('PP02'));
  const withStandards = written.filter((requirement) => requirement.standards.length > 0 || rulesOf(requirement.id).has('PP02')).length;
  const share = withStandards === 0 ? 1 : (withStandards - withoutEquivalence.length) / withStandards;
  const dialogue = spec.marketDialogue.length;
  const lots = spec.procurement.lots.length;
  const lotsDecided = lots > 0 || spec.procurement.notDividedReason.trim() !== '';
  const variantsAllowed = spec.procurement.variants.allowed === true;
  const actions: InnovationAction[] = [];
  if (withoutEquivalence.length > 0) actions.push({ key: 'addEquivalenceToStandards', values: { count: withoutEquivalence.length }, step: 'requirements' });
  if (dialogue === 0) actions.push({ key: 'recordDialogue', values: {}, step: 'needs' });
  if (!lotsDecided) actions.push({ key: 'divideOrExplain', values: {}, step: 'procurement', check: 'lots' });
  if (!variantsAllowed) actions.push({ key: 'allowVariants', values: {}, step: 'procurement', check: 'variants' });
  return {
    id: 'standardsDialogue',
    score: round(standardsPart * share + (dialogue > 0 ? dialoguePart : 0) + (lotsDecided ? lotsPart : 0) + (variantsAllowed ? variantsPart : 0)),
    figures: {
      withStandards,
      withEquivalence: withStandards - withoutEquivalence.length,
      dialogue,
      lots,
      lotsDecided: lotsDecided ? 1 : 0,
      variantsAllowed: variantsAllowed ? 1 : 0,
    },
    items: withoutEquivalence.map((requirement) => ({ step: 'requirements', id: requirement.id, reason: 'standardWithoutEquivalence' })),
    actions,
  };
}
