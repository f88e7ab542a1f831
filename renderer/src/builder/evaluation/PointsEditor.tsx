import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readPoints, setMissingPoints, setPoints } from '../../../../shared/builder/evaluation-edits';
import { formatNumber } from '../../../../shared/format/numbers';
import type { EvaluationContext } from './context';
import { NumberField } from './NumberField';

const useStyles = makeStyles({
  fill: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  fillField: { width: '220px' },
  wrap: { overflowX: 'auto', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { minWidth: '640px' },
  id: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  number: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  numberCol: { width: '70px' },
  idCol: { width: '130px' },
  criterionCol: { width: '160px' },
  pointsCol: { width: '200px' },
  pointsCell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  noCriterion: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

/**
 * Weighted points: what each evaluated requirement is worth within its
 * criterion. One field per requirement, and one action that gives every
 * requirement still without points the same points (the usual start when
 * the requirements of a criterion count alike).
 */
export function PointsEditor({ context }: { context: EvaluationContext }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { spec, language, edit, evaluated, requirementText, primary } = context;
  const [fillWith, setFillWith] = useState<number | undefined>(1);
  const criterionOf = new Map(spec.evaluation.criteria.flatMap((criterion) => criterion.requirementIds.map((id) => [id, criterion.name] as const)));
  const missing = evaluated.filter(({ requirement }) => (requirement.evaluation?.points ?? 0) <= 0).length;
  const format = (value: number | undefined): string => (value === undefined ? '' : formatNumber(value, language));
  const problemText = (problem: string): string => t(`steps.evaluation.points.problem.${problem}`);
  return (
    <>
      {missing > 0 && (
        <div className={styles.fill}>
          <NumberField
            className={styles.fillField}
            label={t('steps.evaluation.points.fillLabel')}
            value={fillWith}
            read={(text) => readPoints(text, language)}
            format={format}
            onCommit={setFillWith}
            problemText={problemText}
          />
          <Button
            appearance="primary"
            disabled={fillWith === undefined || fillWith <= 0}
            onClick={() => fillWith !== undefined && edit('requirements.points', (s) => setMissingPoints(s, fillWith))}
          >
            {t('steps.evaluation.points.fillApply', { count: missing })}
          </Button>
        </div>
      )}
      {/* A wide table scrolls inside its box in a narrow window; the box takes focus so the keyboard can scroll it. */}
      <div className={styles.wrap} tabIndex={0} role="region" aria-label={t('steps.evaluation.points.tableLabel')}>
        <Table className={styles.table} size="small" aria-label={t('steps.evaluation.points.tableLabel')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.numberCol}>{t('steps.evaluation.points.number')}</TableHeaderCell>
              <TableHeaderCell className={styles.idCol}>{t('steps.evaluation.points.id')}</TableHeaderCell>
              <TableHeaderCell>{t('steps.evaluation.points.text')}</TableHeaderCell>
              <TableHeaderCell className={styles.criterionCol}>{t('steps.evaluation.points.criterion')}</TableHeaderCell>
              <TableHeaderCell className={styles.pointsCol}>{t('steps.evaluation.points.points')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {evaluated.map(({ requirement, number }) => {
              const points = requirement.evaluation?.points;
              const criterion = criterionOf.get(requirement.id);
              return (
                <TableRow key={requirement.id} data-points-row={requirement.id}>
                  <TableCell className={styles.number}>{number}</TableCell>
                  <TableCell className={styles.id}>{requirement.id}</TableCell>
                  <TableCell lang={primary}>{requirementText(requirement)}</TableCell>
                  <TableCell lang={primary} className={criterion === undefined ? styles.noCriterion : undefined}>
                    {criterion ?? t('steps.evaluation.points.noCriterion')}
                  </TableCell>
                  <TableCell className={styles.pointsCell}>
                    <NumberField
                      value={points}
                      read={(text) => readPoints(text, language)}
                      format={format}
                      onCommit={(value) => edit(`requirement.${requirement.id}.points`, (s) => setPoints(s, requirement.id, value))}
                      problemText={problemText}
                      warning={(points ?? 0) <= 0 ? t('steps.evaluation.points.missing') : undefined}
                      input={{ id: `eval-points-${requirement.id}`, 'aria-label': t('steps.evaluation.points.pointsFor', { id: requirement.id }) }}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
