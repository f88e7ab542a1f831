import { Badge, Dropdown, Field, Input, Option, Select, Textarea } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { requirementsPerNeed, setNeedGoals, updateItem } from '../../../../shared/builder/needs-edits';
import { needPriorities, type Need, type NeedPriority } from '../../../../shared/specification/model/needs';
import { useBodyStyles } from './body-styles';
import { ItemLabel, missing } from './fields';
import { ItemCards } from './ItemCards';
import { useOpenDocument } from '../../open-document/DocumentContext';

export interface NeedCardsProps {
  /** Needs that keep "each need says what and who" open. */
  incomplete: ReadonlySet<string>;
  focusItem: string | null;
  /** The id of the list's heading, so that "go to" can lead to it. */
  headingId?: string;
}

const priorityColour: Record<NeedPriority, 'brand' | 'informative' | 'subtle'> = { must: 'brand', should: 'informative', could: 'subtle' };

/** Need statements: who needs what and why, how much it matters, the goals it serves, and how many requirements trace to it. */
export function NeedCards({ incomplete, focusItem, headingId }: NeedCardsProps): React.JSX.Element {
  const { editor } = useOpenDocument();
  const styles = useBodyStyles();
  const { t } = useTranslation();
  const spec = editor.specification;
  const traced = useMemo(() => requirementsPerNeed(spec), [spec]);
  const goalName = (goalId: string): string => {
    const index = spec.goals.findIndex((goal) => goal.id === goalId);
    const goal = spec.goals[index];
    const description = goal?.description.trim() ?? '';
    const name = t('steps.needs.goals.item', { number: index + 1 });
    return description === '' ? name : `${name}: ${description}`;
  };
  const set = (need: Need, field: 'statement' | 'who' | 'why', value: string): void =>
    editor.edit(`need.${need.id}.${field}`, (s) => updateItem(s, 'needs', need.id, { [field]: value }));

  const tracedText = (count: number): string => (count === 0 ? t('steps.needs.needs.noRequirements') : t('steps.needs.needs.requirements', { count }));

  return (
    <ItemCards
      list="needs"
      items={spec.needs}
      texts="needs"
      focusItem={focusItem}
      headingId={headingId}
      summary={(need) => need.statement}
      problem={(need) => (incomplete.has(need.id) ? t('steps.needs.needs.incomplete') : null)}
      emptyNote={t('steps.needs.needs.empty')}
      meta={(need) => {
        const count = traced.get(need.id) ?? 0;
        return (
          <>
            <Badge appearance="tint" color={priorityColour[need.priority]}>
              {t(`steps.needs.needs.priorities.${need.priority}`)}
            </Badge>
            <Badge appearance={count === 0 ? 'outline' : 'filled'} color={count === 0 ? 'informative' : 'success'} icon={<LinkRegular />}>
              {tracedText(count)}
            </Badge>
          </>
        );
      }}
      confirmRemove={(need, itemRef) => {
        const count = traced.get(need.id) ?? 0;
        if (count === 0) return null;
        return { title: t('steps.needs.needs.removeTitle', { item: itemRef }), text: t('steps.needs.needs.removeTraced', { count }) };
      }}
      body={(need, { itemRef, showProblems }) => {
        const flagged = showProblems && incomplete.has(need.id);
        const goalIds = need.goalIds;
        return (
          <div className={styles.grid}>
            <Field
              label={<ItemLabel text={t('steps.needs.needs.statement')} item={itemRef} />}
              hint={t('steps.needs.needs.statementHint')}
              {...missing(flagged && need.statement.trim() === '', t('steps.needs.needs.statementMissing'))}
            >
              <Textarea data-focus-part="first" resize="vertical" rows={2} value={need.statement} onChange={(_e, d) => set(need, 'statement', d.value)} />
            </Field>
            <Field
              data-span="8"
              label={<ItemLabel text={t('steps.needs.needs.who')} item={itemRef} />}
              {...missing(flagged && need.who.trim() === '', t('steps.needs.needs.whoMissing'))}
            >
              <Input value={need.who} placeholder={t('steps.needs.needs.whoPlaceholder')} onChange={(_e, d) => set(need, 'who', d.value)} />
            </Field>
            <Field data-span="4" label={<ItemLabel text={t('steps.needs.needs.priority')} item={itemRef} />}>
              <Select
                value={need.priority}
                onChange={(_e, d) =>
                  editor.edit(`need.${need.id}.priority`, (s) => updateItem(s, 'needs', need.id, { priority: d.value as NeedPriority }))
                }
              >
                {needPriorities.map((priority) => (
                  <option key={priority} value={priority}>
                    {t(`steps.needs.needs.priorities.${priority}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={<ItemLabel text={t('steps.needs.needs.why')} item={itemRef} />} hint={t('steps.needs.needs.whyHint')}>
              <Textarea resize="vertical" rows={2} value={need.why} onChange={(_e, d) => set(need, 'why', d.value)} />
            </Field>
            <Field
              label={<ItemLabel text={t('steps.needs.needs.goals')} item={itemRef} />}
              hint={spec.goals.length === 0 ? t('steps.needs.needs.noGoals') : undefined}
            >
              {/* Inline, not in a portal: the list opens inside the card, next to the field. */}
              <Dropdown
                multiselect
                inlinePopup
                disabled={spec.goals.length === 0}
                selectedOptions={[...goalIds]}
                value={goalIds.map(goalName).join('; ')}
                placeholder={t('steps.needs.needs.goalsPlaceholder')}
                onOptionSelect={(_e, d) => editor.edit(`need.${need.id}.goals`, (s) => setNeedGoals(s, need.id, d.selectedOptions))}
              >
                {spec.goals.map((goal) => {
                  const text = goalName(goal.id);
                  return (
                    <Option key={goal.id} value={goal.id} text={text}>
                      {text}
                    </Option>
                  );
                })}
              </Dropdown>
            </Field>
          </div>
        );
      }}
    />
  );
}
