/**
 * What the simulator evaluates, taken from a specification: the model (the
 * price formula, or value deduction or addition), the maximum points, the
 * price weight and the scored items — the quality criteria, each with its
 * weight, scoring scale and money amount, and under value deduction the
 * evaluated requirements that carry a deduction of their own. Also turns a
 * fictitious bid (scores per criterion, or answers per requirement) into a
 * score per item.
 */
import { defaultMaxPoints, defaultScoringScale, type EvaluationCriterion, type Specification } from '../specification/model';
import { isScored, type Requirement } from '../specification/model/requirements';
import { priceCriterion, qualityCriteria } from './worked-example';
import { exact, Exact, hundred, zero } from './exact';

/** The models the simulator can evaluate bids under. */
export const simulationModels = ['proportional', 'linear', 'interpolated', 'deduction', 'addition'] as const;
export type SimulationModel = (typeof simulationModels)[number];

/** The models that give points (the price formulas), as against those that give a comparison price. */
export type PointsModel = 'proportional' | 'linear' | 'interpolated';

export function isPointsModel(model: SimulationModel): model is PointsModel {
  return model === 'proportional' || model === 'linear' || model === 'interpolated';
}

/** A scored item: a quality criterion, or an evaluated requirement with its own deduction. */
export interface ScoredItem {
  id: string;
  name: string;
  kind: 'criterion' | 'requirement';
  /** The weight as a share of 1 (a criterion of 30 % weighs 0.3); 0 for a requirement item. */
  weight: Exact;
  scaleMin: Exact;
  scaleMax: Exact;
  /** D under value deduction, A under value addition: the money the whole scale is worth. */
  amount: Exact;
  /** The evaluated requirements the item is made of, each with what meeting it is worth towards the item. */
  requirements: readonly { id: string; worth: Exact }[];
}

export interface EvaluationSetup {
  model: SimulationModel;
  /** M, the maximum points. */
  maxPoints: Exact;
  /** The price weight as a share of 1. */
  priceWeight: Exact;
  /** The id and name of the price criterion, when the model has one. */
  priceCriterion: { id: string; name: string } | null;
  items: readonly ScoredItem[];
  /** The sum of every weight (price and quality) in percent, for the weights check. */
  weightSumPercent: Exact;
}

/** A bid as the simulator computes with it: an exact price and a score per item, in the setup's item order. */
export interface BidInput {
  id: string;
  name: string;
  price: Exact;
  scores: readonly Exact[];
}

/** A bid as typed or saved: a price, scores by criterion id, answers by requirement id. */
export interface BidEntry {
  id: string;
  name: string;
  price: string | number;
  scores: Readonly<Record<string, number>>;
  answers?: Readonly<Record<string, boolean>> | undefined;
}

/** The model the specification's own choices give; null under price or cost alone before a formula is chosen counts as proportional. */
export function specificationModel(spec: Specification): SimulationModel {
  const { evaluation } = spec;
  if (evaluation.basis === 'price-quality' && evaluation.method === 'value-deduction') return 'deduction';
  if (evaluation.basis === 'price-quality' && evaluation.method === 'value-addition') return 'addition';
  return evaluation.priceFormula ?? 'proportional';
}

function requirementWorth(requirement: Requirement, money: boolean): Exact {
  const evaluation = requirement.evaluation;
  return exact(money ? (evaluation?.deduction ?? 0) : (evaluation?.points ?? 1));
}

