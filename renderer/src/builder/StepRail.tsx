import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular, WarningFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { StepProgress } from '../../../shared/builder/completeness';
import type { StepState } from '../../../shared/builder/step-states';
import { builderSteps, type BuilderStep } from '../../../shared/builder/steps';

const useStyles = makeStyles({
  nav: { minWidth: '200px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, counterReset: 'step' },
  step: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow2,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1 },
  },
  icon: { gridRow: '1 / span 2', fontSize: '20px', display: 'flex' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  open: { color: tokens.colorPaletteDarkOrangeForeground1 },
  todo: { color: tokens.colorNeutralForeground3 },
  name: { overflowWrap: 'anywhere' },
  status: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  bar: { gridColumn: '2', height: '3px', marginTop: tokens.spacingVerticalXXS, borderRadius: '2px', backgroundColor: tokens.colorNeutralStroke2, overflow: 'hidden' },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
});

export interface StepRailProps {
  current: BuilderStep;
  progress: Record<BuilderStep, StepProgress>;
  /** Whether each step shows its problems yet (see shared/builder/step-states.ts). */
  states: Record<BuilderStep, StepState>;
  onSelect: (step: BuilderStep) => void;
}

/** The steps in order, each with how much of it is done and how many problems are open; any step can be opened. */
export function StepRail({ current, progress, states, onSelect }: StepRailProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <nav aria-label={t('steps.builder.railLabel')} className={styles.nav}>
      <ol className={styles.list}>
        {builderSteps.map((step, index) => {
          const { done, total, open } = progress[step];
          const state = states[step];
          const status = {
            nothing: t('steps.builder.nothingToCheck'),
            notStarted: t('steps.builder.stepNotStarted'),
            done: t('steps.builder.stepDone'),
            open: t('steps.builder.stepOpen', { count: open }),
          }[state];
          return (
            <li key={step}>
              <button
                type="button"
                className={mergeClasses(styles.step, step === current && styles.current)}
                aria-current={step === current ? 'step' : undefined}
                data-step={step}
                data-step-state={state}
                onClick={() => onSelect(step)}
              >
                <span className={mergeClasses(styles.icon, state === 'done' ? styles.done : state === 'open' ? styles.open : styles.todo)} aria-hidden>
                  {state === 'done' ? <CheckmarkCircleFilled /> : state === 'open' ? <WarningFilled /> : <CircleRegular />}
                </span>
                <span className={styles.name}>
                  {index + 1}. {t(`steps.builder.names.${step}`)}
                </span>
                <span className={styles.status}>{status}</span>
                {total > 0 && state !== 'notStarted' && (
                  <span className={styles.bar} aria-hidden>
                    <span className={styles.fill} style={{ width: `${Math.round((done / total) * 100)}%`, display: 'block' }} />
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
