import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { deductionOverview, readAmount, setDeduction } from '../../../../shared/builder/evaluation-edits';
import type { EvaluationContext } from './context';
import { currencySymbol, formatMoney, formatNumber } from '../../../../shared/format/numbers';
import { NumberField } from './NumberField';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { minWidth: '560px' },
  id: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  number: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  numberCol: { width: '70px' },
  idCol: { width: '120px' },
  amountCol: { width: '230px' },
  amountCell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  total: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  totalAmount: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', paddingRight: tokens.spacingHorizontalXL },
});

/** Value deduction: the amount each evaluated requirement takes off a bid's price, in the procurement's currency. */
export function DeductionsEditor({ context }: { context: EvaluationContext }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { spec, language, currency, edit, evaluated, requirementText, primary } = context;
  const overview = deductionOverview(spec);
  const amountOf = new Map(overview.lines.map((line) => [line.requirementId, line.amount]));
  const symbol = currencySymbol(currency, language);
  return (
    // A wide table scrolls inside its box in a narrow window; the box takes focus so the keyboard can scroll it.
    <div className={styles.wrap} tabIndex={0} role="region" aria-label={t('steps.evaluation.deductions.tableLabel')}>
      <Table className={styles.table} size="small" aria-label={t('steps.evaluation.deductions.tableLabel')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.numberCol}>{t('steps.evaluation.deductions.number')}</TableHeaderCell>
            <TableHeaderCell className={styles.idCol}>{t('steps.evaluation.deductions.id')}</TableHeaderCell>
            <TableHeaderCell>{t('steps.evaluation.deductions.text')}</TableHeaderCell>
            <TableHeaderCell className={styles.amountCol}>{t('steps.evaluation.deductions.amount', { currency })}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {evaluated.map(({ requirement, number }) => {
            const amount = amountOf.get(requirement.id);
            return (
              <TableRow key={requirement.id}>
                <TableCell className={styles.number}>{number}</TableCell>
                <TableCell className={styles.id}>{requirement.id}</TableCell>
                <TableCell lang={primary}>{requirementText(requirement)}</TableCell>
                <TableCell className={styles.amountCell}>
                  <NumberField
                    value={amount}
                    read={(text) => readAmount(text, language)}
                    format={(value) => (value === undefined ? '' : formatNumber(value, language))}
                    onCommit={(value) => edit(`requirement.${requirement.id}.deduction`, (s) => setDeduction(s, requirement.id, value))}
                    problemText={(problem) => t(`steps.evaluation.deductions.problem.${problem}`)}
                    warning={(amount ?? 0) <= 0 ? t('steps.evaluation.deductions.missing') : undefined}
                    input={{
                      id: `eval-requirement-${requirement.id}`,
                      'aria-label': t('steps.evaluation.deductions.amountFor', { id: requirement.id, currency }),
                      contentAfter: <span aria-hidden>{symbol}</span>,
                    }}
                  />
                </TableCell>
              </TableRow>
            );
          })}
          <TableRow className={styles.total}>
            <TableCell />
            <TableCell colSpan={2}>{t('steps.evaluation.deductions.total')}</TableCell>
            <TableCell className={styles.totalAmount}>{formatMoney(overview.total, currency, language)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
