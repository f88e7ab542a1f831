/**
 * The evaluation chapter of the plan: the basis of the award, the model
 * (criteria and weights, or value deductions) with the price formula in
 * words, and a worked example with two fictitious bids showing every
 * intermediate number.
 */
import {
  type DeductionBid,
  type PriceOnlyExample,
  priceCriterion,
  priceWeight,
  qualityCriteria,
  requirementsMet,
  type ValueDeductionExample,
  type WeightedBid,
  type WeightedPointsExample,
  workedExample,
} from '../evaluation/worked-example';
import { formatMoney, formatNumber, formatPercent, formatPoints, formatShare } from '../format/numbers';
import { defaultScoringScale, type Requirement } from '../specification/model';
import { blank, columns, linesCell, type PlanContext, singleLine, textCell } from './plan-context';
import type { PlanBlock, PlanCell, PlanSection } from './plan-types';
import { isScored } from '../specification/model/requirements';
import { awardModelComplete } from './plan-award-checks';
import { simulationSection } from './plan-simulation';

/** At most this many requirement numbers are listed in one place; the rest are counted. */
const listLimit = 12;

const text = (value: string): PlanBlock[] => [{ kind: 'text', text: value }];

function numbersOf(ids: readonly string[], context: PlanContext): string {
  const numbers = ids.map((id) => context.numbering.numberOf.get(id) ?? id);
  if (numbers.length <= listLimit) return numbers.join(', ');
  return context.t('evaluation.andMore', { list: numbers.slice(0, listLimit).join(', '), count: numbers.length - listLimit });
}

function evaluatedInOrder(context: PlanContext): Requirement[] {
  return context.numbering.inOrder.map((item) => item.requirement).filter((requirement) => isScored(requirement.obligation));
}

function criteriaTable(context: PlanContext): PlanBlock {
  const { spec, t, language } = context;
  const price = priceCriterion(spec.evaluation);
  const rows: PlanCell[][] = [[textCell(price === undefined ? t('evaluation.priceCriterion') : price.name), textCell(formatPercent(priceWeight(spec.evaluation), language)), textCell(t('evaluation.priceFormulaShort'))]];
  for (const criterion of qualityCriteria(spec.evaluation)) {
    const ids = criterion.requirementIds.filter((id) => context.numbering.numberOf.has(id));
    rows.push([
      [...textCell(criterion.name, true), ...textCell(criterion.description ?? '')],
      textCell(formatPercent(criterion.weightPercent, language)),
      textCell(ids.length === 0 ? t('evaluation.assessedAsWhole') : numbersOf(ids, context)),
    ]);
  }
  return { kind: 'table', columns: columns([t('evaluation.columns.criterion'), 5], [t('evaluation.columns.weight'), 2], [t('evaluation.columns.requirements'), 5]), rows };
}

function deductionTable(context: PlanContext): PlanBlock[] {
  const { t, language, currency } = context;
  const evaluated = context.numbering.inOrder.filter((item) => isScored(item.requirement.obligation));
  if (evaluated.length === 0) return text(t('evaluation.noEvaluatedRequirements'));
  return [
    {
      kind: 'table',
      columns: columns([t('evaluation.columns.number'), 2], [t('evaluation.columns.requirementId'), 4], [t('evaluation.columns.deduction'), 4]),
      rows: evaluated.map(({ requirement, number }) => {
        const deduction = requirement.evaluation?.deduction;
        // Not decided yet: a field for the buyer (the preflight lists it as evaluation.noDeduction).
        return [textCell(number), textCell(requirement.id), deduction === undefined || deduction <= 0 ? [{ kind: 'fillIn', fillIn: context.fillIn }] : textCell(formatMoney(deduction, currency, language))];
      }),
    },
  ];
}

/** Value addition: each quality criterion with its scoring scale and the amount the lowest score adds. */
function additionTable(context: PlanContext): PlanBlock[] {
  const { spec, t, language, currency } = context;
  const criteria = qualityCriteria(spec.evaluation);
  if (criteria.length === 0) return [];
  return [
    {
      kind: 'table',
      columns: columns([t('evaluation.columns.criterion'), 5], [t('evaluation.columns.scale'), 2], [t('evaluation.columns.addition'), 4]),
      rows: criteria.map((criterion) => {
        const scale = criterion.scale ?? defaultScoringScale;
        const amount = criterion.amount;
        return [
          [...textCell(criterion.name, true), ...(blank(criterion.description) ? [] : textCell(criterion.description ?? ''))],
          textCell(`${formatNumber(scale.min, language)}–${formatNumber(scale.max, language)}`),
          amount === undefined || amount <= 0 ? [{ kind: 'fillIn', fillIn: context.fillIn }] : textCell(formatMoney(amount, currency, language)),
        ];
      }),
    },
  ];
}

