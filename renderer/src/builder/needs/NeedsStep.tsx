import { Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { parseHeadCount, updateItem } from '../../../../shared/builder/needs-edits';
import { formatNumber } from '../../../../shared/format/numbers';
import type { Stakeholder, UserGroup } from '../../../../shared/specification/model/needs';
import type { StepProps } from '../step-props';
import { useGoToCheck } from '../useGoToCheck';
import { DialogueCards } from './DialogueCards';
import { DraftInput, missing } from './fields';
import { GoalCards } from './GoalCards';
import { useListStyles } from './ItemCards';
import { ItemRows, type RowColumn } from './ItemRows';
import { NeedCards } from './NeedCards';
import { useOpenDocument } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
  people: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalXXL,
  },
});

/**
 * The Needs and goals step: the current situation, who has a stake and who
 * will use the service, the needs ("who needs what, and why"), measurable
 * goals and the log of the dialogue with the market. Items that keep a
 * completeness check open say so where they are edited.
 */
export function NeedsStep({ checks, focusItem, focusCheck }: StepProps): React.JSX.Element {
  const { editor, language } = useOpenDocument();
  const styles = useStyles();
  const listStyles = useListStyles();
  const { t } = useTranslation();
  const spec = editor.specification;
  const situationId = useId();
  const needsHeadingId = useId();
  useGoToCheck(focusCheck === 'currentSituation' ? situationId : focusCheck === 'needs' ? needsHeadingId : undefined);
  const open = (id: string): ReadonlySet<string> => new Set(checks.find((check) => check.id === id && !check.done)?.items ?? []);
  const situationOpen = checks.some((check) => check.id === 'currentSituation' && !check.done);
  const editStakeholder = (id: string, change: Partial<Omit<Stakeholder, 'id'>>): void =>
    editor.edit(`stakeholder.${id}.${Object.keys(change).join()}`, (s) => updateItem(s, 'stakeholders', id, change));
  const editUserGroup = (id: string, change: Partial<Omit<UserGroup, 'id'>>): void =>
    editor.edit(`userGroup.${id}.${Object.keys(change).join()}`, (s) => updateItem(s, 'userGroups', id, change));
  /** A column of plain text inputs for one field of a list's items. */
  const textColumn = <T extends { id: string }, K extends keyof T & string>(
    texts: 'stakeholders' | 'userGroups',
    key: K,
    width: string,
    edit: (id: string, change: Partial<T>) => void,
  ): RowColumn<T> => {
    const labelKey: string = `steps.needs.${texts}.${key}`;
    return {
      key,
      label: t(labelKey),
      width,
      render: (item, name, first) => (
        <Input
          aria-label={name}
          data-focus-part={first ? 'first' : undefined}
          value={String(item[key] ?? '')}
          onChange={(_e, d) => edit(item.id, { [key]: d.value } as Partial<T>)}
        />
      ),
    };
  };

  return (
    <div className={styles.step}>
      <section className={listStyles.section} aria-labelledby={situationId}>
        <h3 id={situationId} tabIndex={-1} className={listStyles.heading}>
          {t('steps.needs.currentSituation.heading')}
        </h3>
        <Field
          label={t('steps.needs.currentSituation.label')}
          hint={t('steps.needs.currentSituation.hint')}
          {...missing(situationOpen, t('steps.needs.currentSituation.missing'))}
        >
          <Textarea
            resize="vertical"
            rows={5}
            value={spec.currentSituation}
            onChange={(_e, d) => editor.edit('currentSituation', (s) => ({ ...s, currentSituation: d.value }))}
          />
        </Field>
      </section>

      <div className={styles.people}>
        <ItemRows
          list="stakeholders"
          items={spec.stakeholders}
          texts="stakeholders"
          columns={[
            textColumn<Stakeholder, 'name'>('stakeholders', 'name', 'minmax(0, 3fr)', editStakeholder),
            textColumn<Stakeholder, 'role'>('stakeholders', 'role', 'minmax(0, 2fr)', editStakeholder),
            textColumn<Stakeholder, 'description'>('stakeholders', 'description', 'minmax(0, 4fr)', editStakeholder),
          ]}
        />
        <ItemRows
          list="userGroups"
          items={spec.userGroups}
          texts="userGroups"
          columns={[
            textColumn<UserGroup, 'name'>('userGroups', 'name', 'minmax(0, 3fr)', editUserGroup),
            textColumn<UserGroup, 'description'>('userGroups', 'description', 'minmax(0, 6fr)', editUserGroup),
            {
              key: 'size',
              label: t('steps.needs.userGroups.size'),
              width: 'minmax(0, 2fr)',
              render: (item, name) => (
                <DraftInput
                  value={item.size}
                  format={(size) => (size === undefined ? '' : formatNumber(size, language))}
                  parse={parseHeadCount}
                  invalidMessage={t('steps.needs.userGroups.sizeInvalid')}
                  onCommit={(size) => editUserGroup(item.id, { size })}
                  input={{ 'aria-label': name, inputMode: 'numeric', autoComplete: 'off' }}
                />
              ),
            },
          ]}
        />
      </div>

      <NeedCards incomplete={open('needsComplete')} focusItem={focusItem} headingId={needsHeadingId} />
      <GoalCards unmeasurable={open('goalsMeasurable')} focusItem={focusItem} />
      <DialogueCards focusItem={focusItem} />
    </div>
  );
}
