import { Button, Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, parseLocalDate } from '../../../../shared/locale-input';
import { localeOf } from '../../../../shared/languages';
import type { ContractOption, Specification } from '../../../../shared/specification/model';
import { withOptional } from '../../../../shared/builder/procurement-edits';
import type { ProcurementEdit } from './edit-procurement';
import { parseAmount, parseMonths } from '../../../../shared/locale-input';
import { formatAmount } from '../../../../shared/format/numbers';
import { useSectionStyles } from './SectionCard';
import { useDraft, type DraftParse } from '../useDraft';
import { useUiLanguage } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  dates: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 190px))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'start',
    // Each date keeps to its column (an input's own width would otherwise run up against the next date).
    '& > *': { minWidth: 0 },
    '& input': { minWidth: 0, width: '100%' },
  },
  options: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  optionList: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  option: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 1fr) 7rem 11rem auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  remove: { alignSelf: 'end', marginBottom: tokens.spacingVerticalXXS },
  // Inputs shrink to their grid column.
  control: { minWidth: 0, width: '100%' },
  add: { alignSelf: 'flex-start' },
});

export interface PeriodSectionProps {
  spec: Specification;
  edit: ProcurementEdit;
}

/** A parser for a month count whose problems read in the UI language. */
function useMonthsParse(): DraftParse<number | null> {
  const { t } = useTranslation();
  return (text) => {
    const parsed = parseMonths(text);
    return parsed.ok ? parsed : { ok: false, problem: t(`steps.procurement.period.monthsProblems.${parsed.problem}`) };
  };
}

/** Start and end dates, the duration, and the options the buyer may call on. */
export function PeriodSection({ spec, edit }: PeriodSectionProps): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const section = useSectionStyles();
  const { t } = useTranslation();
  const key = 'steps.procurement';
  const period = spec.procurement.contractPeriod;
  const monthsParse = useMonthsParse();
  const addRef = useRef<HTMLButtonElement>(null);

  // Dates are typed the way the UI language writes them (the same as in the needs step), stored as ISO dates.
  const dateFormat = t(`${key}.period.dateFormat`);
  const dateParse: DraftParse<string | null> = (text) => {
    const parsed = parseLocalDate(text);
    return parsed.ok ? parsed : { ok: false, problem: t(`${key}.period.invalidDate`, { format: dateFormat }) };
  };
  const showDate = (iso: string | null): string => formatLocalDate(iso, localeOf[language]);
  const start = useDraft<string | null>(period.startDate, showDate, dateParse, (d) =>
    edit('startDate', (p) => ({ ...p, contractPeriod: { ...p.contractPeriod, startDate: d } })),
  );
  const end = useDraft<string | null>(period.endDate, showDate, dateParse, (d) =>
    edit('endDate', (p) => ({ ...p, contractPeriod: { ...p.contractPeriod, endDate: d } })),
  );
  const duration = useDraft<number | null>(period.durationMonths ?? null, (n) => (n === null ? '' : String(n)), monthsParse, (n) =>
    edit('durationMonths', (p) => ({ ...p, contractPeriod: withOptional(p.contractPeriod, 'durationMonths', n) })),
  );
  const endBeforeStart = end.problem === undefined && period.startDate !== null && period.endDate !== null && period.endDate < period.startDate;

  const options = spec.procurement.options;
  const addOption = (): void => edit('options.add', (p) => ({ ...p, options: [...p.options, { description: '' }] }));
  const removeOption = (index: number): void => {
    edit('options.remove', (p) => ({ ...p, options: p.options.filter((_o, i) => i !== index) }));
    addRef.current?.focus();
  };

  return (
    <>
      <div className={styles.dates}>
        <Field label={t(`${key}.period.start`)} validationMessage={start.problem}>
          <Input placeholder={dateFormat} autoComplete="off" value={start.text} onChange={(_e, d) => start.onChange(d.value)} onBlur={start.onBlur} />
        </Field>
        <Field
          label={t(`${key}.period.end`)}
          validationMessage={end.problem ?? (endBeforeStart ? t(`${key}.period.endBeforeStart`) : undefined)}
          validationState={end.problem !== undefined ? 'error' : endBeforeStart ? 'warning' : undefined}
        >
          <Input placeholder={dateFormat} autoComplete="off" value={end.text} onChange={(_e, d) => end.onChange(d.value)} onBlur={end.onBlur} />
        </Field>
        <Field label={t(`${key}.period.duration`)} hint={t(`${key}.period.durationHint`)} validationMessage={duration.problem}>
          <Input inputMode="numeric" className={section.number} value={duration.text} onChange={(_e, d) => duration.onChange(d.value)} onBlur={duration.onBlur} />
        </Field>
      </div>
      <div className={styles.options} role="group" aria-labelledby="procurement-options-heading">
        <h4 id="procurement-options-heading" className={section.subheading}>
          {t(`${key}.options.title`)}
        </h4>
        {options.length === 0 ? (
          <p className={section.muted}>{t(`${key}.options.none`)}</p>
        ) : (
          <ol className={styles.optionList}>
            {options.map((option, index) => (
              <OptionRow
                // Options carry no id; their place in the list is who they are.
                key={index}
                option={option}
                number={index + 1}
                monthsParse={monthsParse}
                onChange={(group, change) => edit(`options.${index}.${group}`, (p) => ({ ...p, options: p.options.map((o, i) => (i === index ? change(o) : o)) }))}
                onRemove={() => removeOption(index)}
              />
            ))}
          </ol>
        )}
        <Button ref={addRef} className={styles.add} icon={<AddRegular />} onClick={addOption}>
          {t(`${key}.options.add`)}
        </Button>
      </div>
    </>
  );
}