/**
 * The model as far as it is decided, never more: no method, no model section; weighted points
 * without a quality criterion, no criteria table (a "Price 100 %" table would invent an
 * evaluation); the price formula only once chosen.
 */
function modelSection(context: PlanContext, number: string): PlanSection | null {
  const { spec, t } = context;
  const evaluation = spec.evaluation;
  if (evaluation.basis !== 'price-quality' || evaluation.method === null) return null;
  const title = t('evaluation.modelTitle');
  const blocks: PlanBlock[] = [];
  if (evaluation.method === 'value-deduction') blocks.push(...text(t('evaluation.method.value-deduction')), ...deductionTable(context));
  else if (evaluation.method === 'value-addition') blocks.push(...text(t('evaluation.method.value-addition')), ...additionTable(context));
  else {
    const hasQuality = qualityCriteria(evaluation).length > 0;
    blocks.push(...text(t('evaluation.method.weighted-points')));
    if (hasQuality) blocks.push(criteriaTable(context));
    if (evaluation.priceFormula !== null) blocks.push(...text(t(`evaluation.formula.${evaluation.priceFormula}`, { max: formatNumber(priceWeight(evaluation), context.language) })));
    if (hasQuality) blocks.push(...text(t('evaluation.qualityPoints')));
  }
  return { kind: 'part', level: 2, number, title, sectionId: null, figures: [], blocks, children: [] };
}

function stepRow(label: string, a: PlanCell, b: PlanCell, strong = false): PlanCell[] {
  return [textCell(label, strong), a, b];
}

function exampleTable(context: PlanContext, rows: PlanCell[][]): PlanBlock {
  const { t } = context;
  return { kind: 'table', columns: columns([t('example.columns.step'), 5], [t('example.bid', { bid: 'A' }), 3], [t('example.bid', { bid: 'B' }), 3]), rows };
}

function winnerText(winner: 'A' | 'B' | null, key: string, context: PlanContext): PlanBlock[] {
  return text(winner === null ? context.t('example.tie') : context.t(`example.winner.${key}`, { bid: winner }));
}

function weightedRows(example: WeightedPointsExample, context: PlanContext): PlanCell[][] {
  const { t, language, currency } = context;
  const [a, b] = example.bids;
  const money = (bid: WeightedBid): PlanCell => textCell(formatMoney(bid.price, currency, language));
  const rows: PlanCell[][] = [
    stepRow(t('example.price'), money(a), money(b)),
    stepRow(t('example.pricePoints', { max: formatNumber(example.priceWeight, language) }), textCell(formatPoints(a.pricePoints, language)), textCell(formatPoints(b.pricePoints, language))),
  ];
  example.bids[0].criteria.forEach((criterion, index) => {
    const cell = (bid: WeightedBid): PlanCell => {
      const score = bid.criteria[index];
      if (score === undefined) return [];
      const how = score.assessed
        ? t('example.assessedShare', { weight: formatNumber(score.weightPercent, language), share: formatShare(score.share, language) })
        : t('example.metShare', { weight: formatNumber(score.weightPercent, language), met: formatNumber(score.pointsMet, language), possible: formatNumber(score.pointsPossible, language) });
      return linesCell([formatPoints(score.points, language), how]);
    };
    rows.push(stepRow(t('example.criterion', { name: singleLine(criterion.name), weight: formatPercent(criterion.weightPercent, language) }), cell(a), cell(b)));
  });
  rows.push(stepRow(t('example.total'), linesCell([formatPoints(a.total, language)], true), linesCell([formatPoints(b.total, language)], true), true));
  return rows;
}

function weightedExplanation(example: WeightedPointsExample, context: PlanContext): PlanBlock[] {
  const { t, language } = context;
  return example.bids.flatMap((bid) =>
    text(
      t(`example.priceLine.${example.priceFormula}`, {
        bid: bid.label,
        price: formatNumber(bid.price, language),
        lowest: formatNumber(example.lowestPrice, language),
        highest: formatNumber(example.highestPrice, language),
        max: formatNumber(example.priceWeight, language),
        points: formatPoints(bid.pricePoints, language),
      }),
    ),
  );
}

/** Which evaluated requirements the fictitious bids meet (B all of them). */
function metText(context: PlanContext): PlanBlock[] {
  const { t } = context;
  const ids = evaluatedInOrder(context).map((requirement) => requirement.id);
  if (ids.length === 0) return text(t('example.noEvaluated'));
  const metByA = requirementsMet('A', ids);
  return text(t('example.requirementsMet', { listA: metByA.length === 0 ? t('example.none') : numbersOf(metByA, context), count: ids.length }));
}

