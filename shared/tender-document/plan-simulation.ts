/**
 * The buyer's own simulation as a worked example in the evaluation chapter
 * (issue #20), printed only when the buyer chose it (`exportExample`): the
 * model in words, then the simulation's bids worked through it — price,
 * price points or the money each criterion adds or deducts, the total or
 * comparison price, and the place — marked as fictitious throughout. Money
 * to the öre/øre and points to the hundredth, the document language's way.
 */
import type { BidResult } from '../evaluation/models';
import { evaluateBids } from '../evaluation/models';
import { rankResults, soleWinner } from '../evaluation/ranking';
import { bidInput, isPointsModel, setupFromSpecification } from '../evaluation/setup';
import { toHundredths, toOre, zero, type Exact } from '../evaluation/exact';
import { minSimulatedBids } from '../builder/simulation-edits';
import { formatMoney, formatNumber, formatPercent, formatPoints } from '../format/numbers';
import { columns, singleLine, textCell, type PlanContext } from './plan-context';
import type { PlanBlock, PlanCell, PlanSection } from './plan-types';

/** With more criteria than this, the table shows the quality points (or amounts) summed rather than one column each. */
const criteriaColumnsLimit = 3;

const text = (value: string): PlanBlock => ({ kind: 'text', text: value });

/** Whether the specification asks for its simulation in the tender document, and has enough bids for one. */
export function printsSimulation(context: Pick<PlanContext, 'spec'>): boolean {
  const simulation = context.spec.evaluation.simulation;
  return simulation?.exportExample === true && simulation.bids.length >= minSimulatedBids;
}

export function simulationSection(context: PlanContext, number: string): PlanSection | null {
  if (!printsSimulation(context)) return null;
  const { spec, t, language, currency } = context;
  const setup = setupFromSpecification(spec);
  const bids = (spec.evaluation.simulation?.bids ?? []).map((bid) => bidInput(setup, bid));
  const ranking = rankResults(evaluateBids(setup, bids));
  const placeOf = new Map(ranking.map((entry) => [entry.result.id, entry.rank]));
  const points = isPointsModel(setup.model);
  const money = (value: Exact): string => formatMoney(Number(toOre(value)), currency, language);
  const pointsText = (value: Exact): string => formatPoints(Number(toHundredths(value)), language);
  const perItem = setup.items.length <= criteriaColumnsLimit;
  const itemText = (value: Exact): string => (points ? pointsText(value) : money(value));

  const headers: [string, number][] = [
    [t('simulation.columns.bid'), 3],
    [t('simulation.columns.price'), 3],
    ...(points ? [[t('simulation.columns.pricePoints', { max: formatNumber(setup.priceWeight.times(setup.maxPoints).toNumber(), language) }), 3] as [string, number]] : []),
    ...(perItem
      ? setup.items.map((item): [string, number] => [
          points
            ? t('simulation.columns.itemPoints', { name: singleLine(item.name), weight: formatPercent(item.weight.times(100).toNumber(), language) })
            : t(setup.model === 'deduction' ? 'simulation.columns.itemDeducted' : 'simulation.columns.itemAdded', { name: singleLine(item.name) }),
          3,
        ])
      : [[t(points ? 'simulation.columns.qualityPoints' : setup.model === 'deduction' ? 'simulation.columns.deducted' : 'simulation.columns.added'), 3] as [string, number]]),
    [t(points ? 'simulation.columns.total' : 'simulation.columns.comparisonPrice'), 3],
    [t('simulation.columns.place'), 2],
  ];
  const row = (result: BidResult): PlanCell[] => [
    textCell(singleLine(result.name)),
    textCell(money(result.price)),
    ...(points ? [textCell(pointsText(result.weightedPricePoints))] : []),
    ...(perItem ? result.itemValues.map((value) => textCell(itemText(value))) : [textCell(itemText(result.qualityValue))]),
    textCell(points ? pointsText(result.total ?? zero) : money(result.comparisonPrice ?? zero), true),
    textCell(String(placeOf.get(result.id) ?? '')),
  ];
  // The bids in the order the buyer entered them: the place column gives the ranking.
  const results = ranking.map((entry) => entry.result);
  const ordered = bids.map((bid) => results.find((result) => result.id === bid.id)).filter((result): result is BidResult => result !== undefined);
  const winner = soleWinner(ranking);
  const max = formatNumber(setup.maxPoints.toNumber(), language);

  const blocks: PlanBlock[] = [
    text(t('simulation.fictitious')),
    text(t(`simulation.model.${setup.model}`, { max })),
    ...(setup.items.length > 0 ? [text(t('simulation.scores', { list: setup.items.map((item) => t('simulation.scale', { name: singleLine(item.name), min: formatNumber(item.scaleMin.toNumber(), language), max: formatNumber(item.scaleMax.toNumber(), language) })).join('; ') }))] : []),
    { kind: 'table', columns: columns(...headers), rows: ordered.map(row) },
    text(winner === null ? t('simulation.tie') : t(points ? 'simulation.winnerPoints' : 'simulation.winnerMoney', { bid: singleLine(winner.result.name) })),
    text(t('example.disclaimer')),
  ];
  return { kind: 'part', level: 2, number, title: t('simulation.title'), sectionId: null, figures: [], blocks, children: [] };
}
