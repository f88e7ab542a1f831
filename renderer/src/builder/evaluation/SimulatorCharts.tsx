/**
 * The simulator's charts (issue #20), drawn with @fluentui/react-charts so
 * that they follow the light, dark and high-contrast themes: each bid's total
 * stacked by criterion, the weight sweep of the weight the user is trying as
 * lines with the switch points marked, and the price at which the runner-up
 * would win. Every chart can be shown as a table with the same figures.
 * The figures come from the outcome the panel already computed; nothing here
 * runs the engine again.
 */
import { DataVizPalette, getColorFromToken, LineChart, VerticalBarChart, VerticalStackedBarChart, type LineChartPoints, type VerticalStackedChartProps } from '@fluentui/react-charts';
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, ToggleButton, tokens, typographyStyles } from '@fluentui/react-components';
import { TableRegular } from '@fluentui/react-icons';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bidBars, sweepPicture } from '../../../../shared/evaluation/chart-data';
import type { PriceBreakEvenCheck } from '../../../../shared/evaluation/checks';
import { modelName, moneyText, pointsText, type MessageContext } from '../../../../shared/evaluation/check-messages';
import { exact } from '../../../../shared/evaluation/exact';
import { isPointsModel } from '../../../../shared/evaluation/setup';
import type { SimulationOutcome } from '../../../../shared/evaluation/simulation';
import { formatNumber, formatPercent } from '../../../../shared/format/numbers';
import { localeOf } from '../../../../shared/languages';

const useStyles = makeStyles({
  charts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))', gap: tokens.spacingHorizontalXL },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  // The chart library capitalises every word of a legend ("Weight Now"); our labels are sentences already.
  chart: { minHeight: '280px', width: '100%', '& .fui-legend__text': { textTransform: 'none' } },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  figureText: { fontVariantNumeric: 'tabular-nums' },
});

const palette = [
  DataVizPalette.color1,
  DataVizPalette.color2,
  DataVizPalette.color3,
  DataVizPalette.color4,
  DataVizPalette.color5,
  DataVizPalette.color6,
  DataVizPalette.color7,
  DataVizPalette.color8,
  DataVizPalette.color9,
  DataVizPalette.color10,
];
const tokenAt = (index: number): string => palette[index % palette.length] ?? DataVizPalette.color1;

