import { Badge, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { TrophyRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  requirementsMet,
  type BidLabel,
  type DeductionBid,
  type ValueDeductionExample,
  type WeightedBid,
  type WeightedPointsExample,
} from '../../../../shared/evaluation/worked-example';
import type { EvaluationContext } from './context';
import { formatMoney, formatNumber, formatPercent, formatPoints, formatShare } from '../../../../shared/format/numbers';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { margin: 0, maxWidth: '80ch' },
  tableWrap: {
    overflowX: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { minWidth: '520px' },
  stepCell: { width: '44%' },
  number: { fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
  numberHeader: { '& > *': { justifyContent: 'flex-end', width: '100%' } },
  how: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  totalRow: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  cellStack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, fontVariantNumeric: 'tabular-nums' },
  winner: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  disclaimer: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // An id is one word: never broken at its hyphens ("INT-" on one line, "03" on the next).
  lineId: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
  line: { whiteSpace: 'nowrap' },
  bidHeader: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** At most this many requirements are listed by number in one sentence; the rest are counted. */
const listLimit = 10;

function Winner({ winner, kind }: { winner: BidLabel | null; kind: 'weighted-points' | 'value-deduction' }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <p className={styles.winner}>
      <TrophyRegular aria-hidden />
      {winner === null ? t('docx.example.tie') : t(`docx.example.winner.${kind}`, { bid: winner })}
    </p>
  );
}

function BidHeader({ label, winner }: { label: BidLabel; winner: BidLabel | null }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <span className={styles.bidHeader}>
      {t('docx.example.bid', { bid: label })}
      {winner === label && (
        <Badge appearance="filled" color="success" size="small">
          {t('steps.evaluation.example.wins')}
        </Badge>
      )}
    </span>
  );
}

function useMetSentence(context: EvaluationContext): string {
  const { t } = useTranslation();
  const ids = context.evaluated.map((item) => item.requirement.id);
  if (ids.length === 0) return t('docx.example.noEvaluated');
  const metByA = requirementsMet('A', ids);
  const listA =
    metByA.length === 0
      ? t('docx.example.none')
      : metByA.length <= listLimit
        ? metByA.join(', ')
        : t('docx.evaluation.andMore', { list: metByA.slice(0, listLimit).join(', '), count: metByA.length - listLimit });
  return t('docx.example.requirementsMet', { listA, count: ids.length });
}

/** Weighted points: the two fictitious bids' price points, criterion points and totals, then the sums in words. */
/** What both worked examples share: the introduction, a table with one column per fictitious bid, the sums in words, the winner. */
function ExampleShell(props: {
  intro: string;
  winner: BidLabel | null;
  kind: 'weighted-points' | 'value-deduction';
  lines: React.ReactNode;
  children: React.ReactNode;
}): React.JSX.Element {
  const { intro, winner, kind, lines, children } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const numberHeader = mergeClasses(styles.number, styles.numberHeader);
  return (
    <div className={styles.root}>
      <p className={styles.intro}>
        {t('docx.example.intro')} {intro}
      </p>
      {/* A wide table scrolls inside its box in a narrow window; the box takes focus so the keyboard can scroll it. */}
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t('steps.evaluation.example.tableLabel')}>
        <Table className={styles.table} size="small" aria-label={t('steps.evaluation.example.tableLabel')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.stepCell}>{t('docx.example.columns.step')}</TableHeaderCell>
              <TableHeaderCell className={numberHeader}>
                <BidHeader label="A" winner={winner} />
              </TableHeaderCell>
              <TableHeaderCell className={numberHeader}>
                <BidHeader label="B" winner={winner} />
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>{children}</TableBody>
        </Table>
      </div>
      {lines}
      <Winner winner={winner} kind={kind} />
      <Text className={styles.disclaimer}>{t('docx.example.disclaimer')}</Text>
    </div>
  );
}

