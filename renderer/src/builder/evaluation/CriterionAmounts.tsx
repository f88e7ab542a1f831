/**
 * Value addition (nb tillegg) in the Evaluation step: the quality criteria,
 * each with the money its scale is worth (the amount A added to a tender's
 * price in proportion to how far it falls short of the top score) and the
 * top of its scoring scale.
 */
import { Button, Input, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { addCriterion, readAmount, readScaleMax, removeCriterion, setCriterionAmount, setCriterionScaleMax, updateCriterion } from '../../../../shared/builder/evaluation-edits';
import { qualityCriteria } from '../../../../shared/evaluation/worked-example';
import { currencySymbol, formatNumber } from '../../../../shared/format/numbers';
import { defaultScoringScale } from '../../../../shared/specification/model';
import type { EvaluationContext } from './context';
import { NumberField } from './NumberField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  wrap: { overflowX: 'auto', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { minWidth: '560px' },
  amountCol: { width: '14rem' },
  scaleCol: { width: '9rem' },
  removeCol: { width: '3rem' },
  cell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  actions: { display: 'flex' },
});

export function CriterionAmounts({ context }: { context: EvaluationContext }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { spec, language, currency, edit } = context;
  const criteria = qualityCriteria(spec.evaluation);
  const symbol = currencySymbol(currency, language);
  const say = (key: string, values: Record<string, string | number> = {}): string => t(`steps.evaluation.amounts.${key}`, values);
  return (
    <div className={styles.root}>
      {criteria.length > 0 && (
        <div className={styles.wrap} tabIndex={0} role="region" aria-label={say('tableLabel')}>
          <Table className={styles.table} size="small" aria-label={say('tableLabel')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{say('name')}</TableHeaderCell>
                <TableHeaderCell className={styles.amountCol}>{say('amount', { currency })}</TableHeaderCell>
                <TableHeaderCell className={styles.scaleCol}>{say('scaleMax')}</TableHeaderCell>
                <TableHeaderCell className={styles.removeCol}>
                  <span className="visually-hidden">{say('remove')}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {criteria.map((criterion, index) => {
                const label = criterion.name.trim() === '' ? say('unnamed', { number: index + 1 }) : criterion.name;
                const min = criterion.scale?.min ?? defaultScoringScale.min;
                return (
                  <TableRow key={criterion.id} data-criterion={criterion.id}>
                    <TableCell className={styles.cell}>
                      <Input
                        id={`eval-criterion-${criterion.id}`}
                        value={criterion.name}
                        aria-label={say('nameOf', { number: index + 1 })}
                        onChange={(_, data) => edit(`criterion.${criterion.id}.name`, (s) => updateCriterion(s, criterion.id, { name: data.value }))}
                      />
                    </TableCell>
                    <TableCell className={styles.cell}>
                      <NumberField
                        value={criterion.amount}
                        read={(text) => readAmount(text, language)}
                        format={(value) => (value === undefined ? '' : formatNumber(value, language))}
                        onCommit={(value) => edit(`criterion.${criterion.id}.amount`, (s) => setCriterionAmount(s, criterion.id, value))}
                        problemText={(problem) => say(`problem.amount.${problem}`)}
                        warning={(criterion.amount ?? 0) <= 0 ? say('missing') : undefined}
                        input={{ 'aria-label': say('amountOf', { criterion: label, currency }), contentAfter: <span aria-hidden>{symbol}</span> }}
                      />
                    </TableCell>
                    <TableCell className={styles.cell}>
                      <NumberField
                        value={criterion.scale?.max ?? defaultScoringScale.max}
                        read={(text) => readScaleMax(text, language, min)}
                        format={(value) => formatNumber(value, language)}
                        onCommit={(value) => edit(`criterion.${criterion.id}.scale`, (s) => setCriterionScaleMax(s, criterion.id, value))}
                        problemText={(problem) => say(`problem.scale.${problem}`, { min: formatNumber(min, language) })}
                        input={{ 'aria-label': say('scaleOf', { criterion: label }) }}
                      />
                    </TableCell>
                    <TableCell className={styles.cell}>
                      <Button appearance="subtle" icon={<DeleteRegular />} aria-label={say('removeOf', { criterion: label })} onClick={() => edit('evaluation.criteria', (s) => removeCriterion(s, criterion.id))} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <div className={styles.actions}>
        <Button icon={<AddRegular />} onClick={() => edit('evaluation.criteria', (s) => addCriterion(s).specification)}>
          {say('add')}
        </Button>
      </div>
    </div>
  );
}
