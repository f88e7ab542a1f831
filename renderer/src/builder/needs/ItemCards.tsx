import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { AddRegular, ChevronDownRegular, ChevronRightRegular, WarningFilled } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsList } from '../../../../shared/builder/needs-edits';
import { ItemActions } from './ItemActions';
import { findPart, useListActions } from './list-actions';
import { useOpenDocument } from '../../open-document/DocumentContext';

export const useListStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  header: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  heading: { ...typographyStyles.subtitle2, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  count: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  tools: { marginLeft: 'auto', display: 'flex', gap: tokens.spacingHorizontalXS },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  empty: {
    margin: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
  },
  add: { alignSelf: 'flex-start' },
});

const useStyles = makeStyles({
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    scrollMarginTop: tokens.spacingVerticalXXL,
  },
  cardOpen: { boxShadow: tokens.shadow2, borderLeftColor: tokens.colorBrandStroke1 },
  cardProblem: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  // One line: the title gives way (its summary is cut with an ellipsis) so the move and remove icons never wrap onto a line of their own.
  head: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '40px',
    padding: `0 ${tokens.spacingHorizontalXS} 0 0`,
  },
  title: { margin: 0, flex: '1 1 0', minWidth: '8rem', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
  toggle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  chevron: { flexShrink: 0, fontSize: '16px', display: 'flex', color: tokens.colorNeutralForeground2 },
  name: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
  summary: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  placeholder: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  meta: { display: 'flex', flexWrap: 'wrap', flex: '0 1 auto', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  problem: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  body: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
  },
});

/** What a card body gets: its item's screen-reader name, and whether to show what is missing. */
export interface CardContext {
  /** "need 2": added to field labels for screen readers. */
  itemRef: string;
  /** False for an item added just now, until the user leaves it: an empty new item is not yet a problem. */
  showProblems: boolean;
}

export interface ItemCardsProps<T extends { id: string }> {
  list: NeedsList;
  items: readonly T[];
  /** The key of the list's texts under steps.needs (heading, intro, item, itemRef, add, empty, untitled). */
  texts: string;
  summary: (item: T) => string;
  /** Badges shown in the card head, open or closed. */
  meta?: (item: T) => React.ReactNode;
  /** A short note ("Incomplete") when the item keeps a completeness check open. */
  problem?: (item: T) => string | null;
  body: (item: T, context: CardContext) => React.ReactNode;
  /** Asks before removing (title, text) when removing would lose something, such as tracing. */
  confirmRemove?: (item: T, itemRef: string) => { title: string; text: string } | null;
  /** Shown above the list when it is empty (the completeness problem, if there is one). */
  emptyNote?: React.ReactNode;
  focusItem: string | null;
  /** The id of the list's heading, for a step that leads the user to it; one is made up otherwise. */
  headingId?: string;
}

/**
 * A list of items as cards: each a one-line summary that opens to its fields,
 * with move up, move down and remove; an Add button at the end. Long lists
 * start closed so they can be scanned.
 */