export function WeightedExample({ context, example }: { context: EvaluationContext; example: WeightedPointsExample }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { language, currency } = context;
  const met = useMetSentence(context);
  const [a, b] = example.bids;
  const criterionCell = (bid: WeightedBid, index: number): React.JSX.Element => {
    const score = bid.criteria[index];
    if (score === undefined) return <TableCell />;
    const how = score.assessed
      ? t('docx.example.assessedShare', { weight: formatNumber(score.weightPercent, language), share: formatShare(score.share, language) })
      : t('docx.example.metShare', { weight: formatNumber(score.weightPercent, language), met: formatNumber(score.pointsMet, language), possible: formatNumber(score.pointsPossible, language) });
    return (
      <TableCell>
        <span className={styles.cellStack}>
          <span className={styles.number}>{formatPoints(score.points, language)}</span>
          <span className={styles.how}>{how}</span>
        </span>
      </TableCell>
    );
  };
  return (
    <ExampleShell
      intro={met}
      winner={example.winner}
      kind="weighted-points"
      lines={
        <ul className={styles.lines}>
          {example.bids.map((bid) => (
            <li key={bid.label}>
              {t(`docx.example.priceLine.${example.priceFormula}`, {
                bid: bid.label,
                price: formatNumber(bid.price, language),
                lowest: formatNumber(example.lowestPrice, language),
                highest: formatNumber(example.highestPrice, language),
                max: formatNumber(example.priceWeight, language),
                points: formatPoints(bid.pricePoints, language),
              })}
            </li>
          ))}
          <li>{t('docx.example.totalLine')}</li>
        </ul>
      }
    >
            <TableRow>
              <TableCell>{t('docx.example.price')}</TableCell>
              <TableCell className={styles.number}>{formatMoney(a.price, currency, language)}</TableCell>
              <TableCell className={styles.number}>{formatMoney(b.price, currency, language)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t('docx.example.pricePoints', { max: formatNumber(example.priceWeight, language) })}</TableCell>
              <TableCell className={styles.number}>{formatPoints(a.pricePoints, language)}</TableCell>
              <TableCell className={styles.number}>{formatPoints(b.pricePoints, language)}</TableCell>
            </TableRow>
            {a.criteria.map((criterion, index) => (
              <TableRow key={criterion.criterionId}>
                <TableCell>
                  {t('docx.example.criterion', {
                    name: criterion.name.trim() === '' ? t('steps.evaluation.criteria.title', { number: index + 1 }) : criterion.name,
                    weight: formatPercent(criterion.weightPercent, language),
                  })}
                </TableCell>
                {criterionCell(a, index)}
                {criterionCell(b, index)}
              </TableRow>
            ))}
            <TableRow className={styles.totalRow}>
              <TableCell>{t('docx.example.total')}</TableCell>
              <TableCell className={styles.number}>{formatPoints(a.total, language)}</TableCell>
              <TableCell className={styles.number}>{formatPoints(b.total, language)}</TableCell>
            </TableRow>
    </ExampleShell>
  );
}

/** Value deduction: each fictitious bid's tendered price, the deductions it earns and its comparison price. */
export function DeductionExample({ context, example }: { context: EvaluationContext; example: ValueDeductionExample }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { language, currency } = context;
  const met = useMetSentence(context);
  const [a, b] = example.bids;
  const money = (value: number): string => formatMoney(value, currency, language);
  const deductions = (bid: DeductionBid): React.JSX.Element => (
    <TableCell>
      <span className={styles.cellStack}>
        {bid.deductions.length === 0 ? (
          <span>{t('docx.example.none')}</span>
        ) : (
          <>
            {bid.deductions.slice(0, listLimit).map((line) => (
              <span key={line.requirementId} className={mergeClasses(styles.number, styles.line)}>
                <span className={styles.lineId}>{line.requirementId}</span> {money(line.amount)}
              </span>
            ))}
            {bid.deductions.length > listLimit && <span className={styles.how}>{t('docx.example.more', { count: bid.deductions.length - listLimit })}</span>}
          </>
        )}
      </span>
    </TableCell>
  );
  return (
    <ExampleShell
      intro={met}
      winner={example.winner}
      kind="value-deduction"
      lines={
        <ul className={styles.lines}>
          {example.bids.map((bid) => (
            <li key={bid.label}>
              {t('docx.example.comparisonLine', {
                bid: bid.label,
                price: money(bid.price),
                deduction: money(bid.totalDeduction),
                result: money(bid.comparisonPrice),
              })}
            </li>
          ))}
        </ul>
      }
    >
            <TableRow>
              <TableCell>{t('docx.example.price')}</TableCell>
              <TableCell className={styles.number}>{money(a.price)}</TableCell>
              <TableCell className={styles.number}>{money(b.price)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell>{t('docx.example.deductions')}</TableCell>
              {deductions(a)}
              {deductions(b)}
            </TableRow>
            <TableRow>
              <TableCell>{t('docx.example.totalDeduction')}</TableCell>
              <TableCell className={styles.number}>{money(a.totalDeduction)}</TableCell>
              <TableCell className={styles.number}>{money(b.totalDeduction)}</TableCell>
            </TableRow>
            <TableRow className={styles.totalRow}>
              <TableCell>{t('docx.example.comparisonPrice')}</TableCell>
              <TableCell className={styles.number}>{money(a.comparisonPrice)}</TableCell>
              <TableCell className={styles.number}>{money(b.comparisonPrice)}</TableCell>
            </TableRow>
    </ExampleShell>
  );
}
