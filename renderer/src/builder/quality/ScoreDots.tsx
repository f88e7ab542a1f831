import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { scoreLevel, scoreLevels, type ScoreLevel } from '../../../../shared/quality/scores';
import { visuallyHidden } from '../../visually-hidden';

const useStyles = makeStyles({
  // Positioned, so the screen-reader text (absolutely placed) stays inside the dots and never stretches the window.
  root: { position: 'relative', display: 'inline-flex', alignItems: 'center', gap: '3px', whiteSpace: 'nowrap' },
  dot: {
    width: '8px',
    height: '8px',
    borderRadius: '50%',
    boxSizing: 'border-box',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: 'transparent',
  },
  large: { width: '12px', height: '12px' },
  high: { backgroundColor: tokens.colorPaletteGreenForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenForeground1}` },
  middle: { backgroundColor: tokens.colorPaletteDarkOrangeForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeForeground1}` },
  low: { backgroundColor: tokens.colorPaletteRedForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedForeground1}` },
  hidden: visuallyHidden,
});

/**
 * A requirement's (or a document's) quality as 1–5 dots. The dots are
 * decoration; the text alternative ("Quality 4 of 5 (90 points)") is in the
 * page for screen readers, and the filled count is the signal, colour only
 * adds to it.
 */
export function ScoreDots(props: { score: number; size?: 'small' | 'large'; className?: string } | { level: ScoreLevel; decorative: true; size?: 'small' | 'large'; className?: string }): React.JSX.Element {
  const { size = 'small', className } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const level = 'level' in props ? props.level : scoreLevel(props.score);
  const tone = level >= 4 ? styles.high : level === 3 ? styles.middle : styles.low;
  return (
    <span
      className={mergeClasses(styles.root, className)}
      aria-hidden={'level' in props ? true : undefined}
      data-score={'score' in props ? props.score : undefined}
      data-score-level={level}
      title={'score' in props ? t('steps.quality.scoreDetail', { level, score: props.score }) : undefined}
    >
      {'score' in props && <span className={styles.hidden}>{t('steps.quality.scoreDetail', { level, score: props.score })}</span>}
      {scoreLevels.map((dot) => (
        <span key={dot} aria-hidden className={mergeClasses(styles.dot, size === 'large' && styles.large, dot <= level && tone)} />
      ))}
    </span>
  );
}