function criterionItem(criterion: EvaluationCriterion, scored: ReadonlyMap<string, Requirement>, money: boolean): ScoredItem {
  const scale = criterion.scale ?? defaultScoringScale;
  const requirements = criterion.requirementIds
    .map((id) => scored.get(id))
    .filter((requirement): requirement is Requirement => requirement !== undefined)
    .map((requirement) => ({ id: requirement.id, worth: requirementWorth(requirement, money) }));
  const fromRequirements = requirements.reduce((sum, requirement) => sum.plus(requirement.worth), zero);
  const amount = criterion.amount !== undefined ? exact(criterion.amount) : money ? fromRequirements : zero;
  return {
    id: criterion.id,
    name: criterion.name,
    kind: 'criterion',
    weight: exact(criterion.weightPercent).div(hundred),
    scaleMin: exact(scale.min),
    scaleMax: exact(scale.max),
    amount,
    requirements,
  };
}

/**
 * The setup of a specification under its own model, or under `model` for a
 * what-if. Under value deduction, evaluated requirements with a deduction
 * that no quality criterion holds become items of their own (scale 0–1:
 * met or not), as the Evaluation step's deduction table has them.
 */
export function setupFromSpecification(spec: Specification, model: SimulationModel = specificationModel(spec)): EvaluationSetup {
  const { evaluation } = spec;
  const scored = new Map(spec.requirements.filter((requirement) => isScored(requirement.obligation)).map((requirement) => [requirement.id, requirement]));
  const money = evaluation.method === 'value-deduction';
  const items: ScoredItem[] = qualityCriteria(evaluation).map((criterion) => criterionItem(criterion, scored, money));
  if (money) {
    const held = new Set(items.flatMap((item) => item.requirements.map((requirement) => requirement.id)));
    for (const requirement of scored.values()) {
      const deduction = requirement.evaluation?.deduction ?? 0;
      if (held.has(requirement.id) || deduction <= 0) continue;
      items.push({
        id: requirement.id,
        name: requirement.title?.[spec.primaryLanguage] ?? requirement.id,
        kind: 'requirement',
        weight: zero,
        scaleMin: zero,
        scaleMax: exact(1),
        amount: exact(deduction),
        requirements: [{ id: requirement.id, worth: exact(deduction) }],
      });
    }
  }
  const price = priceCriterion(evaluation);
  const qualitySum = items.reduce((sum, item) => sum.plus(item.weight), zero);
  const priceWeight = price !== undefined ? exact(price.weightPercent).div(hundred) : Exact.max(zero, exact(1).minus(qualitySum));
  return {
    model,
    maxPoints: exact(evaluation.maxPoints ?? defaultMaxPoints),
    priceWeight,
    priceCriterion: price === undefined ? null : { id: price.id, name: price.name },
    items,
    weightSumPercent: priceWeight.plus(qualitySum).times(hundred),
  };
}

/**
 * A bid's score on an item: the score typed for it; else, from the answers,
 * the share of the item's requirements the bid meets (weighed by points, or
 * by deduction under value deduction) placed on the item's scale; else the
 * bottom of the scale. Scores outside the scale are brought inside it.
 */
export function itemScore(item: ScoredItem, entry: Pick<BidEntry, 'scores' | 'answers'>): Exact {
  const typed = entry.scores[item.id];
  let score: Exact;
  if (typed !== undefined) score = exact(typed);
  else if (entry.answers !== undefined && item.requirements.length > 0) {
    const answers = entry.answers;
    const total = item.requirements.reduce((sum, requirement) => sum.plus(requirement.worth), zero);
    const met = item.requirements.filter((requirement) => answers[requirement.id] === true);
    const share = total.isZero()
      ? exact(met.length).div(item.requirements.length)
      : met.reduce((sum, requirement) => sum.plus(requirement.worth), zero).div(total);
    score = item.scaleMin.plus(item.scaleMax.minus(item.scaleMin).times(share));
  } else score = item.scaleMin;
  return Exact.min(item.scaleMax, Exact.max(item.scaleMin, score));
}

/** A typed or saved bid as the simulator computes with it. */
export function bidInput(setup: EvaluationSetup, entry: BidEntry): BidInput {
  return { id: entry.id, name: entry.name, price: exact(entry.price), scores: setup.items.map((item) => itemScore(item, entry)) };
}