interface OptionRowProps {
  option: ContractOption;
  number: number;
  monthsParse: DraftParse<number | null>;
  onChange: (group: string, change: (option: ContractOption) => ContractOption) => void;
  onRemove: () => void;
}

function OptionRow({ option, number, monthsParse, onChange, onRemove }: OptionRowProps): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const section = useSectionStyles();
  const { t } = useTranslation();
  const key = 'steps.procurement.options';
  const months = useDraft<number | null>(option.durationMonths ?? null, (n) => (n === null ? '' : String(n)), monthsParse, (n) =>
    onChange('durationMonths', (o) => withOptional(o, 'durationMonths', n)),
  );
  const value = useDraft<number | null>(
    option.estimatedValue ?? null,
    (amount) => formatAmount(amount, language),
    (text) => {
      const parsed = parseAmount(text, language);
      return parsed.ok ? parsed : { ok: false, problem: t(`steps.procurement.value.problems.${parsed.problem}`) };
    },
    (amount) => onChange('estimatedValue', (o) => withOptional(o, 'estimatedValue', amount)),
  );
  const name = option.description.trim();
  return (
    <li className={styles.option} aria-label={t(`${key}.item`, { number })}>
      <Field className={styles.control} label={t(`${key}.description`)}>
        <Input
          className={styles.control}
          value={option.description}
          placeholder={t(`${key}.descriptionPlaceholder`)}
          onChange={(_e, d) => onChange('description', (o) => ({ ...o, description: d.value }))}
        />
      </Field>
      <Field className={styles.control} label={t(`${key}.duration`)} validationMessage={months.problem}>
        <Input inputMode="numeric" className={mergeClasses(styles.control, section.number)} value={months.text} onChange={(_e, d) => months.onChange(d.value)} onBlur={months.onBlur} />
      </Field>
      <Field className={styles.control} label={t(`${key}.value`)} validationMessage={value.problem}>
        <Input inputMode="decimal" className={mergeClasses(styles.control, section.number)} value={value.text} onChange={(_e, d) => value.onChange(d.value)} onBlur={value.onBlur} />
      </Field>
      <Button
        className={styles.remove}
        appearance="subtle"
        icon={<DeleteRegular />}
        aria-label={name === '' ? t(`${key}.remove`, { number }) : t(`${key}.removeNamed`, { number, name })}
        title={name === '' ? t(`${key}.remove`, { number }) : t(`${key}.removeNamed`, { number, name })}
        onClick={onRemove}
      />
    </li>
  );
}
