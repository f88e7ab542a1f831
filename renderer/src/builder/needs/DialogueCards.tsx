import { Badge, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { updateItem } from '../../../../shared/builder/needs-edits';
import { formatCalendarDate } from '../../../../shared/format/dates';
import { formatLocalDate, parseLocalDate } from '../../../../shared/locale-input';
import { localeOf } from '../../../../shared/languages';
import { dialogueForms, type DialogueForm, type MarketDialogueEntry } from '../../../../shared/specification/model/needs';
import { useBodyStyles } from './body-styles';
import { DraftInput, ItemLabel } from './fields';
import { ItemCards } from './ItemCards';
import { useOpenDocument } from '../../open-document/DocumentContext';

export interface DialogueCardsProps {
  focusItem: string | null;
}

type DialogueText = 'participants' | 'learned' | 'changed';

/** The market-dialogue log: when, in what form, with whom, what was learned and what it changed in the specification. */
export function DialogueCards({ focusItem }: DialogueCardsProps): React.JSX.Element {
  const { editor, language } = useOpenDocument();
  const styles = useBodyStyles();
  const { t } = useTranslation();
  const spec = editor.specification;
  const locale = localeOf[language];
  const set = (entry: MarketDialogueEntry, field: DialogueText, value: string): void =>
    editor.edit(`dialogue.${entry.id}.${field}`, (s) => updateItem(s, 'marketDialogue', entry.id, { [field]: value }));

  return (
    <ItemCards
      list="marketDialogue"
      items={spec.marketDialogue}
      texts="dialogue"
      focusItem={focusItem}
      summary={(entry) => entry.learned.split('\n')[0] ?? ''}
      meta={(entry) => (
        <>
          <Badge appearance="tint" color="informative">
            {t(`steps.needs.dialogue.forms.${entry.form}`)}
          </Badge>
          <Badge appearance="outline" color="informative" icon={<CalendarRegular />}>
            {entry.date === null ? t('steps.needs.dialogue.undated') : formatCalendarDate(entry.date, language)}
          </Badge>
        </>
      )}
      body={(entry, { itemRef }) => (
        <div className={styles.grid}>
          <DraftInput
            label={<ItemLabel text={t('steps.needs.dialogue.date')} item={itemRef} />}
            hint={t('steps.needs.dialogue.dateHint', { format: t('steps.needs.dialogue.dateFormat') })}
            value={entry.date}
            format={(date) => formatLocalDate(date, locale)}
            parse={parseLocalDate}
            invalidMessage={t('steps.needs.dialogue.dateInvalid', { format: t('steps.needs.dialogue.dateFormat') })}
            onCommit={(date) => editor.edit(`dialogue.${entry.id}.date`, (s) => updateItem(s, 'marketDialogue', entry.id, { date }))}
            input={{ 'data-focus-part': 'first', autoComplete: 'off' }}
            span="3"
          />
          <Field data-span="5" label={<ItemLabel text={t('steps.needs.dialogue.form')} item={itemRef} />}>
            <Select
              value={entry.form}
              onChange={(_e, d) => editor.edit(`dialogue.${entry.id}.form`, (s) => updateItem(s, 'marketDialogue', entry.id, { form: d.value as DialogueForm }))}
            >
              {dialogueForms.map((form) => (
                <option key={form} value={form}>
                  {t(`steps.needs.dialogue.forms.${form}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field data-span="4" label={<ItemLabel text={t('steps.needs.dialogue.participants')} item={itemRef} />}>
            <Input value={entry.participants} onChange={(_e, d) => set(entry, 'participants', d.value)} />
          </Field>
          <Field data-span="6" label={<ItemLabel text={t('steps.needs.dialogue.learned')} item={itemRef} />}>
            <Textarea resize="vertical" rows={3} value={entry.learned} onChange={(_e, d) => set(entry, 'learned', d.value)} />
          </Field>
          <Field data-span="6" label={<ItemLabel text={t('steps.needs.dialogue.changed')} item={itemRef} />} hint={t('steps.needs.dialogue.changedHint')}>
            <Textarea resize="vertical" rows={3} value={entry.changed} onChange={(_e, d) => set(entry, 'changed', d.value)} />
          </Field>
        </div>
      )}
    />
  );
}
