import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../../shared/quality/rules';
import { documentNearDuplicates, type IncrementalLinter, withNearDuplicates } from '../../../../shared/quality/incremental';
import { documentQuality, groupByRequirement } from '../../../../shared/quality/scores';
import type { Specification } from '../../../../shared/specification/model';
import { DocumentScore } from '../quality/DocumentScore';
import type { StepTarget } from '../step-props';
import { languageName } from './check-texts';
import { ItemLinks } from './ItemLinks';
import { requirementLabel } from './item-labels';
import { useReviewStyles } from './review-styles';
import { useUiLanguage } from '../../open-document/DocumentContext';

const severities: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  counts: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  count: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  zero: { color: tokens.colorNeutralForeground2 },
  score: { paddingBottom: tokens.spacingVerticalS },
  icon: { fontSize: '16px', display: 'flex' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  errors: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const icons: Record<Severity, React.JSX.Element> = { error: <ErrorCircleFilled />, warning: <WarningFilled />, info: <InfoFilled /> };

/**
 * What the quality checker finds in the requirement texts, counted by
 * severity, with the requirements that have errors to go to. (The quality
 * and innovation reviews of later issues will give this part more detail.)
 */
export function QualitySummary({
  spec,
  numberOf,
  goTo,
  linter,
}: {
  spec: Specification;
  numberOf: ReadonlyMap<string, string>;
  goTo: (target: StepTarget) => void;
  /** The document's linter, whose findings are cached per requirement. */
  linter: IncrementalLinter;
}): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const shared = useReviewStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const errorsId = useId();
  const { requirements, primaryLanguage } = spec;
  // Near-duplicates compare every requirement with the others: only when the requirements change.
  const duplicates = useMemo(() => documentNearDuplicates(requirements, primaryLanguage), [requirements, primaryLanguage]);
  // What the whole-document check gives, with each requirement's findings from the linter's cache.
  const findings = useMemo(() => [...withNearDuplicates(spec, linter.lint(spec), duplicates).values()].flat(), [spec, linter, duplicates]);
  const quality = useMemo(() => {
    const byRequirement = groupByRequirement(findings);
    const withText = requirements.filter((requirement) => (requirement.text[primaryLanguage] ?? '').trim() !== '').map((requirement) => requirement.id);
    return documentQuality(withText, (id) => byRequirement.get(id));
  }, [findings, requirements, primaryLanguage]);
  const counts = Object.fromEntries(severities.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length])) as Record<Severity, number>;
  const withErrors = [...new Set(findings.filter((finding) => finding.severity === 'error').map((finding) => finding.requirementId))];
  const order = new Map([...numberOf.keys()].map((id, index) => [id, index]));
  withErrors.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  const checked = requirements.some((requirement) => (requirement.text[primaryLanguage] ?? '').trim() !== '');

  return (
    <section aria-labelledby={headingId} className={shared.block} data-review-part="quality">
      <h3 id={headingId} className={shared.h3}>
        {t('steps.review.quality.title')}
      </h3>
      <p className={shared.intro}>{t('steps.review.quality.intro', { language: languageName(language, primaryLanguage) })}</p>
      {!checked ? (
        <p className={styles.note}>{t('steps.review.quality.noRequirements')}</p>
      ) : (
        <>
          <div className={styles.score} role="group" aria-label={t('steps.quality.documentScore')}>
            <DocumentScore quality={quality} />
          </div>
          <ul className={styles.counts} aria-label={t('steps.review.quality.countsLabel')}>
            {severities.map((severity) => (
              <li key={severity} className={mergeClasses(styles.count, counts[severity] === 0 && styles.zero)} data-severity={severity} data-count={counts[severity]}>
                <span className={mergeClasses(styles.icon, counts[severity] === 0 ? styles.muted : styles[severity])} aria-hidden>
                  {icons[severity]}
                </span>
                {t(`steps.review.quality.count.${severity}`, { count: counts[severity] })}
              </li>
            ))}
          </ul>
          {findings.length === 0 && <p className={styles.note}>{t('steps.review.quality.none')}</p>}
          {withErrors.length > 0 && (
            <div className={styles.errors}>
              <h4 id={errorsId} className={shared.h4}>
                {t('steps.review.quality.errorsTitle')}
              </h4>
              <ItemLinks
                items={withErrors.map((id) => ({ id, label: requirementLabel(id, numberOf) }))}
                label={t('steps.review.quality.errorsTitle')}
                onGo={(itemId) => goTo({ step: 'requirements', itemId })}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
