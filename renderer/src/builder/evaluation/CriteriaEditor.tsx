import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCriterion, addPriceCriterion, removeCriterion } from '../../../../shared/builder/evaluation-edits';
import { priceCriterion } from '../../../../shared/evaluation/worked-example';
import type { EvaluationCriterion } from '../../../../shared/specification/model';
import type { EvaluationContext } from './context';
import { CriterionCard } from './CriterionCard';
import { criterionColour, WeightsBar } from './WeightsBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
});

export interface CriteriaEditorProps {
  context: EvaluationContext;
  /** The name a new price criterion gets, in the document's language. */
  priceName: string;
}

/** Weighted points: the weights bar with its running sum, a card per criterion, and Add. */
export function CriteriaEditor({ context, priceName }: CriteriaEditorProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { spec, edit } = context;
  const { criteria } = spec.evaluation;
  const price = priceCriterion(spec.evaluation);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());
  const focusAfterAdd = useRef<string | null>(null);

  // After Add, the new criterion's name field takes focus once it is on the page.
  useEffect(() => {
    const id = focusAfterAdd.current;
    if (id === null) return;
    const field = document.getElementById(`eval-criterion-${id}`);
    if (field === null) return;
    focusAfterAdd.current = null;
    field.scrollIntoView({ block: 'nearest' });
    field.focus();
  });

  const quality = criteria.filter((criterion) => criterion !== price);
  const titleOf = (criterion: EvaluationCriterion): string =>
    criterion === price ? t('steps.evaluation.criteria.priceTitle') : t('steps.evaluation.criteria.title', { number: quality.indexOf(criterion) + 1 });
  const nameOf = (criterion: EvaluationCriterion): string => (criterion.name.trim() === '' ? titleOf(criterion) : criterion.name);
  const colourOf = (criterion: EvaluationCriterion): string => criterionColour(criterion, quality.indexOf(criterion), criterion === price);

  const add = (): void => {
    let added = '';
    edit(`evaluation.criteria.add.${Date.now()}`, (s) => {
      const next = addCriterion(s);
      added = next.id;
      return next.specification;
    });
    focusAfterAdd.current = added;
    setFresh((current) => new Set(current).add(added));
  };

  const remove = (criterion: EvaluationCriterion): void => {
    const index = quality.indexOf(criterion);
    edit(`evaluation.criteria.remove.${criterion.id}`, (s) => removeCriterion(s, criterion.id));
    // Focus goes to the criterion before (or after) the removed one, or to Add.
    const neighbour = quality[index - 1] ?? quality[index + 1] ?? price;
    focusAfterAdd.current = neighbour?.id ?? null;
    if (neighbour === undefined) document.getElementById('eval-add-criterion')?.focus();
  };

  return (
    <div className={styles.root}>
      <WeightsBar criteria={criteria} colourOf={colourOf} nameOf={nameOf} />
      {price === undefined && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('steps.evaluation.criteria.noPrice')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => edit('evaluation.criteria.addPrice', (s) => addPriceCriterion(s, priceName).specification)}>
              {t('steps.evaluation.criteria.addPrice')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ul className={styles.list} aria-label={t('steps.evaluation.criteria.listLabel')}>
        {criteria.map((criterion) => (
          <li key={criterion.id}>
            <CriterionCard
              context={context}
              criterion={criterion}
              ordinal={quality.indexOf(criterion) + 1}
              isPrice={criterion === price}
              colour={colourOf(criterion)}
              fresh={fresh.has(criterion.id)}
              onNameBlur={() =>
                setFresh((current) => {
                  if (!current.has(criterion.id)) return current;
                  const next = new Set(current);
                  next.delete(criterion.id);
                  return next;
                })
              }
              onRemove={() => remove(criterion)}
            />
          </li>
        ))}
      </ul>
      <div>
        <Button id="eval-add-criterion" icon={<AddRegular />} onClick={add}>
          {t('steps.evaluation.criteria.add')}
        </Button>
      </div>
    </div>
  );
}