function deductionRows(example: ValueDeductionExample, context: PlanContext): PlanCell[][] {
  const { t, language, currency } = context;
  const [a, b] = example.bids;
  const money = (value: number): string => formatMoney(value, currency, language);
  const deductions = (bid: DeductionBid): PlanCell => {
    if (bid.deductions.length === 0) return textCell(t('example.none'));
    const shown = bid.deductions.slice(0, listLimit).map((line) => `${context.numbering.numberOf.get(line.requirementId) ?? line.requirementId}: ${money(line.amount)}`);
    if (bid.deductions.length > listLimit) shown.push(t('example.more', { count: bid.deductions.length - listLimit }));
    return linesCell(shown);
  };
  return [
    stepRow(t('example.price'), textCell(money(a.price)), textCell(money(b.price))),
    stepRow(t('example.deductions'), deductions(a), deductions(b)),
    stepRow(t('example.totalDeduction'), textCell(money(a.totalDeduction)), textCell(money(b.totalDeduction))),
    stepRow(t('example.comparisonPrice'), linesCell([money(a.comparisonPrice)], true), linesCell([money(b.comparisonPrice)], true), true),
  ];
}

function deductionExplanation(example: ValueDeductionExample, context: PlanContext): PlanBlock[] {
  const { t, language, currency } = context;
  return example.bids.flatMap((bid) =>
    text(t('example.comparisonLine', { bid: bid.label, price: formatNumber(bid.price, language), deduction: formatNumber(bid.totalDeduction, language), result: formatMoney(bid.comparisonPrice, currency, language) })),
  );
}

function priceRows(example: PriceOnlyExample, context: PlanContext): PlanCell[][] {
  const { t, language, currency } = context;
  const [a, b] = example.bids;
  return [stepRow(t(`example.priceOnly.${example.basis}`), textCell(formatMoney(a.price, currency, language)), textCell(formatMoney(b.price, currency, language)), true)];
}

function exampleSection(context: PlanContext, number: string): PlanSection {
  const { spec, t } = context;
  const example = workedExample(spec.evaluation, context.currency, evaluatedInOrder(context));
  const blocks: PlanBlock[] = text(t('example.intro'));
  switch (example.kind) {
    case 'price':
      blocks.push(exampleTable(context, priceRows(example, context)), ...winnerText(example.winner, example.basis, context));
      break;
    case 'weighted-points':
      blocks.push(...metText(context), exampleTable(context, weightedRows(example, context)), ...weightedExplanation(example, context), ...text(t('example.totalLine')), ...winnerText(example.winner, 'weighted-points', context));
      break;
    case 'value-deduction':
      blocks.push(...metText(context), exampleTable(context, deductionRows(example, context)), ...deductionExplanation(example, context), ...winnerText(example.winner, 'value-deduction', context));
      break;
  }
  blocks.push(...text(t('example.disclaimer')));
  return { kind: 'part', level: 2, number, title: t('example.title'), sectionId: null, figures: [], blocks, children: [] };
}

export function evaluationChapter(context: PlanContext): PlanSection {
  const { spec, t } = context;
  const number = String(context.numbering.nextChapter);
  const model = modelSection(context, `${number}.2`);
  // The worked examples only for a complete model: an example of an undecided one would invent an evaluation.
  // The buyer's simulation follows the standard example when the buyer chose to print it.
  const examples: PlanSection[] = [];
  if (awardModelComplete(spec)) {
    // Value addition has no standard example with two made-up tenders; only the buyer's simulation shows it worked.
    if (spec.evaluation.method !== 'value-addition' || spec.evaluation.basis !== 'price-quality') examples.push(exampleSection(context, `${number}.${model === null ? 2 : 3}`));
    const simulation = simulationSection(context, `${number}.${(model === null ? 2 : 3) + examples.length}`);
    if (simulation !== null) examples.push(simulation);
  }
  const basis: PlanSection = { kind: 'part', level: 2, number: `${number}.1`, title: t('evaluation.basisTitle'), sectionId: null, figures: [], blocks: text(t(`evaluation.basis.${spec.evaluation.basis}`)), children: [] };
  return {
    kind: 'evaluation',
    level: 1,
    number,
    title: t('evaluation.title'),
    sectionId: null,
    figures: spec.evaluation.basis === 'price-quality' && spec.evaluation.criteria.length > 0 ? [{ unit: 'criteria', count: spec.evaluation.criteria.length }] : [],
    blocks: [],
    children: [basis, ...(model === null ? [] : [model]), ...examples],
  };
}