/** Whether the app shows a dark theme (dark or high contrast), followed live: the charts' colours are picked for the background. */
function useDarkBackground(): boolean {
  const read = (): boolean => document.documentElement.dataset['theme'] === 'dark' || document.documentElement.dataset['theme'] === 'highContrast';
  const [dark, setDark] = useState(read);
  useEffect(() => {
    const observer = new MutationObserver(() => setDark(read()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return dark;
}

/** A chart with a caption and a button that shows its figures as a table instead. */
function ChartFigure({ title, note, chart, table, testId }: { title: string; note?: string | undefined; chart: React.ReactNode; table: React.ReactNode; testId: string }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  return (
    <figure className={styles.figure} aria-labelledby={titleId} data-testid={testId} data-view={asTable ? 'table' : 'chart'}>
      <figcaption className={styles.caption}>
        <h5 id={titleId} className={styles.title}>
          {title}
        </h5>
        <ToggleButton size="small" appearance="subtle" icon={<TableRegular />} checked={asTable} onClick={() => setAsTable((value) => !value)}>
          {t('steps.simulator.ui.chart.asTable')}
        </ToggleButton>
      </figcaption>
      {note !== undefined && <p className={styles.note}>{note}</p>}
      {asTable ? table : <div className={styles.chart}>{chart}</div>}
    </figure>
  );
}

export interface SimulatorChartsProps {
  outcome: SimulationOutcome;
  messages: MessageContext;
  /** The weight whose sweep to draw: null for the price weight, or a criterion's id. */
  sweptId: string | null;
}

export function SimulatorCharts({ outcome, messages, sweptId }: SimulatorChartsProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { language } = messages;
  const ui = (key: string, values: Record<string, string | number> = {}): string => t(`steps.simulator.ui.${key}`, values);
  const { setup } = outcome;
  const points = isPointsModel(setup.model);
  const culture = localeOf[language];
  const dark = useDarkBackground();
  const colour = (token: string): string => getColorFromToken(token, dark);
  const colourAt = (index: number): string => colour(tokenAt(index));

  const bars = useMemo(() => bidBars(outcome), [outcome]);
  const partNames = [points ? ui('chart.pricePart') : setup.model === 'addition' ? ui('chart.priceOnly') : ui('chart.comparisonPart'), ...setup.items.map((item) => item.name)];
  const value = (figure: number): string => (points ? pointsText(exact(figure), language) : moneyText(exact(figure), messages));
  const stacked: VerticalStackedChartProps[] = bars.map((bar) => ({
    xAxisPoint: bar.name,
    stackCallOutAccessibilityData: { ariaLabel: ui('chart.barLabel', { bid: bar.name, value: value(bar.height) }) },
    chartData: bar.parts.map((part, index) => ({
      legend: partNames[index] ?? '',
      data: part.value,
      color: colourAt(index),
      yAxisCalloutData: value(part.value),
      callOutAccessibilityData: { ariaLabel: `${bar.name}, ${partNames[index] ?? ''}: ${value(part.value)}` },
    })),
  }));
  const totalsTitle = points ? ui('chart.totalsTitle', { model: modelName(setup.model, language) }) : ui('chart.comparisonTitle', { model: modelName(setup.model, language) });
  const totalsTable = (
    <Table size="small" aria-label={totalsTitle}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{ui('name')}</TableHeaderCell>
          {partNames.map((name) => (
            <TableHeaderCell key={name}>{name}</TableHeaderCell>
          ))}
          <TableHeaderCell>{points ? ui('chart.total') : setup.model === 'addition' ? ui('chart.comparisonPrice') : ui('chart.price')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {bars.map((bar) => (
          <TableRow key={bar.id}>
            <TableCell>{bar.name}</TableCell>
            {bar.parts.map((part, index) => (
              <TableCell key={part.id ?? `price-${index}`} className={styles.figureText}>
                {value(part.value)}
              </TableCell>
            ))}
            <TableCell className={styles.figureText}>{value(bar.height)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );

  const sweep = outcome.sweeps.find((candidate) => candidate.subject === 'weight' && (candidate.item?.id ?? null) === sweptId);
  const picture = useMemo(() => (sweep === undefined ? null : sweepPicture(sweep)), [sweep]);
  const names = new Map(bars.map((bar) => [bar.id, bar.name]));
  const sweptName = sweptId === null ? (setup.priceCriterion?.name ?? t('steps.simulator.priceWeight')) : (setup.items.find((item) => item.id === sweptId)?.name ?? sweptId);
  const sweepTitle = ui('chart.sweepTitle', { item: sweptName });
  // Each bid's total as a line; the weight now and each switch point as a vertical line from the axis up to where the lines meet.
  const top = picture === null ? 0 : Math.max(0, ...picture.lines.flatMap((line) => line.points.map((point) => point.y)));
  const upright = (x: number, y: number): { x: number; y: number }[] => [
    { x, y: 0 },
    { x, y },
  ];
  const lines: LineChartPoints[] =
    picture === null
      ? []
      : [
          ...picture.lines.map((line, index) => ({
            legend: names.get(line.id) ?? line.id,
            color: colourAt(index),
            data: line.points.map((point) => ({ x: point.x, y: point.y, xAxisCalloutData: formatPercent(point.x, language), yAxisCalloutData: pointsText(exact(point.y), language) })),
          })),
          { legend: ui('chart.nowLegend'), color: colour(DataVizPalette.color12), lineOptions: { strokeDasharray: '4 4' }, data: upright(picture.current, top) },
          ...picture.switches.map((point, index) => ({
            legend: picture.switches.length === 1 ? ui('chart.switchLegend') : `${ui('chart.switchLegend')} ${index + 1}`,
            color: colour(DataVizPalette.warning),
            data: upright(point.x, point.y),
          })),
        ];
  const switchText = (point: { x: number; fromId: string; toId: string }): string =>
    ui('chart.switchAt', { at: formatPercent(point.x, language), item: sweptName, to: names.get(point.toId) ?? point.toId, from: names.get(point.fromId) ?? point.fromId });
  const sweepTable =
    picture === null ? null : (
      <Table size="small" aria-label={sweepTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{ui('chart.weight', { item: sweptName })}</TableHeaderCell>
            <TableHeaderCell>{ui('chart.leader')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            <TableCell className={styles.figureText}>{formatPercent(picture.current, language)}</TableCell>
            <TableCell>{ui('chart.now', { bid: outcome.winner?.name ?? t('steps.simulator.tie') })}</TableCell>
          </TableRow>
          {picture.switches.map((point) => (
            <TableRow key={`${point.x}-${point.toId}`}>
              <TableCell className={styles.figureText}>{formatPercent(point.x, language)}</TableCell>
              <TableCell>{switchText(point)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );

  // A bid keeps its colour from chart to chart: its place in the order the bids were entered, as the sweep's lines have them.
  const entered = outcome.sweeps[0]?.lines.map((line) => line.id) ?? bars.map((bar) => bar.id);
  const bidColour = (id: string): string => colourAt(Math.max(0, entered.indexOf(id)));
  const breakEven = outcome.checks.find((check): check is PriceBreakEvenCheck => check.kind === 'break-even' && check.subject === 'price');
  const breakEvenTitle = breakEven === undefined ? '' : ui('chart.breakEvenTitle', { bid: breakEven.bid.name });
  const winnerPrice = breakEven === undefined ? undefined : outcome.ranking.find((entry) => entry.result.id === breakEven.winner.id)?.result.price;
  const breakEvenRows =
    breakEven === undefined
      ? []
      : [
          { label: ui('chart.offered', { bid: breakEven.bid.name }), amount: breakEven.price, colour: bidColour(breakEven.bid.id) },
          { label: ui('chart.wouldWin', { bid: breakEven.bid.name }), amount: breakEven.breakEvenPrice, colour: colour(DataVizPalette.color11) },
          ...(winnerPrice === undefined ? [] : [{ label: ui('chart.offered', { bid: breakEven.winner.name }), amount: winnerPrice, colour: bidColour(breakEven.winner.id) }]),
        ];

  return (
    <div className={styles.charts} data-testid="simulation-charts">
      <ChartFigure
        testId="chart-totals"
        title={totalsTitle}
        chart={
          <VerticalStackedBarChart
            data={stacked}
            height={280}
            culture={culture}
            chartTitle={totalsTitle}
            barWidth="auto"
            maxBarWidth={48}
            hideLabels
            yAxisTickFormat={(tick: number) => formatNumber(tick, language, 0)}
          />
        }
        table={totalsTable}
      />
      {picture !== null && (
        <ChartFigure
          testId="chart-sweep"
          title={sweepTitle}
          note={picture.switches.length === 0 ? ui('chart.noSwitch', { item: sweptName }) : picture.switches.map(switchText).join('; ')}
          chart={
            <LineChart
              data={{ chartTitle: sweepTitle, lineChartData: lines }}
              height={280}
              culture={culture}
              xAxisTitle={ui('chart.weight', { item: sweptName })}
              yAxisTitle={ui('chart.total')}
              tickFormat={(tick: number | Date) => formatPercent(Number(tick), language)}
            />
          }
          table={sweepTable}
        />
      )}
      {breakEven !== undefined && (
        <ChartFigure
          testId="chart-break-even"
          title={breakEvenTitle}
          note={ui('chart.breakEvenNote', { bid: breakEven.bid.name, price: moneyText(breakEven.breakEvenPrice, messages), winner: breakEven.winner.name })}
          chart={
            <VerticalBarChart
              data={breakEvenRows.map((row) => ({ x: row.label, y: Number(row.amount.toFixed(2)), color: row.colour, legend: row.label, yAxisCalloutData: moneyText(row.amount, messages) }))}
              height={280}
              culture={culture}
              chartTitle={breakEvenTitle}
              wrapXAxisLables
              hideLegend
              hideLabels
              yAxisTickFormat={(tick: number) => formatNumber(tick, language, 0)}
            />
          }
          table={
            <Table size="small" aria-label={breakEvenTitle}>
              <TableBody>
                {breakEvenRows.map((row) => (
                  <TableRow key={row.label}>
                    <TableCell>{row.label}</TableCell>
                    <TableCell className={styles.figureText}>{moneyText(row.amount, messages)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          }
        />
      )}
    </div>
  );
}
