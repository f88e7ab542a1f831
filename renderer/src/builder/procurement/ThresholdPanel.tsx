import {
  Badge,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Regime, ThresholdAssessment, ThresholdRow } from '../../../../shared/builder/thresholds';
import { inLanguage } from '../../../../shared/languages';
import type { Jurisdiction } from '../../../../shared/specification/model/common';
import type { Currency } from '../../../../shared/specification/model/procurement';
import type { JurisdictionRules } from '../../../../shared/templates/catalogues';
import { formatCalendarDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/numbers';
import type { RulesState } from './useRules';
import { useUiLanguage } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  detail: { margin: 0 },
  placement: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  amount: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  // The "check the current value" mark wraps inside the amount's column instead of running into the dates beside it.
  checkValue: { maxWidth: '100%', whiteSpace: 'normal', height: 'auto', textAlign: 'start', marginTop: tokens.spacingVerticalXXS },
  note: { display: 'block', color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground2 },
  comparison: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, flexWrap: 'wrap' },
  decided: { boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}` },
  footer: { color: tokens.colorNeutralForeground2 },
  verify: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  verifyIcon: { flexShrink: 0, marginTop: '2px', color: tokens.colorStatusWarningForeground1 },
  labelColumn: { width: '42%' },
  amountColumn: { width: '18%' },
  validColumn: { width: '22%' },
  yoursColumn: { width: '18%' },
  validCell: { fontVariantNumeric: 'tabular-nums' },
});

export interface ThresholdPanelProps {
  rules: RulesState;
  assessment: ThresholdAssessment | null;
  /** Every limit in force today, for the table when no value is entered yet. */
  overview: ThresholdRow[];
  jurisdiction: Jurisdiction;
  currency: Currency;
}

const eeaTitled: ReadonlySet<Regime> = new Set(['below-eu', 'between-eu', 'above-eu']);

/** Which regime the estimated value falls under, with the thresholds that decide it, their validity and "verify" flags. */
export function ThresholdPanel({ rules, assessment, overview, jurisdiction, currency }: ThresholdPanelProps): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const { t } = useTranslation();
  const key = 'steps.procurement.thresholds';
  const money = (row: ThresholdRow): string => formatMoney(row.threshold.amount, row.threshold.currency, language);
  const label = (row: ThresholdRow): string => inLanguage(row.threshold.label, language);
  const ruleSet: JurisdictionRules | undefined = rules.kind === 'ready' ? rules.rules.find((entry) => entry.jurisdiction === jurisdiction) : undefined;

  let summary: React.ReactNode;
  if (rules.kind === 'loading') summary = <Spinner size="tiny" label={t(`${key}.loading`)} />;
  else if (rules.kind === 'failed') summary = <Text role="alert">{t(`${key}.failed`, { reason: rules.reason })}</Text>;
  else if (assessment === null || assessment.kind === 'no-rules') summary = <Text>{t(`${key}.noRules`)}</Text>;
  else if (assessment.kind === 'no-value') summary = <Text className={styles.muted}>{t(`${key}.noValue`)}</Text>;
  else {
    const { regime, reached, under, notCompared } = assessment;
    const currencies = [...new Set(notCompared.map((row) => row.threshold.currency))].join(', ');
    summary = (
      <MessageBar intent={regime === null ? 'warning' : 'info'} layout="multiline" icon={regime === null ? <WarningRegular /> : undefined}>
        <MessageBarBody>
          <MessageBarTitle>
            {regime === null
              ? t(`${key}.undetermined`)
              : t(jurisdiction === 'no' && eeaTitled.has(regime) ? `${key}.regimes.${regime}.titleNo` : `${key}.regimes.${regime}.title`)}
          </MessageBarTitle>{' '}
          {regime !== null && <p className={styles.detail}>{t([`${key}.regimes.${regime}.${jurisdiction}`, `${key}.regimes.${regime}.any`])}</p>}
          {regime === null && (
            <>
              <ul className={styles.placement}>
                {reached !== null && <li>{t(`${key}.reached`, { label: label(reached), amount: money(reached) })}</li>}
                {under !== null && <li>{t(`${key}.under`, { label: label(under), amount: money(under) })}</li>}
              </ul>
              <p className={styles.detail}>{t(`${key}.notCompared`, { count: notCompared.length, currencies, currency })}</p>
            </>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }

  const rows = assessment?.kind === 'placed' ? assessment.rows : overview;
  const showComparison = assessment?.kind === 'placed';
  const decidingIds = new Set(
    assessment?.kind === 'placed' ? [assessment.reached, assessment.under].flatMap((row) => (row === null ? [] : [row.threshold.id])) : [],
  );
  const anyVerify = rows.some((row) => row.threshold.verify);

  return (
    <section className={styles.panel} aria-labelledby="threshold-heading" data-testid="threshold-panel">
      <h4 id="threshold-heading" className={styles.heading}>
        {t(`${key}.title`)}
      </h4>
      <div role="status">{summary}</div>
      {rows.length > 0 && (
        <Table size="small" aria-label={t(`${key}.tableLabel`)} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.labelColumn}>{t(`${key}.limit`)}</TableHeaderCell>
              <TableHeaderCell className={styles.amountColumn}>{t(`${key}.amount`)}</TableHeaderCell>
              <TableHeaderCell className={styles.validColumn}>{t(`${key}.valid`)}</TableHeaderCell>
              {showComparison && <TableHeaderCell className={styles.yoursColumn}>{t(`${key}.yours`)}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.threshold.id} className={decidingIds.has(row.threshold.id) ? styles.decided : undefined}>
                <TableCell>
                  {label(row)}
                  {row.threshold.note !== undefined && (
                    <Text size={200} className={styles.note}>
                      {inLanguage(row.threshold.note, language)}
                    </Text>
                  )}
                </TableCell>
                <TableCell>
                  <span className={styles.amount}>{money(row)}</span>
                  {row.threshold.verify && (
                    <>
                      <br />
                      <Badge color="warning" appearance="tint" size="small" className={styles.checkValue} data-testid="check-value">
                        {t(`${key}.checkValue`)}
                      </Badge>
                    </>
                  )}
                </TableCell>
                <TableCell className={styles.validCell}>
                  {row.threshold.validTo === null
                    ? t(`${key}.from`, { from: formatCalendarDate(row.threshold.validFrom, language) })
                    : t(`${key}.between`, { from: formatCalendarDate(row.threshold.validFrom, language), to: formatCalendarDate(row.threshold.validTo, language) })}
                </TableCell>
                {showComparison && (
                  <TableCell>
                    <Comparison row={row} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {anyVerify && (
        <Text size={200} className={styles.verify}>
          <WarningRegular aria-hidden className={styles.verifyIcon} />
          {t(`${key}.verify`)}
        </Text>
      )}
      {ruleSet !== undefined && (
        <Text size={200} className={styles.footer}>
          {t(`${key}.checkedAt`, { date: formatCalendarDate(ruleSet.checkedAt, language) })}
        </Text>
      )}
    </section>
  );
}

function Comparison({ row }: { row: ThresholdRow }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const key = 'steps.procurement.thresholds';
  if (row.comparison === 'other-currency')
    return <span className={mergeClasses(styles.comparison, styles.muted)}>{t(`${key}.otherCurrency`, { currency: row.threshold.currency })}</span>;
  return (
    <span className={styles.comparison}>
      {row.comparison === 'below' ? <ArrowDownRegular aria-hidden /> : <ArrowUpRegular aria-hidden />}
      {t(row.comparison === 'below' ? `${key}.below` : `${key}.atOrAbove`)}
    </span>
  );
}
