import { Field, makeStyles, mergeClasses, Textarea, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { environmentalWeight } from '../../../../shared/builder/completeness';
import { setEnvironmentalReason } from '../../../../shared/builder/evaluation-edits';
import type { EvaluationContext } from './context';
import { formatPercent } from '../../../../shared/format/numbers';
import { norwegianClimateMinimumPercent } from '../../../../shared/procurement-rules';


const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  meter: { position: 'relative', height: '12px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground3, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  fill: { position: 'absolute', top: 0, bottom: 0, left: 0, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorPaletteGreenBorderActive },
  marker: { position: 'absolute', top: '-4px', bottom: '-4px', width: '2px', backgroundColor: tokens.colorNeutralForeground1 },
  scale: { position: 'relative', height: '16px', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  scaleMark: { position: 'absolute', transform: 'translateX(-50%)' },
  status: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, margin: 0 },
  icon: { fontSize: '20px', flexShrink: 0 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  note: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
});

/** Norway: how much climate and environment weigh against the 30 % of FOA § 7-9, and the reason when they weigh less. */
export function ClimateSection({ context }: { context: EvaluationContext }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { spec, language, edit, primary } = context;
  const weight = environmentalWeight(spec);
  const enough = weight >= norwegianClimateMinimumPercent;
  const weighted = spec.evaluation.basis === 'price-quality' && spec.evaluation.method === 'weighted-points';
  const reason = spec.evaluation.environmentalReason ?? '';
  return (
    <div className={styles.root}>
      <div aria-hidden="true">
        <div className={styles.meter}>
          <div className={styles.fill} style={{ width: `${Math.min(100, weight)}%` }} />
          <div className={styles.marker} style={{ left: `calc(${norwegianClimateMinimumPercent}% - 1px)` }} />
        </div>
        <div className={styles.scale}>
          <span className={styles.scaleMark} style={{ left: '0%', transform: 'none' }}>
            {formatPercent(0, language)}
          </span>
          <span className={styles.scaleMark} style={{ left: `${norwegianClimateMinimumPercent}%` }}>
            {formatPercent(norwegianClimateMinimumPercent, language)}
          </span>
          <span className={styles.scaleMark} style={{ right: 0, transform: 'none' }}>
            {formatPercent(100, language)}
          </span>
        </div>
      </div>
      <p className={mergeClasses(styles.status, enough ? styles.ok : styles.warn)} data-climate-weight={weight}>
        {enough ? <CheckmarkCircleFilled className={styles.icon} aria-hidden /> : <WarningFilled className={styles.icon} aria-hidden />}
        <span>
          {t(enough ? 'steps.evaluation.climate.enough' : 'steps.evaluation.climate.below', {
            weight: formatPercent(weight, language),
            minimum: formatPercent(norwegianClimateMinimumPercent, language),
          })}
        </span>
      </p>
      {!weighted && <p className={styles.note}>{t('steps.evaluation.climate.onlyWeighted')}</p>}
      {!enough && (
        <Field
          label={t('steps.evaluation.climate.reason')}
          hint={t('steps.evaluation.climate.reasonHint')}
          validationState={reason.trim() === '' ? 'warning' : 'none'}
          validationMessage={reason.trim() === '' ? t('steps.evaluation.climate.reasonMissing') : undefined}
        >
          <Textarea
            lang={primary}
            rows={3}
            resize="vertical"
            value={reason}
            onChange={(_event, data) => edit('evaluation.environmentalReason', (s) => setEnvironmentalReason(s, data.value))}
          />
        </Field>
      )}
    </div>
  );
}
