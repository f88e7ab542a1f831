import { Badge, Field, Input, Textarea } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { needsPerGoal, updateItem } from '../../../../shared/builder/needs-edits';
import type { Goal } from '../../../../shared/specification/model/needs';
import { useBodyStyles } from './body-styles';
import { ItemLabel, missing } from './fields';
import { ItemCards } from './ItemCards';
import { useOpenDocument } from '../../open-document/DocumentContext';

export interface GoalCardsProps {
  /** Goals that keep "every goal is measurable" open. */
  unmeasurable: ReadonlySet<string>;
  focusItem: string | null;
}

type GoalText = 'description' | 'indicator' | 'baseline' | 'target' | 'unit';

/** Measurable goals: what is to improve, the indicator, where it is today and where it should be. */
export function GoalCards({ unmeasurable, focusItem }: GoalCardsProps): React.JSX.Element {
  const { editor } = useOpenDocument();
  const styles = useBodyStyles();
  const { t } = useTranslation();
  const spec = editor.specification;
  const linked = useMemo(() => needsPerGoal(spec), [spec]);
  const set = (goal: Goal, field: GoalText, value: string): void =>
    editor.edit(`goal.${goal.id}.${field}`, (s) => updateItem(s, 'goals', goal.id, field === 'unit' && value === '' ? { unit: undefined } : { [field]: value }));
  const needNames = (goal: Goal): string =>
    (linked.get(goal.id) ?? []).map((needId) => t('steps.needs.needs.item', { number: spec.needs.findIndex((need) => need.id === needId) + 1 })).join(', ');

  return (
    <ItemCards
      list="goals"
      items={spec.goals}
      texts="goals"
      focusItem={focusItem}
      summary={(goal) => goal.description}
      problem={(goal) => (unmeasurable.has(goal.id) ? t('steps.needs.goals.notMeasurable') : null)}
      meta={(goal) =>
        goal.baseline.trim() !== '' && goal.target.trim() !== '' ? (
          <Badge appearance="outline" color="informative">
            {t('steps.needs.goals.fromTo', { baseline: goal.baseline.trim(), target: goal.target.trim(), unit: goal.unit?.trim() ?? '' }).trim()}
          </Badge>
        ) : null
      }
      confirmRemove={(goal, itemRef) => {
        const count = linked.get(goal.id)?.length ?? 0;
        if (count === 0) return null;
        return { title: t('steps.needs.goals.removeTitle', { item: itemRef }), text: t('steps.needs.goals.removeLinked', { count }) };
      }}
      body={(goal, { itemRef, showProblems }) => {
        const flagged = showProblems && unmeasurable.has(goal.id);
        const empty = (value: string): boolean => flagged && value.trim() === '';
        const needs = needNames(goal);
        return (
          <div className={styles.grid}>
            <Field label={<ItemLabel text={t('steps.needs.goals.description')} item={itemRef} />} hint={t('steps.needs.goals.descriptionHint')}>
              <Textarea data-focus-part="first" resize="vertical" rows={2} value={goal.description} onChange={(_e, d) => set(goal, 'description', d.value)} />
            </Field>
            <Field
              data-span="6"
              label={<ItemLabel text={t('steps.needs.goals.indicator')} item={itemRef} />}
              hint={t('steps.needs.goals.indicatorHint')}
              {...missing(empty(goal.indicator), t('steps.needs.goals.indicatorMissing'))}
            >
              <Input value={goal.indicator} onChange={(_e, d) => set(goal, 'indicator', d.value)} />
            </Field>
            <Field data-span="6" label={<ItemLabel text={t('steps.needs.goals.unit')} item={itemRef} />} hint={t('steps.needs.goals.unitHint')}>
              <Input value={goal.unit ?? ''} onChange={(_e, d) => set(goal, 'unit', d.value)} />
            </Field>
            <Field
              data-span="6"
              label={<ItemLabel text={t('steps.needs.goals.baseline')} item={itemRef} />}
              {...missing(empty(goal.baseline), t('steps.needs.goals.baselineMissing'))}
            >
              <Input value={goal.baseline} onChange={(_e, d) => set(goal, 'baseline', d.value)} />
            </Field>
            <Field
              data-span="6"
              label={<ItemLabel text={t('steps.needs.goals.target')} item={itemRef} />}
              {...missing(empty(goal.target), t('steps.needs.goals.targetMissing'))}
            >
              <Input value={goal.target} onChange={(_e, d) => set(goal, 'target', d.value)} />
            </Field>
            <p className={styles.footer} style={{ margin: 0 }}>
              {needs === '' ? t('steps.needs.goals.notLinked') : t('steps.needs.goals.linkedNeeds', { needs })}
            </p>
          </div>
        );
      }}
    />
  );
}
