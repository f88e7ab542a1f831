import { Button, makeStyles, mergeClasses, Switch, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowRightRegular, CheckmarkCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletenessCheck } from '../../../../shared/builder/completeness';
import { builderSteps, type BuilderStep } from '../../../../shared/builder/steps';
import type { Specification } from '../../../../shared/specification/model';
import { formatNumber } from '../../../../shared/format/numbers';
import type { StepTarget } from '../step-props';
import { checkText } from './check-texts';
import { ItemLinks } from './ItemLinks';
import { itemLabel } from './item-labels';
import { useReviewStyles } from './review-styles';
import { useUiLanguage } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  groupHeader: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  groupTitle: { ...typographyStyles.body1Strong, margin: 0 },
  groupStatus: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  check: {
    display: 'grid',
    gridTemplateColumns: '20px minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    ':not(:last-child)': { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  },
  openCheck: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  icon: { fontSize: '18px', display: 'flex', paddingTop: '1px' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  open: { color: tokens.colorPaletteDarkOrangeForeground1 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { lineHeight: tokens.lineHeightBase300 },
  doneLabel: { color: tokens.colorNeutralForeground2 },
  openLabel: { fontWeight: tokens.fontWeightSemibold },
  message: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  empty: { margin: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface CompletenessChecklistProps {
  checks: readonly CompletenessCheck[];
  spec: Specification;
  numberOf: ReadonlyMap<string, string>;
  goTo: (target: StepTarget) => void;
}

/** Every completeness check, grouped by the step that fixes it; open checks say what is missing and lead to it. */
export function CompletenessChecklist({ checks, spec, numberOf, goTo }: CompletenessChecklistProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useReviewStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const [onlyOpen, setOnlyOpen] = useState(false);
  const groups = builderSteps
    .map((step) => ({ step, checks: checks.filter((check) => check.step === step) }))
    .filter((group) => group.checks.length > 0);

  return (
    <section aria-labelledby={headingId} className={shared.block}>
      <div className={styles.toolbar}>
        <h3 id={headingId} className={shared.h3}>
          {t('steps.review.checklist.title')}
        </h3>
        <Switch label={t('steps.review.checklist.onlyOpen')} checked={onlyOpen} onChange={(_event, data) => setOnlyOpen(data.checked)} />
      </div>
      <div className={styles.groups}>
        {groups.map((group) => (
          <CheckGroup key={group.step} step={group.step} checks={group.checks} onlyOpen={onlyOpen} spec={spec} numberOf={numberOf} goTo={goTo} />
        ))}
      </div>
    </section>
  );
}

function CheckGroup({ step, checks, onlyOpen, spec, numberOf, goTo }: { step: BuilderStep; checks: readonly CompletenessCheck[]; onlyOpen: boolean } & Omit<CompletenessChecklistProps, 'checks'>): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const shared = useReviewStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const done = checks.filter((check) => check.done).length;
  const shown = onlyOpen ? checks.filter((check) => !check.done) : checks;
  const stepName = t(`steps.builder.names.${step}`);
  return (
    <section aria-labelledby={headingId} className={styles.group} data-review-step={step}>
      <div className={styles.groupHeader}>
        <h4 id={headingId} className={styles.groupTitle}>
          {stepName}
        </h4>
        <span className={styles.groupStatus}>{t('steps.review.checklist.groupStatus', { done: formatNumber(done, language), total: formatNumber(checks.length, language) })}</span>
      </div>
      {shown.length === 0 ? (
        <p className={styles.empty}>{t('steps.review.checklist.allDoneInStep')}</p>
      ) : (
        <ul className={styles.list}>
          {shown.map((check) => {
            const text = checkText(check, spec, language, t);
            return (
              <li key={check.id} className={mergeClasses(styles.check, !check.done && styles.openCheck)} data-check={check.id} data-done={check.done}>
                <span className={mergeClasses(styles.icon, check.done ? styles.done : styles.open)} aria-hidden>
                  {check.done ? <CheckmarkCircleFilled /> : <WarningFilled />}
                </span>
                <div className={styles.body}>
                  <span className={mergeClasses(styles.label, check.done ? styles.doneLabel : styles.openLabel)}>
                    <span className={shared.visuallyHidden}>{check.done ? t('steps.review.checklist.done') : t('steps.review.checklist.open')}: </span>
                    {text.label}
                  </span>
                  {text.message !== null && <p className={styles.message}>{text.message}</p>}
                  {!check.done && check.items.length > 0 && (
                    <ItemLinks
                      items={check.items.map((id) => ({ id, label: itemLabel(check.id, id, spec, numberOf, t) }))}
                      label={t('steps.review.checklist.itemsLabel', { check: text.label })}
                      onGo={(itemId) => goTo({ step: check.step, itemId })}
                    />
                  )}
                </div>
                {/* Untraced requirements taken from packs: the bulk dialog suggests a need for each pack's sections. */}
                {!check.done && check.id === 'tracing' && spec.needs.length > 0 && spec.requirements.some((requirement) => requirement.provenance !== null) && (
                  <Button size="small" appearance="subtle" icon={<ArrowRightRegular />} iconPosition="after" onClick={() => goTo({ step: check.step, check: check.id })}>
                    {t('steps.bulk.suggest')}
                  </Button>
                )}
                {!check.done && check.items.length === 0 && (
                  <Button size="small" appearance="subtle" icon={<ArrowRightRegular />} iconPosition="after" onClick={() => goTo({ step: check.step, check: check.id })}>
                    {t('steps.review.checklist.goToStep', { step: stepName })}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
