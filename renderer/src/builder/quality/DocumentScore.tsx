import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentQuality } from '../../../../shared/quality/scores';
import { ScoreDots } from './ScoreDots';
import { visuallyHidden } from '../../visually-hidden';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalL, alignItems: 'flex-start' },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: '160px' },
  label: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, margin: 0 },
  mean: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  meanValue: { ...typographyStyles.title3, fontVariantNumeric: 'tabular-nums' },
  sub: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  bars: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '3px', minWidth: '220px' },
  bar: { display: 'grid', gridTemplateColumns: '72px 120px auto', alignItems: 'center', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  track: { height: '8px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground4, overflow: 'hidden' },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  count: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  rules: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '2px', fontSize: tokens.fontSizeBase200 },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  hidden: visuallyHidden,
});

/** The document's quality: the mean requirement score (with dots), how many requirements sit at each level, and the most frequent rules. */
export function DocumentScore({ quality }: { quality: DocumentQuality }): React.JSX.Element | null {
  const styles = useStyles();
  const { t } = useTranslation();
  const histogramId = useId();
  const rulesId = useId();
  if (quality.mean === null) return null;
  const widest = Math.max(1, ...Object.values(quality.histogram));
  return (
    <div className={styles.root} data-testid="document-score" data-mean={quality.mean}>
      <div className={styles.part}>
        <p className={styles.label}>{t('steps.quality.mean')}</p>
        <div className={styles.mean}>
          <span className={styles.meanValue}>{t('steps.quality.meanValue', { mean: quality.mean })}</span>
          <ScoreDots score={quality.mean} size="large" />
        </div>
        <p className={styles.sub}>{t('steps.quality.scoredCount', { count: quality.scored })}</p>
      </div>
      <div className={styles.part}>
        <p id={histogramId} className={styles.label}>
          {t('steps.quality.histogram')}
        </p>
        <ul className={styles.bars} aria-labelledby={histogramId}>
          {([5, 4, 3, 2, 1] as const).map((level) => {
            const label = t('steps.quality.histogramLevel', { count: level, level });
            const count = quality.histogram[level];
            return (
              <li key={level} className={styles.bar} data-level={level} data-count={count}>
                <ScoreDots level={level} decorative />
                <span className={styles.track} aria-hidden>
                  <span className={styles.fill} style={{ display: 'block', width: `${(count / widest) * 100}%` }} />
                </span>
                <span className={styles.count}>
                  <span className={styles.hidden}>{label}: </span>
                  {count}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <div className={styles.part}>
        <p id={rulesId} className={styles.label}>
          {t('steps.quality.topRules')}
        </p>
        {quality.topRules.length === 0 ? (
          <p className={styles.sub}>{t('steps.quality.noTopRules')}</p>
        ) : (
          <ol className={styles.rules} aria-labelledby={rulesId}>
            {quality.topRules.map((rule) => (
              <li key={rule.ruleId} data-rule={rule.ruleId}>
                <span className={styles.ruleId}>{rule.ruleId}</span> {t(`steps.quality.names.${rule.ruleId}`)} — {t('steps.quality.ruleCount', { count: rule.count })}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
