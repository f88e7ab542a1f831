import { Button, Input, makeStyles, mergeClasses, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, tokens } from '@fluentui/react-components';
import {
  AddRegular,
  ArrowDownRegular,
  ArrowUpRegular,
  DeleteRegular,
  MoreVerticalRegular,
  RenameRegular,
  TextIndentDecreaseRegular,
  TextIndentIncreaseRegular,
} from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../../shared/specification/model';

export interface TreeRow {
  section: Section;
  title: string;
  depth: number;
  /** Requirements in this section and the sections below it. */
  count: number;
  hasChildren: boolean;
}

export type SectionAction = 'up' | 'down' | 'indent' | 'outdent' | 'remove' | 'addChild';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  tree: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    paddingRight: tokens.spacingHorizontalXXS,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  // The selected pair of tokens keeps its contrast in every theme (high contrast uses the system's highlight colours).
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Selected },
    '& span': { color: 'inherit' },
  },
  dropTarget: { outline: `2px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  label: { flexGrow: 1, minWidth: 0, padding: `${tokens.spacingVerticalXS} 0`, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  count: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

export interface SectionTreeProps {
  rows: readonly TreeRow[];
  /** null: all sections. */
  selected: string | null;
  totalCount: number;
  onSelect: (sectionId: string | null) => void;
  onAction: (sectionId: string, action: SectionAction) => void;
  onRename: (sectionId: string, title: string) => void;
  onAddTopLevel: () => void;
  /** A section or a requirement dropped on a section. */
  onDrop: (target: string, dragged: { kind: 'section' | 'requirement'; id: string }) => void;
}

/**
 * The outline as a tree: arrow keys move between sections, Alt+arrows move
 * the focused section (up, down, in, out), F2 renames, Delete removes.
 * Sections can also be dragged onto another section (to go below it).
 */
export function SectionTree({ rows, selected, totalCount, onSelect, onAction, onRename, onAddTopLevel, onDrop }: SectionTreeProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [focused, setFocused] = useState<string | null>(selected);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dropOn, setDropOn] = useState<string | null>(null);
  const rowRefs = useRef(new Map<string, HTMLLIElement>());
  const ids = [null, ...rows.map((row) => row.section.id)];
  const focusTarget = ids.includes(focused) ? focused : null;
  /** The section the actions menu acts on: the one chosen in the tree. */
  const current = selected;
  const act = (action: SectionAction): void => {
    if (current !== null) onAction(current, action);
  };

  // Keep keyboard focus on the moved section after it changes place.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (refocus.current !== null) {
      rowRefs.current.get(refocus.current)?.focus();
      refocus.current = null;
    }
  });

  const focusRow = (id: string | null): void => {
    setFocused(id);
    rowRefs.current.get(id ?? '*')?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent, id: string | null): void => {
    if (event.target !== event.currentTarget) return;
    const index = ids.indexOf(id);
    if (event.altKey && id !== null) {
      const action = ({ ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' } as const)[event.key as 'ArrowUp'];
      if (action !== undefined) {
        event.preventDefault();
        refocus.current = id;
        onAction(id, action);
        return;
      }
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = ids[Math.max(0, Math.min(ids.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))] ?? null;
      focusRow(next);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusRow(event.key === 'Home' ? null : (ids.at(-1) ?? null));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    } else if (event.key === 'F2' && id !== null) {
      event.preventDefault();
      setRenaming(id);
    } else if (event.key === 'Delete' && id !== null) {
      event.preventDefault();
      onAction(id, 'remove');
      focusRow(ids[index - 1] ?? null);
    }
  };

  const drag = (event: React.DragEvent, kind: 'section', id: string): void => {
    event.dataTransfer.setData('application/x-kravstudio', JSON.stringify({ kind, id }));
    event.dataTransfer.effectAllowed = 'move';
  };
  const drop = (event: React.DragEvent, target: string): void => {
    event.preventDefault();
    setDropOn(null);
    try {
      const dragged = JSON.parse(event.dataTransfer.getData('application/x-kravstudio')) as { kind: 'section' | 'requirement'; id: string };
      if ((dragged.kind === 'section' || dragged.kind === 'requirement') && typeof dragged.id === 'string') onDrop(target, dragged);
    } catch {
      // Not something dragged from Kravstudio: ignore it.
    }
  };

  return (
    <div className={styles.box}>
      <ul role="tree" aria-label={t('steps.requirements.sectionsLabel')} className={styles.tree}>
        <li
          role="treeitem"
          aria-selected={selected === null}
          tabIndex={focusTarget === null ? 0 : -1}
          ref={(node) => {
            if (node !== null) rowRefs.current.set('*', node);
          }}
          className={mergeClasses(styles.row, selected === null && styles.selected)}
          style={{ paddingLeft: tokens.spacingHorizontalS }}
          onClick={() => onSelect(null)}
          onFocus={() => setFocused(null)}
          onKeyDown={(event) => onKeyDown(event, null)}
        >
          <span className={styles.label}>{t('steps.requirements.allSections')}</span>
          <span className={styles.count}>{totalCount}</span>
        </li>
        {rows.map((row) => {
          const id = row.section.id;
          return (
            <li
              key={id}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-selected={selected === id}
                            aria-describedby={`section-count-${id}`}
              tabIndex={focusTarget === id ? 0 : -1}
              draggable={renaming !== id}
              data-section-id={id}
              ref={(node) => {
                if (node === null) rowRefs.current.delete(id);
                else rowRefs.current.set(id, node);
              }}
              className={mergeClasses(styles.row, selected === id && styles.selected, dropOn === id && styles.dropTarget)}
              style={{ paddingLeft: `calc(${tokens.spacingHorizontalS} + ${row.depth * 16}px)` }}
              onClick={() => onSelect(id)}
              onFocus={(event) => event.target === event.currentTarget && setFocused(id)}
              onKeyDown={(event) => onKeyDown(event, id)}
              onDragStart={(event) => drag(event, 'section', id)}
              onDragOver={(event) => {
                event.preventDefault();
                setDropOn(id);
              }}
              onDragLeave={() => setDropOn((current) => (current === id ? null : current))}
              onDrop={(event) => drop(event, id)}
            >
              {renaming === id ? (
                <Input
                  size="small"
                  autoFocus
                  aria-label={t('steps.requirements.renameSection')}
                  defaultValue={row.title}
                  onClick={(event) => event.stopPropagation()}
                  onKeyDown={(event) => {
                    event.stopPropagation();
                    if (event.key === 'Enter') {
                      onRename(id, event.currentTarget.value);
                      setRenaming(null);
                      refocus.current = id;
                    } else if (event.key === 'Escape') {
                      setRenaming(null);
                      refocus.current = id;
                    }
                  }}
                  onBlur={(event) => {
                    onRename(id, event.currentTarget.value);
                    setRenaming(null);
                  }}
                />
              ) : (
                <span id={`section-title-${id}`} className={styles.label} title={row.title}>
                  {row.title}
                </span>
              )}
              <span className={styles.count} aria-hidden>
                {row.count}
              </span>
              <span id={`section-count-${id}`} hidden>
                {t('steps.requirements.sectionCount', { count: row.count })}
              </span>
            </li>
          );
        })}
      </ul>
      <div className={styles.actions}>
        <Button size="small" icon={<AddRegular />} onClick={onAddTopLevel}>
          {t('steps.requirements.addSection')}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" icon={<MoreVerticalRegular />} disabled={current === null}>
              {t('steps.requirements.sectionMenu')}
            </Button>
          </MenuTrigger>
          <MenuPopover>
              <MenuList>
                <MenuItem icon={<RenameRegular />} secondaryContent="F2" onClick={() => setRenaming(current)}>
                  {t('steps.requirements.rename')}
                </MenuItem>
                <MenuItem icon={<AddRegular />} onClick={() => act('addChild')}>
                  {t('steps.requirements.addSubsection')}
                </MenuItem>
                <MenuItem icon={<ArrowUpRegular />} secondaryContent="Alt+↑" onClick={() => act('up')}>
                  {t('steps.requirements.moveUp')}
                </MenuItem>
                <MenuItem icon={<ArrowDownRegular />} secondaryContent="Alt+↓" onClick={() => act('down')}>
                  {t('steps.requirements.moveDown')}
                </MenuItem>
                <MenuItem icon={<TextIndentIncreaseRegular />} secondaryContent="Alt+→" onClick={() => act('indent')}>
                  {t('steps.requirements.indent')}
                </MenuItem>
                <MenuItem icon={<TextIndentDecreaseRegular />} secondaryContent="Alt+←" onClick={() => act('outdent')}>
                  {t('steps.requirements.outdent')}
                </MenuItem>
                <MenuItem icon={<DeleteRegular />} secondaryContent="Del" onClick={() => act('remove')}>
                  {t('steps.requirements.removeSection')}
                </MenuItem>
              </MenuList>
          </MenuPopover>
        </Menu>
      </div>
    </div>
  );
}
