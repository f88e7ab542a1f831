import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, ErrorCircleFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { weightSummary } from '../../../../shared/builder/evaluation-edits';
import type { EvaluationCriterion } from '../../../../shared/specification/model';
import { formatPercent } from '../../../../shared/format/numbers';
import { useUiLanguage } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  track: {
    position: 'relative',
    display: 'flex',
    height: '20px',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  segment: {
    height: '100%',
    boxSizing: 'border-box',
    borderRight: `2px solid ${tokens.colorNeutralBackground1}`,
    transitionProperty: 'width',
    transitionDuration: tokens.durationFast,
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  },
  rest: {
    height: '100%',
    flexGrow: 1,
    backgroundImage: `repeating-linear-gradient(135deg, transparent 0 6px, ${tokens.colorNeutralStroke2} 6px 8px)`,
  },
  hundred: { position: 'absolute', top: 0, bottom: 0, width: '2px', backgroundColor: tokens.colorPaletteRedBorderActive },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '10px', height: '10px', borderRadius: '2px', flexShrink: 0 },
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    minHeight: '24px',
  },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  icon: { fontSize: '20px', flexShrink: 0 },
});

/** The colours of the criteria in the bar and on their cards: price in the brand colour, climate in green, the rest in turn. */
const qualityColours = [
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteLavenderBorderActive,
  tokens.colorPalettePumpkinBorderActive,
  tokens.colorPaletteSteelBorderActive,
  tokens.colorPalettePlumBorderActive,
];

export function criterionColour(criterion: EvaluationCriterion, index: number, isPrice: boolean): string {
  if (isPrice) return tokens.colorBrandBackground;
  if (criterion.environmental === true) return tokens.colorPaletteGreenBorderActive;
  return qualityColours[index % qualityColours.length] ?? tokens.colorNeutralStroke1;
}

export interface WeightsBarProps {
  criteria: readonly EvaluationCriterion[];
  colourOf: (criterion: EvaluationCriterion) => string;
  nameOf: (criterion: EvaluationCriterion) => string;
}

/**
 * The weights as one bar out of 100 (a picture of the table below, hidden
 * from screen readers), a legend, and the running sum as a polite live
 * status that says what is left or too much.
 */
export function WeightsBar({ criteria, colourOf, nameOf }: WeightsBarProps): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const { t } = useTranslation();
  const summary = weightSummary(criteria);
  const scale = Math.max(100, summary.sum);
  const statusText =
    summary.status === 'exact'
      ? t('steps.evaluation.weights.exact', { sum: formatPercent(summary.sum, language) })
      : summary.status === 'under'
        ? t('steps.evaluation.weights.under', { sum: formatPercent(summary.sum, language), rest: formatPercent(summary.remaining, language) })
        : t('steps.evaluation.weights.over', { sum: formatPercent(summary.sum, language), rest: formatPercent(-summary.remaining, language) });
  return (
    <div className={styles.root}>
      <div className={styles.track} aria-hidden="true" data-testid="weights-bar">
        {criteria
          .filter((criterion) => criterion.weightPercent > 0)
          .map((criterion) => (
            <div key={criterion.id} className={styles.segment} style={{ width: `${(criterion.weightPercent / scale) * 100}%`, backgroundColor: colourOf(criterion) }} />
          ))}
        {summary.status === 'under' && <div className={styles.rest} />}
        {summary.status === 'over' && <div className={styles.hundred} style={{ left: `calc(${(100 / scale) * 100}% - 1px)` }} />}
      </div>
      {criteria.length > 0 && (
        <ul className={styles.legend} aria-hidden="true">
          {criteria.map((criterion) => (
            <li key={criterion.id} className={styles.legendItem}>
              <span className={styles.swatch} style={{ backgroundColor: colourOf(criterion) }} />
              {nameOf(criterion)} {formatPercent(criterion.weightPercent, language)}
            </li>
          ))}
        </ul>
      )}
      <div role="status" aria-live="polite" className={mergeClasses(styles.status, summary.status === 'exact' ? styles.ok : styles.error)} data-weight-status={summary.status}>
        {summary.status === 'exact' ? <CheckmarkCircleFilled className={styles.icon} aria-hidden /> : <ErrorCircleFilled className={styles.icon} aria-hidden />}
        <span>{statusText}</span>
      </div>
    </div>
  );
}
