/**
 * The evaluation chapter: the basis of the award, the model (criteria and
 * weights, or value deductions) with the price formula in words, and a worked
 * example with two fictitious bids showing every intermediate number.
 */
import type { FileChild, Paragraph } from 'docx';
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
} from '../../../shared/evaluation/worked-example';
import type { Requirement } from '../../../shared/specification/model';
import { body, heading } from './blocks';
import type { DocumentContext } from './context';
import { formatMoney, formatNumber, formatPercent, formatPoints, formatShare } from '../../../shared/format/numbers';
import { oneLine } from './sanitise';
import { type CellContent, cellParagraph, dataTable, textCell } from './tables';

/** At most this many requirement numbers are listed in one place; the rest are counted. */
const listLimit = 12;

function numbersOf(ids: readonly string[], context: DocumentContext): string {
  const numbers = ids.map((id) => context.numbering.numberOf.get(id) ?? id);
  if (numbers.length <= listLimit) return numbers.join(', ');
  return context.t('evaluation.andMore', { list: numbers.slice(0, listLimit).join(', '), count: numbers.length - listLimit });
}

function evaluatedInOrder(context: DocumentContext): Requirement[] {
  return context.numbering.inOrder.map((item) => item.requirement).filter((requirement) => requirement.obligation === 'evaluated');
}

function criteriaTable(context: DocumentContext): FileChild[] {
  const { spec, t, language } = context;
  const price = priceCriterion(spec.evaluation);
  const rows: CellContent[][] = [];
  rows.push([textCell(price === undefined ? t('evaluation.priceCriterion') : price.name), textCell(formatPercent(priceWeight(spec.evaluation), language)), textCell(t('evaluation.priceFormulaShort'))]);
  for (const criterion of qualityCriteria(spec.evaluation)) {
    const ids = criterion.requirementIds.filter((id) => context.numbering.numberOf.has(id));
    rows.push([
      [...textCell(criterion.name, { bold: true }), ...textCell(criterion.description ?? '')],
      textCell(formatPercent(criterion.weightPercent, language)),
      textCell(ids.length === 0 ? t('evaluation.assessedAsWhole') : numbersOf(ids, context)),
    ]);
  }
  return [
    dataTable(
      [
        { header: t('evaluation.columns.criterion'), share: 5 },
        { header: t('evaluation.columns.weight'), share: 2 },
        { header: t('evaluation.columns.requirements'), share: 5 },
      ],
      rows,
    ),
  ];
}

function deductionTable(context: DocumentContext): FileChild[] {
  const { t, language, currency } = context;
  const evaluated = context.numbering.inOrder.filter((item) => item.requirement.obligation === 'evaluated');
  if (evaluated.length === 0) return body(t('evaluation.noEvaluatedRequirements'));
  return [
    dataTable(
      [
        { header: t('evaluation.columns.number'), share: 2 },
        { header: t('evaluation.columns.requirementId'), share: 4 },
        { header: t('evaluation.columns.deduction'), share: 4 },
      ],
      evaluated.map(({ requirement, number }) => [
        textCell(number),
        textCell(requirement.id),
        textCell(requirement.evaluation?.deduction === undefined ? t('common.notStated') : formatMoney(requirement.evaluation.deduction, currency, language)),
      ]),
    ),
  ];
}

function modelSection(context: DocumentContext, number: string): FileChild[] {
  const { spec, t } = context;
  const evaluation = spec.evaluation;
  if (evaluation.basis !== 'price-quality') return [];
  const formula = evaluation.priceFormula ?? 'proportional';
  const max = formatNumber(priceWeight(evaluation), context.language);
  if (evaluation.method === 'value-deduction') {
    return [heading(2, number, t('evaluation.modelTitle')), ...body(t('evaluation.method.value-deduction')), ...deductionTable(context)];
  }
  return [
    heading(2, number, t('evaluation.modelTitle')),
    ...body(t('evaluation.method.weighted-points')),
    ...criteriaTable(context),
    ...body(t(`evaluation.formula.${formula}`, { max })),
    ...body(t('evaluation.qualityPoints')),
  ];
}

function stepRow(label: string, a: CellContent, b: CellContent, bold = false): CellContent[] {
  return [textCell(label, { bold }), a, b];
}

function cellLines(lines: readonly string[], bold = false): CellContent {
  return lines.filter((line) => line !== '').map((line) => cellParagraph(oneLine(line), { bold }));
}

function exampleTable(context: DocumentContext, rows: CellContent[][]): FileChild {
  const { t } = context;
  return dataTable(
    [
      { header: t('example.columns.step'), share: 5 },
      { header: t('example.bid', { bid: 'A' }), share: 3 },
      { header: t('example.bid', { bid: 'B' }), share: 3 },
    ],
    rows,
  );
}

function winnerText(winner: 'A' | 'B' | null, key: string, context: DocumentContext): Paragraph[] {
  return body(winner === null ? context.t('example.tie') : context.t(`example.winner.${key}`, { bid: winner }));
}

