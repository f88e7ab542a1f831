import { useHints } from '../open-document/hints';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CheckId, checkCompleteness, progressByStep, type StepProgress } from '../../../shared/builder/completeness';
import { stepStates, stepsWithContent, type StepState } from '../../../shared/builder/step-states';
import type { BuilderStep } from '../../../shared/builder/steps';
import type { Specification } from '../../../shared/specification/model';
import { IncrementalLinter } from '../../../shared/quality/incremental';
import { EvaluationStep } from './evaluation/EvaluationStep';
import { NeedsStep } from './needs/NeedsStep';
import { ProcurementStep } from './procurement/ProcurementStep';
import { RequirementsStep } from './requirements/RequirementsStep';
import { ReviewStep } from './review/ReviewStep';
import type { StepProps, StepTarget } from './step-props';
import { StepRail } from './StepRail';
import { WhyPanel } from './WhyPanel';
import { useOpenDocument } from '../open-document/DocumentContext';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(190px, 230px) minmax(0, 1fr)',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXL,
    '@media (max-width: 860px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  rail: { position: 'sticky', top: 0, '@media (max-width: 860px)': { position: 'static' } },
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalXXL,
    boxShadow: tokens.shadow4,
  },
  heading: { ...typographyStyles.title3, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  lead: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
});

const stepPages: Record<BuilderStep, (props: StepProps) => React.JSX.Element> = {
  procurement: ProcurementStep,
  needs: NeedsStep,
  requirements: RequirementsStep,
  evaluation: EvaluationStep,
  review: ReviewStep,
};

export interface SpecificationBuilderProps {
  /** The step to show; owned by the workspace so menu commands can move it. */
  step: BuilderStep;
  onStepChange: (step: BuilderStep) => void;
  onOpenLibrary: () => void;
  onExport: () => void;
  /** Grows by one each time the user asks to find a requirement. */
  findRequest: number;
  /** A "go to" from outside the builder (the export's preflight); each new request number goes there once. */
  goToRequest?: GoToRequest | null;
}

/** A place in the builder to go to, numbered so that going to the same place twice goes twice. */
export interface GoToRequest {
  target: StepTarget;
  request: number;
}

/**
 * One quality linter for the document, kept across steps: its findings are
 * cached per requirement, so opening the Requirements step again does not
 * check every requirement afresh. While the browser is idle (after the
 * document opens, after an edit elsewhere) it checks what has changed, so
 * the first visit to the Requirements step finds the work done.
 */
function useWarmLinter(spec: Specification): IncrementalLinter {
  const [linter] = useState(() => new IncrementalLinter());
  useEffect(() => {
    const idle = requestIdleCallback(() => linter.lint(spec), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [linter, spec]);
  return linter;
}

/**
 * Whether each step shows its problems yet: a step is worked in once it holds
 * something or the user edited while it was open; opening the Review step asks
 * for every step's problems. Kept for the session of the open document.
 */
function useStepStates(spec: Specification, step: BuilderStep, progress: Record<BuilderStep, StepProgress>): Record<BuilderStep, StepState> {
  // Adjusted while rendering (React's pattern for state that follows props): an edit marks the open step, the Review step asks for all.
  const [tracked, setTracked] = useState<{ spec: Specification; edited: ReadonlySet<BuilderStep>; reviewAsked: boolean }>(() => ({ spec, edited: new Set(), reviewAsked: step === 'review' }));
  if (tracked.spec !== spec || (step === 'review' && !tracked.reviewAsked)) {
    const edited = tracked.spec !== spec && !tracked.edited.has(step) ? new Set([...tracked.edited, step]) : tracked.edited;
    setTracked({ spec, edited, reviewAsked: tracked.reviewAsked || step === 'review' });
  }
  const { edited, reviewAsked } = tracked;
  const content = useMemo(() => stepsWithContent(spec), [spec]);
  return useMemo(() => stepStates(progress, new Set([...content, ...edited]), reviewAsked), [progress, content, edited, reviewAsked]);
}

/** The guided steps: the progress rail beside the current step's page. */
export function SpecificationBuilder({ step, onStepChange, onOpenLibrary, onExport, findRequest, goToRequest = null }: SpecificationBuilderProps): React.JSX.Element {
  const { editor } = useOpenDocument();
  const styles = useStyles();
  const { t } = useTranslation();
  const spec = editor.specification;
  const checks = useMemo(() => checkCompleteness(spec), [spec]);
  const progress = useMemo(() => progressByStep(checks), [checks]);
  const states = useStepStates(spec, step, progress);
  const [whyOpen, setWhyOpen] = useState(true);
  const [focusItem, setFocusItem] = useState<string | null>(null);
  const [focusCheck, setFocusCheck] = useState<CheckId | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const linter = useWarmLinter(spec);
  const hints = useHints();

  // A step change moves focus to the new step's heading (not on first render: the document heading has it),
  // unless the step was opened to go to an item, a check's fields or to find a requirement: those take focus themselves.
  const findSeen = useRef(findRequest);
  useEffect(() => {
    const finding = findSeen.current !== findRequest;
    findSeen.current = findRequest;
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (focusItem === null && focusCheck === null && !finding) headingRef.current?.focus();
  }, [step, focusItem, focusCheck, findRequest]);

  const goTo = (target: StepTarget): void => {
    setFocusItem(target.itemId ?? null);
    setFocusCheck(target.check ?? null);
    onStepChange(target.step);
  };

  // A request from outside goes to its target once.
  const goneTo = useRef(goToRequest?.request ?? 0);
  useEffect(() => {
    if (goToRequest === null || goToRequest.request === goneTo.current) return;
    goneTo.current = goToRequest.request;
    setFocusItem(goToRequest.target.itemId ?? null);
    setFocusCheck(goToRequest.target.check ?? null);
    onStepChange(goToRequest.target.step);
  }, [goToRequest, onStepChange]);

  const Page = stepPages[step];
  return (
    <div className={styles.layout}>
      <div className={styles.rail}>
        <StepRail current={step} progress={progress} states={states} onSelect={(next) => goTo({ step: next })} />
      </div>
      <section className={styles.page} aria-labelledby="step-heading" data-current-step={step}>
        <div>
          <h2 id="step-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
            {t(`steps.builder.names.${step}`)}
          </h2>
          <p className={styles.lead}>{t(`steps.builder.lead.${step}`)}</p>
        </div>
        {hints.guidance && <WhyPanel step={step} jurisdiction={spec.jurisdiction} open={whyOpen} onToggle={setWhyOpen} />}
        <Page
          checks={step === 'review' ? checks : checks.filter((check) => check.step === step)}
          focusItem={focusItem}
          focusCheck={focusCheck}
          goTo={goTo}
          onOpenLibrary={onOpenLibrary}
          onExport={onExport}
          findRequest={findRequest}
          linter={linter}
        />
      </section>
    </div>
  );
}

