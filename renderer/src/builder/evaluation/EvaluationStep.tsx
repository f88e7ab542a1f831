import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowRightRegular, CheckmarkCircleFilled, CircleRegular, DocumentTableSearchRegular } from '@fluentui/react-icons';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CheckId, CompletenessCheck } from '../../../../shared/builder/completeness';
import { builderMethods, builderPriceFormulas, evaluatedRequirements, setBasis, setMethod, setPriceFormula, shortText, unassignedEvaluated } from '../../../../shared/builder/evaluation-edits';
import { priceWeight, workedExample } from '../../../../shared/evaluation/worked-example';
import { inLanguage } from '../../../../shared/languages';
import { evaluationBases, type Requirement } from '../../../../shared/specification/model';
import type { UiLanguage } from '../../../../shared/languages';
import type { StepProps } from '../step-props';
import { useGoToCheck } from '../useGoToCheck';
import { ChoiceCards } from './ChoiceCards';
import { ClimateSection } from './ClimateSection';
import type { EvaluationContext } from './context';
import { CriteriaEditor } from './CriteriaEditor';
import { CriterionAmounts } from './CriterionAmounts';
import { DeductionsEditor } from './DeductionsEditor';
import { PointsEditor } from './PointsEditor';
import { formatNumber, formatPercent } from '../../../../shared/format/numbers';
import { DeductionExample, WeightedExample } from './WorkedExample';
import { SimulatorPanel } from './SimulatorPanel';
import { ResponsesEvaluation } from './ResponsesEvaluation';
import { useOpenDocument } from '../../open-document/DocumentContext';
import { plainTextOf } from '../../../../shared/text/rich-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  h3: { ...typographyStyles.subtitle2, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  lead: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  explanation: {
    margin: 0,
    maxWidth: '80ch',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  checks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  checklist: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  check: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  checkDone: { color: tokens.colorPaletteGreenForeground1 },
  checkOpen: { color: tokens.colorNeutralForeground3 },
  checkText: { color: tokens.colorNeutralForeground1 },
  checkHeader: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  checkCount: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  unassigned: { margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  unassignedItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  id: { fontFamily: tokens.fontFamilyMonospace },
  responsesEntry: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** The value of a check's figure, written for the UI language. */
function checkText(check: CompletenessCheck, t: TFunction, language: UiLanguage): string {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(check.values)) values[key] = formatPercent(value, language);
  return t(`steps.evaluation.checks.${check.id}`, values);
}