function weightedRows(example: WeightedPointsExample, context: DocumentContext): CellContent[][] {
  const { t, language, currency } = context;
  const [a, b] = example.bids;
  const money = (bid: WeightedBid): CellContent => textCell(formatMoney(bid.price, currency, language));
  const rows: CellContent[][] = [
    stepRow(t('example.price'), money(a), money(b)),
    stepRow(t('example.pricePoints', { max: formatNumber(example.priceWeight, language) }), textCell(formatPoints(a.pricePoints, language)), textCell(formatPoints(b.pricePoints, language))),
  ];
  example.bids[0].criteria.forEach((criterion, index) => {
    const cell = (bid: WeightedBid): CellContent => {
      const score = bid.criteria[index];
      if (score === undefined) return [];
      const how = score.assessed
        ? t('example.assessedShare', { weight: formatNumber(score.weightPercent, language), share: formatShare(score.share, language) })
        : t('example.metShare', { weight: formatNumber(score.weightPercent, language), met: formatNumber(score.pointsMet, language), possible: formatNumber(score.pointsPossible, language) });
      return cellLines([formatPoints(score.points, language), how]);
    };
    rows.push(stepRow(t('example.criterion', { name: oneLine(criterion.name), weight: formatPercent(criterion.weightPercent, language) }), cell(a), cell(b)));
  });
  rows.push(stepRow(t('example.total'), cellLines([formatPoints(a.total, language)], true), cellLines([formatPoints(b.total, language)], true), true));
  return rows;
}

function weightedExplanation(example: WeightedPointsExample, context: DocumentContext): Paragraph[] {
  const { t, language } = context;
  const out: Paragraph[] = [];
  for (const bid of example.bids) {
    const values = {
      bid: bid.label,
      price: formatNumber(bid.price, language),
      lowest: formatNumber(example.lowestPrice, language),
      max: formatNumber(example.priceWeight, language),
      points: formatPoints(bid.pricePoints, language),
    };
    out.push(...body(t(`example.priceLine.${example.priceFormula}`, values)));
  }
  return out;
}

/** Which evaluated requirements the fictitious bids meet (B all of them). */
function metText(context: DocumentContext): Paragraph[] {
  const { t } = context;
  const ids = evaluatedInOrder(context).map((requirement) => requirement.id);
  if (ids.length === 0) return body(t('example.noEvaluated'));
  const metByA = requirementsMet('A', ids);
  return body(t('example.requirementsMet', { listA: metByA.length === 0 ? t('example.none') : numbersOf(metByA, context), count: ids.length }));
}

function deductionRows(example: ValueDeductionExample, context: DocumentContext): CellContent[][] {
  const { t, language, currency } = context;
  const [a, b] = example.bids;
  const money = (value: number): string => formatMoney(value, currency, language);
  const deductions = (bid: DeductionBid): CellContent => {
    if (bid.deductions.length === 0) return textCell(t('example.none'));
    const shown = bid.deductions.slice(0, listLimit).map((line) => `${context.numbering.numberOf.get(line.requirementId) ?? line.requirementId}: ${money(line.amount)}`);
    if (bid.deductions.length > listLimit) shown.push(t('example.more', { count: bid.deductions.length - listLimit }));
    return cellLines(shown);
  };
  return [
    stepRow(t('example.price'), textCell(money(a.price)), textCell(money(b.price))),
    stepRow(t('example.deductions'), deductions(a), deductions(b)),
    stepRow(t('example.totalDeduction'), textCell(money(a.totalDeduction)), textCell(money(b.totalDeduction))),
    stepRow(t('example.comparisonPrice'), cellLines([money(a.comparisonPrice)], true), cellLines([money(b.comparisonPrice)], true), true),
  ];
}

function deductionExplanation(example: ValueDeductionExample, context: DocumentContext): Paragraph[] {
  const { t, language, currency } = context;
  return example.bids.flatMap((bid) =>
    body(
      t('example.comparisonLine', {
        bid: bid.label,
        price: formatNumber(bid.price, language),
        deduction: formatNumber(bid.totalDeduction, language),
        result: formatMoney(bid.comparisonPrice, currency, language),
      }),
    ),
  );
}

function priceRows(example: PriceOnlyExample, context: DocumentContext): CellContent[][] {
  const { t, language, currency } = context;
  const [a, b] = example.bids;
  return [stepRow(t(`example.priceOnly.${example.basis}`), textCell(formatMoney(a.price, currency, language)), textCell(formatMoney(b.price, currency, language)), true)];
}

function exampleSection(context: DocumentContext, number: string): FileChild[] {
  const { spec, t } = context;
  const example = workedExample(spec.evaluation, context.currency, evaluatedInOrder(context));
  const out: FileChild[] = [heading(2, number, t('example.title')), ...body(t('example.intro'))];
  switch (example.kind) {
    case 'price':
      out.push(exampleTable(context, priceRows(example, context)), ...winnerText(example.winner, example.basis, context));
      break;
    case 'weighted-points':
      out.push(
        ...metText(context),
        exampleTable(context, weightedRows(example, context)),
        ...weightedExplanation(example, context),
        ...body(t('example.totalLine')),
        ...winnerText(example.winner, 'weighted-points', context),
      );
      break;
    case 'value-deduction':
      out.push(
        ...metText(context),
        exampleTable(context, deductionRows(example, context)),
        ...deductionExplanation(example, context),
        ...winnerText(example.winner, 'value-deduction', context),
      );
      break;
  }
  out.push(...body(t('example.disclaimer')));
  return out;
}

export function evaluationChapter(context: DocumentContext): FileChild[] {
  const { spec, t } = context;
  const number = String(context.numbering.nextChapter);
  const model = modelSection(context, `${number}.2`);
  return [
    heading(1, number, t('evaluation.title')),
    heading(2, `${number}.1`, t('evaluation.basisTitle')),
    ...body(t(`evaluation.basis.${spec.evaluation.basis}`)),
    ...model,
    ...exampleSection(context, `${number}.${model.length === 0 ? 2 : 3}`),
  ];
}
