import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { assessThresholds, type Regime } from '../../../../shared/builder/thresholds';
import { inLanguage } from '../../../../shared/languages';
import { currencies, proceduresByJurisdiction, type Currency, type ProcedureId, type Specification } from '../../../../shared/specification/model';
import type { ProcurementEdit } from './edit-procurement';
import { parseAmount, todayIso } from '../../../../shared/locale-input';
import { formatAmount } from '../../../../shared/format/numbers';
import { useSectionStyles } from './SectionCard';
import { ThresholdPanel } from './ThresholdPanel';
import { useDraft } from '../useDraft';
import type { RulesState } from './useRules';
import { useUiLanguage } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  layout: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr) 6.5rem',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr) 6.5rem' },
    // Each field keeps to its column (an input's own width would otherwise run up against the next field).
    '& > *': { minWidth: 0 },
    '& input, & select': { minWidth: 0, width: '100%' },
  },
  // Grid items shrink below their content (a native select is as wide as its longest option).
  cell: { minWidth: 0 },
  procedure: { minWidth: 0, '@media (max-width: 720px)': { gridColumn: '1 / -1' } },
  select: { minWidth: 0, width: '100%' },
});

const belowRegimes: ReadonlySet<Regime> = new Set(['outside-act', 'direct-award', 'below-national', 'national', 'below-eu']);

export interface ProcedureSectionProps {
  spec: Specification;
  edit: ProcurementEdit;
  rules: RulesState;
}

/** The procedure, the estimated value and its currency, beside the thresholds that value falls under. */
export function ProcedureSection({ spec, edit, rules }: ProcedureSectionProps): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const section = useSectionStyles();
  const { t } = useTranslation();
  const { procurement, jurisdiction } = spec;
  const key = 'steps.procurement';

  const value = useDraft<number | null>(
    procurement.estimatedValue,
    (amount) => formatAmount(amount, language),
    (text) => {
      const parsed = parseAmount(text, language);
      return parsed.ok ? parsed : { ok: false, problem: t(`${key}.value.problems.${parsed.problem}`) };
    },
    (amount) => edit('estimatedValue', (p) => ({ ...p, estimatedValue: amount })),
  );

  const today = todayIso();
  const ruleList = rules.kind === 'ready' ? rules.rules : null;
  const assessment = useMemo(
    () => (ruleList === null ? null : assessThresholds({ rules: ruleList, jurisdiction, value: procurement.estimatedValue, currency: procurement.currency, today })),
    [ruleList, jurisdiction, procurement.estimatedValue, procurement.currency, today],
  );
  const overview = useMemo(() => {
    if (ruleList === null) return [];
    const all = assessThresholds({ rules: ruleList, jurisdiction, value: 0, currency: procurement.currency, today });
    return all.kind === 'placed' ? all.rows : [];
  }, [ruleList, jurisdiction, procurement.currency, today]);

  const procedureRule = ruleList?.find((entry) => entry.jurisdiction === jurisdiction)?.procedures.find((rule) => rule.id === procurement.procedure);
  const regime = assessment?.kind === 'placed' ? assessment.regime : null;
  let procedureWarning: string | undefined;
  if (regime !== null && procedureRule?.applies === 'above-threshold' && belowRegimes.has(regime)) procedureWarning = t(`${key}.procedure.aboveOnly`);
  if (regime === 'above-eu' && procedureRule?.applies === 'below-threshold') procedureWarning = t(`${key}.procedure.belowOnly`);

  return (
    <div className={styles.layout}>
      <div className={styles.fields}>
        <Field
          className={styles.procedure}
          label={t(`${key}.procedure.label`)}
          hint={procedureRule === undefined ? undefined : t(`${key}.procedure.anchor`, { anchor: inLanguage(procedureRule.anchor, language) })}
          validationState={procedureWarning === undefined ? undefined : 'warning'}
          validationMessage={procedureWarning}
        >
          <Select
            className={styles.cell}
            select={{ className: styles.select }}
            value={procurement.procedure ?? ''}
            onChange={(_e, d) => edit('procedure', (p) => ({ ...p, procedure: d.value === '' ? null : (d.value as ProcedureId) }))}
          >
            <option value="">{t(`${key}.procedure.undecided`)}</option>
            {proceduresByJurisdiction[jurisdiction].map((id) => (
              <option key={id} value={id}>
                {t(`docx.procedure.${id}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.cell} label={t(`${key}.value.label`)} hint={t(`${key}.value.hint`)} validationMessage={value.problem}>
          <Input
            inputMode="decimal"
            className={section.number}
            value={value.text}
            onChange={(_e, d) => value.onChange(d.value)}
            onBlur={value.onBlur}
            autoComplete="off"
          />
        </Field>
        <Field className={styles.cell} label={t(`${key}.value.currency`)}>
          <Select value={procurement.currency} onChange={(_e, d) => edit('currency', (p) => ({ ...p, currency: d.value as Currency }))}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ThresholdPanel rules={rules} assessment={assessment} overview={overview} jurisdiction={jurisdiction} currency={procurement.currency} />
    </div>
  );
}
