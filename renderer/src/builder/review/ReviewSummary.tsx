import { Button, makeStyles, mergeClasses, ProgressBar, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowExportRegular, CheckmarkCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { CompletenessCheck } from '../../../../shared/builder/completeness';
import { formatNumber } from '../../../../shared/format/numbers';
import { useUiLanguage } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  export: { gridColumn: '3', gridRow: '1' },
  ready: { backgroundColor: tokens.colorPaletteGreenBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}` },
  notReady: { backgroundColor: tokens.colorPaletteYellowBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}` },
  icon: { gridRow: '1 / span 2', alignSelf: 'start', fontSize: '28px', display: 'flex' },
  readyIcon: { color: tokens.colorPaletteGreenForeground1 },
  notReadyIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  detail: { margin: `${tokens.spacingVerticalXXS} 0 0`, color: tokens.colorNeutralForeground2 },
  progress: { gridColumn: '2 / -1', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  count: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1, fontVariantNumeric: 'tabular-nums' },
});

/** "N of M checks done" and whether the specification is ready for export; announced when it changes. */
export function ReviewSummary({ checks, onExport }: { checks: readonly CompletenessCheck[]; onExport?: () => void }): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const { t } = useTranslation();
  const total = checks.length;
  const done = checks.filter((check) => check.done).length;
  const open = total - done;
  const ready = open === 0;
  const progress = t('steps.review.summary.progress', { count: total, done: formatNumber(done, language) });
  return (
    <div className={mergeClasses(styles.card, ready ? styles.ready : styles.notReady)} data-ready={ready}>
      <span className={mergeClasses(styles.icon, ready ? styles.readyIcon : styles.notReadyIcon)} aria-hidden>
        {ready ? <CheckmarkCircleFilled /> : <WarningFilled />}
      </span>
      <div role="status" aria-live="polite" aria-atomic="true">
        <p className={styles.title}>{ready ? t('steps.review.summary.ready') : t('steps.review.summary.notReady', { count: open })}</p>
        <p className={styles.detail}>{total === 0 ? t('steps.review.summary.nothingToCheck') : ready ? t('steps.review.summary.readyDetail') : t('steps.review.summary.notReadyDetail')}</p>
      </div>
      <div className={styles.progress}>
        <ProgressBar value={total === 0 ? 0 : done / total} thickness="large" color={ready ? 'success' : 'brand'} aria-label={t('steps.review.summary.progressLabel')} aria-valuetext={progress} />
        <span className={styles.count}>{progress}</span>
      </div>
      {onExport !== undefined && (
        <Button className={styles.export} appearance={ready ? 'primary' : 'secondary'} icon={<ArrowExportRegular />} onClick={onExport}>
          {t('steps.review.summary.export')}
        </Button>
      )}
    </div>
  );
}
