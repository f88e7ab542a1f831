import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsList } from '../../../../shared/builder/needs-edits';
import { useListStyles } from './ItemCards';
import { ItemActions } from './ItemActions';
import { useListActions } from './list-actions';
import { useOpenDocument } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'grid',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    '& > *': { minWidth: 0 },
    // Inputs fill their column instead of keeping Fluent's minimum width.
    '& .fui-Input': { width: '100%', minWidth: 0 },
  },
  columns: {
    display: 'grid',
    columnGap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalXS} 0 ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  number: {
    alignSelf: 'center',
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: 'tabular-nums',
    fontSize: tokens.fontSizeBase200,
    textAlign: 'end',
  },
});

export interface RowColumn<T> {
  key: string;
  /** The column heading, also the start of each control's accessible name. */
  label: string;
  /** A CSS grid track size, such as "minmax(0, 2fr)". */
  width: string;
  /** The control; `name` is its accessible name ("Name, stakeholder 2"), `first` marks the row's first control. */
  render: (item: T, name: string, first: boolean) => React.ReactNode;
}

export interface ItemRowsProps<T extends { id: string }> {
  list: NeedsList;
  items: readonly T[];
  /** The key of the list's texts under steps.needs (heading, intro, itemRef, add, empty). */
  texts: string;
  columns: readonly RowColumn<T>[];
}

/** A short list edited as a compact grid: one row per item, the column names once above. */
export function ItemRows<T extends { id: string }>({ list, items, texts, columns }: ItemRowsProps<T>): React.JSX.Element {
  const { editor } = useOpenDocument();
  const styles = useStyles();
  const listStyles = useListStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const container = useRef<HTMLElement>(null);
  const actions = useListActions(
    editor,
    list,
    items.map((item) => item.id),
    container,
  );
  const template = `2ch ${columns.map((column) => column.width).join(' ')} auto`;

  return (
    <section className={listStyles.section} aria-labelledby={headingId} ref={container}>
      <div className={listStyles.header}>
        <h3 id={headingId} className={listStyles.heading}>
          {t(`steps.needs.${texts}.heading`)}
        </h3>
      </div>
      <p className={listStyles.intro}>{t(`steps.needs.${texts}.intro`)}</p>
      {items.length === 0 ? (
        <p className={listStyles.empty}>{t(`steps.needs.${texts}.empty`)}</p>
      ) : (
        <div className={styles.table}>
          {/* The column names, for sighted users; every control carries its own full name. */}
          <div className={styles.columns} style={{ gridTemplateColumns: template }} aria-hidden>
            <span />
            {columns.map((column) => (
              <span key={column.key}>{column.label}</span>
            ))}
          </div>
          <ol className={listStyles.list} aria-labelledby={headingId}>
            {items.map((item, index) => {
              const ref = t(`steps.needs.${texts}.itemRef`, { number: index + 1 });
              return (
                <li key={item.id} data-item-id={item.id} className={styles.row} style={{ gridTemplateColumns: template }}>
                  <span className={styles.number} aria-hidden>
                    {index + 1}
                  </span>
                  {columns.map((column, columnIndex) => (
                    <div key={column.key}>{column.render(item, `${column.label}, ${ref}`, columnIndex === 0)}</div>
                  ))}
                  <ItemActions itemRef={ref} first={index === 0} last={index === items.length - 1} onMove={(offset) => actions.move(item.id, offset)} onRemove={() => actions.remove(item.id, 'first')} />
                </li>
              );
            })}
          </ol>
        </div>
      )}
      <Button className={listStyles.add} icon={<AddRegular />} data-focus-part="add" onClick={() => actions.add()}>
        {t(`steps.needs.${texts}.add`)}
      </Button>
    </section>
  );
}