export function ItemCards<T extends { id: string }>(props: ItemCardsProps<T>): React.JSX.Element {
  const { editor } = useOpenDocument();
  const { list, items, texts, summary, meta, problem, body, confirmRemove, emptyNote, focusItem } = props;
  const styles = useStyles();
  const listStyles = useListStyles();
  const { t } = useTranslation();
  const ownHeadingId = useId();
  const headingId = props.headingId ?? ownHeadingId;
  const container = useRef<HTMLElement>(null);
  const actions = useListActions(
    editor,
    list,
    items.map((item) => item.id),
    container,
  );
  const [startOpen] = useState(() => items.length <= 3);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<{ id: string; title: string; text: string } | null>(null);
  const isOpen = (id: string): boolean => toggled.get(id) ?? (startOpen || id === focusItem);
  const setOpen = (ids: readonly string[], open: boolean): void => setToggled((before) => new Map([...before, ...ids.map((id) => [id, open] as const)]));

  // "Go to" an item from elsewhere (the review, a problem): show it and put the cursor in it.
  useEffect(() => {
    if (focusItem === null) return;
    const card = container.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(focusItem)}"]`);
    if (card === null || card === undefined) return;
    card.scrollIntoView({ block: 'start' });
    (findPart(card, null, 'first') ?? findPart(card, null, 'toggle'))?.focus({ preventScroll: true });
  }, [focusItem]);

  const itemName = (index: number): string => t(`steps.needs.${texts}.item`, { number: index + 1 });
  const itemRef = (index: number): string => t(`steps.needs.${texts}.itemRef`, { number: index + 1 });
  const remove = (id: string): void => actions.remove(id, 'toggle');
  const allOpen = items.every((item) => isOpen(item.id));

  return (
    <section className={listStyles.section} aria-labelledby={headingId} ref={container}>
      <div className={listStyles.header}>
        <h3 id={headingId} tabIndex={-1} className={listStyles.heading}>
          {t(`steps.needs.${texts}.heading`)}
        </h3>
        {items.length > 0 && <span className={listStyles.count}>{t(`steps.needs.${texts}.count`, { count: items.length })}</span>}
        {items.length > 1 && (
          <div className={listStyles.tools}>
            <Button
              size="small"
              appearance="subtle"
              onClick={() =>
                setOpen(
                  items.map((item) => item.id),
                  !allOpen,
                )
              }
            >
              {allOpen ? t('steps.needs.actions.collapseAll') : t('steps.needs.actions.expandAll')}
            </Button>
          </div>
        )}
      </div>
      <p className={listStyles.intro}>{t(`steps.needs.${texts}.intro`)}</p>
      {items.length === 0 && <p className={listStyles.empty}>{emptyNote ?? t(`steps.needs.${texts}.empty`)}</p>}
      {items.length > 0 && (
        <ol className={listStyles.list} aria-labelledby={headingId}>
          {items.map((item, index) => {
            const open = isOpen(item.id);
            const name = itemName(index);
            const ref = itemRef(index);
            const note = fresh.has(item.id) ? null : (problem?.(item) ?? null);
            const text = summary(item).trim();
            const bodyId = `${headingId}-${item.id}`;
            return (
              <li
                key={item.id}
                data-item-id={item.id}
                className={mergeClasses(styles.card, open && styles.cardOpen, note !== null && styles.cardProblem)}
                onBlur={(event) => {
                  if (fresh.has(item.id) && !event.currentTarget.contains(event.relatedTarget as Node | null)) {
                    setFresh((before) => new Set([...before].filter((id) => id !== item.id)));
                  }
                }}
              >
                <div className={styles.head}>
                  <h4 className={styles.title}>
                    <button
                      type="button"
                      className={styles.toggle}
                      aria-expanded={open}
                      aria-controls={bodyId}
                      data-focus-part="toggle"
                      onClick={() => setOpen([item.id], !open)}
                    >
                      <span className={styles.chevron} aria-hidden>
                        {open ? <ChevronDownRegular /> : <ChevronRightRegular />}
                      </span>
                      <span className={styles.name}>{name}</span>
                      <span className={mergeClasses(styles.summary, text === '' && styles.placeholder)}>
                        {text === '' ? t(`steps.needs.${texts}.untitled`) : text}
                      </span>
                    </button>
                  </h4>
                  <div className={styles.meta}>
                    {note !== null && (
                      <span className={styles.problem}>
                        <WarningFilled aria-hidden />
                        {note}
                      </span>
                    )}
                    {meta?.(item)}
                  </div>
                  <ItemActions
                    itemRef={ref}
                    first={index === 0}
                    last={index === items.length - 1}
                    onMove={(offset) => actions.move(item.id, offset)}
                    onRemove={() => {
                      const ask = confirmRemove?.(item, ref) ?? null;
                      if (ask === null) remove(item.id);
                      else setConfirming({ id: item.id, ...ask });
                    }}
                  />
                </div>
                {open && (
                  <div id={bodyId} className={styles.body} role="group" aria-label={name}>
                    {body(item, { itemRef: ref, showProblems: !fresh.has(item.id) })}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <Button
        className={listStyles.add}
        icon={<AddRegular />}
        data-focus-part="add"
        onClick={() => {
          const id = actions.add();
          setFresh((before) => new Set([...before, id]));
          setOpen([id], true);
        }}
      >
        {t(`steps.needs.${texts}.add`)}
      </Button>
      <Dialog open={confirming !== null} onOpenChange={(_event, data) => !data.open && setConfirming(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle as="h2">{confirming?.title}</DialogTitle>
            <DialogContent>{confirming?.text}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  if (confirming !== null) remove(confirming.id);
                  setConfirming(null);
                }}
              >
                {t('steps.needs.actions.confirmRemove')}
              </Button>
              <Button onClick={() => setConfirming(null)}>{t('steps.needs.actions.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