/** Issue #5: how bids are compared — basis, method, criteria and weights or deductions, price formula, and a worked example. */
export function EvaluationStep({ checks, focusItem, focusCheck, goTo }: StepProps): React.JSX.Element {
  const { editor, language } = useOpenDocument();
  const styles = useStyles();
  const { t } = useTranslation();
  const spec = editor.specification;
  const { evaluation } = spec;
  const primary = spec.primaryLanguage;
  const currency = spec.procurement.currency;
  const headingIds = { checks: useId(), basis: useId(), method: useId(), criteria: useId(), formula: useId(), deductions: useId(), amounts: useId(), points: useId(), example: useId(), simulator: useId(), climate: useId(), responses: useId() };
  /** The section that fixes each of the step's checks without items. */
  const headingOfCheck: Partial<Record<CheckId, string>> = {
    qualityMethod: headingIds.method,
    weights: headingIds.criteria,
    priceFormula: headingIds.formula,
    points: headingIds.points,
    climate: headingIds.climate,
  };
  useGoToCheck(focusCheck === null ? undefined : headingOfCheck[focusCheck]);
  // The buyer's evaluation of received responses opens in place of the model, and returns focus to its button.
  const [showingResponses, setShowingResponses] = useState(false);
  const openResponsesRef = useRef<HTMLButtonElement>(null);
  const backFromResponses = useRef(false);
  useEffect(() => {
    if (!showingResponses && backFromResponses.current) {
      backFromResponses.current = false;
      openResponsesRef.current?.focus();
    }
  }, [showingResponses]);

  const evaluated = useMemo(() => evaluatedRequirements(spec), [spec]);
  const unassigned = useMemo(() => unassignedEvaluated(spec), [spec]);
  const example = useMemo(() => workedExample(spec.evaluation, currency, evaluated.map((item) => item.requirement)), [spec.evaluation, currency, evaluated]);

  const context: EvaluationContext = {
    spec,
    language,
    primary,
    currency,
    edit: editor.edit,
    evaluated,
    // Read without markup (list markers, emphasis, references by their link text).
    requirementText: (requirement: Requirement) => shortText(plainTextOf(requirement.text[primary] || inLanguage(requirement.text, primary)).replace(/\s+/g, ' '), 90) || t('steps.evaluation.noText'),
  };
  const priceName = t('docx.evaluation.priceCriterion', { lng: primary });

  // "Go to" from elsewhere: a criterion's name field, or a requirement's deduction (or its line among those no criterion uses).
  useEffect(() => {
    if (focusItem === null) return;
    const target =
      (focusCheck === 'points' ? document.getElementById(`eval-points-${focusItem}`) : null) ??
      document.getElementById(`eval-criterion-${focusItem}`) ??
      document.getElementById(`eval-requirement-${focusItem}`);
    if (target === null) return;
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }, [focusItem, focusCheck]);

  const weighsQuality = evaluation.basis === 'price-quality';
  const weighted = weighsQuality && evaluation.method === 'weighted-points';
  const deducted = weighsQuality && evaluation.method === 'value-deduction';
  const added = weighsQuality && evaluation.method === 'value-addition';
  const done = checks.filter((check) => check.done).length;

  if (showingResponses) {
    return (
      <div className={styles.root}>
        <ResponsesEvaluation
          onBack={() => {
            setShowingResponses(false);
            backFromResponses.current = true;
          }}
        />
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <div className={styles.responsesEntry}>
        <Button ref={openResponsesRef} icon={<DocumentTableSearchRegular />} aria-describedby={headingIds.responses} onClick={() => setShowingResponses(true)}>
          {t('responseEvaluation.ui.open')}
        </Button>
        <span id={headingIds.responses} className={styles.lead}>
          {t('responseEvaluation.ui.openHint')}
        </span>
      </div>
      {checks.length > 0 && (
        <section aria-labelledby={headingIds.checks} className={styles.checks}>
          <div className={styles.checkHeader}>
            <h3 id={headingIds.checks} className={styles.h3}>
              {t('steps.evaluation.checksTitle')}
            </h3>
            <span className={styles.checkCount}>{t('steps.evaluation.checksCount', { done, count: checks.length })}</span>
          </div>
          <ul className={styles.checklist}>
            {checks.map((check) => (
              <li key={check.id} className={styles.check} data-check={check.id} data-done={check.done}>
                {check.done ? <CheckmarkCircleFilled className={styles.checkDone} aria-hidden /> : <CircleRegular className={styles.checkOpen} aria-hidden />}
                <span className={styles.checkText}>
                  {checkText(check, t, language)}
                  <span className="visually-hidden">{check.done ? ` — ${t('steps.evaluation.checkDone')}` : ` — ${t('steps.evaluation.checkOpen')}`}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby={headingIds.basis} className={styles.section}>
        <h3 id={headingIds.basis} className={styles.h3}>
          {t('steps.evaluation.basis.title')}
        </h3>
        <ChoiceCards
          labelledBy={headingIds.basis}
          value={evaluation.basis}
          choices={evaluationBases.map((basis) => ({ value: basis, label: t(`docx.evaluation.basisName.${basis}`), description: t(`steps.evaluation.basis.hint.${basis}`) }))}
          onChange={(basis) => editor.edit('evaluation.basis', (s) => setBasis(s, basis))}
        />
        {!weighsQuality && evaluated.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{t('steps.evaluation.basis.notCounted', { count: evaluated.length })}</MessageBarTitle>
              {t('steps.evaluation.basis.notCountedHelp')}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      {weighsQuality && (
        <section aria-labelledby={headingIds.method} className={styles.section}>
          <h3 id={headingIds.method} tabIndex={-1} className={styles.h3}>
            {t('steps.evaluation.method.title')}
          </h3>
          <ChoiceCards
            labelledBy={headingIds.method}
            value={evaluation.method}
            choices={builderMethods.map((method) => ({
              value: method,
              label: t(`steps.evaluation.method.name.${method}`),
              description: t(`steps.evaluation.method.hint.${method}`),
            }))}
            onChange={(method) => editor.edit('evaluation.method', (s) => setMethod(s, method, priceName))}
          />
          {evaluation.method === null && <p className={styles.lead}>{t('steps.evaluation.method.choose')}</p>}
        </section>
      )}

      {weighted && (
        <section aria-labelledby={headingIds.criteria} className={styles.section}>
          <h3 id={headingIds.criteria} tabIndex={-1} className={styles.h3}>
            {t('steps.evaluation.criteria.heading')}
          </h3>
          <p className={styles.lead}>{t('steps.evaluation.criteria.lead')}</p>
          <CriteriaEditor context={context} priceName={priceName} />
          {unassigned.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t('steps.evaluation.unassigned.title', { count: unassigned.length })}</MessageBarTitle>
                {t('steps.evaluation.unassigned.help')}
                <ul className={styles.unassigned}>
                  {unassigned.map((requirement) => (
                    <li key={requirement.id} id={`eval-requirement-${requirement.id}`} tabIndex={-1} className={styles.unassignedItem}>
                      <span className={styles.id}>{requirement.id}</span>
                      <span lang={primary}>{context.requirementText(requirement)}</span>
                      <Button
                        size="small"
                        appearance="transparent"
                        icon={<ArrowRightRegular />}
                        iconPosition="after"
                        aria-label={t('steps.evaluation.unassigned.goToLabel', { id: requirement.id })}
                        onClick={() => goTo({ step: 'requirements', itemId: requirement.id })}
                      >
                        {t('steps.evaluation.unassigned.goTo')}
                      </Button>
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}

      {weighted && (
        <section aria-labelledby={headingIds.formula} className={styles.section}>
          <h3 id={headingIds.formula} tabIndex={-1} className={styles.h3}>
            {t('steps.evaluation.formula.title')}
          </h3>
          <ChoiceCards
            labelledBy={headingIds.formula}
            value={evaluation.priceFormula}
            choices={builderPriceFormulas.map((formula) => ({
              value: formula,
              label: t(`steps.evaluation.formula.name.${formula}`),
              description: t(`steps.evaluation.formula.hint.${formula}`),
            }))}
            onChange={(formula) => editor.edit('evaluation.priceFormula', (s) => setPriceFormula(s, formula))}
          />
          {evaluation.priceFormula !== null && (
            <p className={styles.explanation}>{t(`docx.evaluation.formula.${evaluation.priceFormula}`, { max: formatNumber(priceWeight(evaluation), language) })}</p>
          )}
        </section>
      )}

      {weighted && evaluated.length > 0 && (
        <section aria-labelledby={headingIds.points} className={styles.section}>
          <h3 id={headingIds.points} tabIndex={-1} className={styles.h3}>
            {t('steps.evaluation.points.title')}
          </h3>
          <p className={styles.lead}>{t('steps.evaluation.points.lead')}</p>
          <PointsEditor context={context} />
        </section>
      )}

      {deducted && (
        <section aria-labelledby={headingIds.deductions} className={styles.section}>
          <h3 id={headingIds.deductions} className={styles.h3}>
            {t('steps.evaluation.deductions.title')}
          </h3>
          <p className={styles.lead}>{t('steps.evaluation.deductions.lead', { currency })}</p>
          {evaluated.length === 0 ? (
            <MessageBar intent="info">
              <MessageBarBody>{t('steps.evaluation.deductions.none')}</MessageBarBody>
            </MessageBar>
          ) : (
            <DeductionsEditor context={context} />
          )}
        </section>
      )}

      {added && (
        <section aria-labelledby={headingIds.amounts} className={styles.section}>
          <h3 id={headingIds.amounts} className={styles.h3}>
            {t('steps.evaluation.amounts.title')}
          </h3>
          <p className={styles.lead}>{t('steps.evaluation.amounts.lead', { currency })}</p>
          <CriterionAmounts context={context} />
        </section>
      )}

      {(example.kind === 'weighted-points' && weighted) || (example.kind === 'value-deduction' && deducted) ? (
        <section aria-labelledby={headingIds.example} className={styles.section}>
          <h3 id={headingIds.example} className={styles.h3}>
            {t('docx.example.title')}
          </h3>
          {example.kind === 'weighted-points' ? <WeightedExample context={context} example={example} /> : null}
          {example.kind === 'value-deduction' ? <DeductionExample context={context} example={example} /> : null}
        </section>
      ) : null}

      {weighsQuality && evaluation.method !== null && (
        <section aria-labelledby={headingIds.simulator} className={styles.section} data-testid="simulator">
          <h3 id={headingIds.simulator} className={styles.h3}>
            {t('steps.simulator.ui.title')}
          </h3>
          <SimulatorPanel context={context} />
        </section>
      )}

      {spec.jurisdiction === 'no' && (
        <section aria-labelledby={headingIds.climate} className={styles.section}>
          <h3 id={headingIds.climate} tabIndex={-1} className={styles.h3}>
            {t('steps.evaluation.climate.title')}
          </h3>
          <ClimateSection context={context} />
        </section>
      )}
    </div>
  );
}
