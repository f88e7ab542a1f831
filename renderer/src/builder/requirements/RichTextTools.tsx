/**
 * Under a rich-text field: a one-line hint of the syntax, and an "Insert
 * reference" control that lets the user find another requirement by number
 * or words and inserts a cross-reference to it (`[number](ref:id)`), which
 * the documents always print with the target's current number. The numbers
 * are worked out only while the chooser is open.
 */
import { Button, Input, makeStyles, Popover, PopoverSurface, PopoverTrigger, tokens } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Specification } from '../../../../shared/specification/model';
import { numberAsExported } from '../../../../shared/specification/numbering';
import { crossReferenceSource, plainTextOf } from '../../../../shared/text/rich-text';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0, flex: '1 1 320px' },
  surface: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '420px', maxWidth: '90vw' },
  list: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '260px', overflowY: 'auto' },
  option: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular },
  number: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalS, fontVariantNumeric: 'tabular-nums' },
});

/** Where the user last was in a text field: its language and selection. */
export interface TextCaret {
  language: string;
  start: number;
  end: number;
}

/** The text with `source` in place of the selection (at the end when the caret is past it). */
export function insertAt(text: string, caret: TextCaret, source: string): string {
  const start = Math.min(caret.start, text.length);
  const end = Math.min(Math.max(caret.end, start), text.length);
  return text.slice(0, start) + source + text.slice(end);
}

/** Whether a text uses any rich-text markup (lists, emphasis, links, references), so a preview would show more than the text. */
export function hasMarkup(text: string): boolean {
  return /[*_[\\]|^\s*(?:[-+*]|\d+[.)])\s/m.test(text);
}

/** How many matches the chooser lists at once; typing narrows them. */
const shownAtOnce = 50;

function ReferenceChooser({ specification, exclude, onChoose }: { specification: Specification; exclude: string; onChoose: (source: string) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const labelId = useId();
  const numbering = useMemo(() => numberAsExported(specification), [specification]);
  const label = (id: string, text: string): string => numbering.numberOf.get(id) ?? text;
  const needle = query.trim().toLocaleLowerCase();
  const matches = numbering.inOrder
    .filter(({ requirement }) => requirement.id !== exclude)
    .map(({ requirement, number }) => ({ id: requirement.id, number, text: plainTextOf(requirement.text[specification.primaryLanguage] ?? '', label).replace(/\s+/g, ' ') }))
    .filter((item) => needle === '' || item.number.toLocaleLowerCase().startsWith(needle) || item.text.toLocaleLowerCase().includes(needle))
    .slice(0, shownAtOnce);
  return (
    <>
      <label id={labelId}>{t('steps.requirements.richText.chooseRequirement')}</label>
      <Input aria-labelledby={labelId} placeholder={t('steps.requirements.richText.filter')} value={query} onChange={(_event, data) => setQuery(data.value)} autoFocus />
      {matches.length === 0 ? (
        <p>{t('steps.requirements.richText.noMatch')}</p>
      ) : (
        <ul className={styles.list} aria-labelledby={labelId}>
          {matches.map((item) => (
            <li key={item.id}>
              <Button appearance="subtle" className={styles.option} onClick={() => onChoose(crossReferenceSource(item.id, item.number))}>
                <span className={styles.number}>{item.number}</span>
                {item.text.length > 80 ? `${item.text.slice(0, 80)}…` : item.text}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export interface RichTextToolsProps {
  specification: Specification;
  /** The requirement being edited (not offered as a target). */
  requirementId: string;
  /** Inserts the reference's source where the user was writing. */
  onInsert: (source: string) => void;
}

export function RichTextTools({ specification, requirementId, onInsert }: RichTextToolsProps): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.bar}>
      <p className={styles.hint}>{t('steps.requirements.richText.syntaxHint')}</p>
      <Popover open={open} onOpenChange={(_event, data) => setOpen(data.open)} trapFocus>
        <PopoverTrigger disableButtonEnhancement>
          <Button size="small" icon={<LinkRegular />}>
            {t('steps.requirements.richText.insertReference')}
          </Button>
        </PopoverTrigger>
        <PopoverSurface className={styles.surface} aria-label={t('steps.requirements.richText.insertReference')}>
          {open && (
            <ReferenceChooser
              specification={specification}
              exclude={requirementId}
              onChoose={(source) => {
                setOpen(false);
                onInsert(source);
              }}
            />
          )}
        </PopoverSurface>
      </Popover>
    </div>
  );
}
