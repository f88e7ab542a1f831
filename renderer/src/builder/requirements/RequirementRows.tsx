import { useHints } from '../../open-document/hints';
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckboxCheckedFilled, CheckboxUncheckedRegular, ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingCounts } from '../../../../shared/quality/finding-counts';
import type { DocumentFinding } from '../../../../shared/quality/lint';
import { requirementScore } from '../../../../shared/quality/scores';
import type { Requirement } from '../../../../shared/specification/model';
import type { DocumentLanguage } from '../../../../shared/specification/model/common';
import { parameterLabel, templateParameterOf } from '../../../../shared/templates/parameter-labels';
import { useTemplateParameters } from '../../library/useTemplateParameters';
import { useUiLanguage } from '../../open-document/DocumentContext';
import { ScoreDots } from '../quality/ScoreDots';
import { plainTextOf } from '../../../../shared/text/rich-text';
import { FilledSentence } from './FilledSentence';
import type { RequirementSelection } from './useRequirementSelection';

/** Every row has this height, so the list can show thousands of requirements by drawing only the visible ones. */
export const rowHeight = 60;
const overscan = 6;

export interface RequirementRow {
  requirement: Requirement;
  number: string;
  /** The requirement's text in `textLanguage` of the list. */
  text: string;
  findings: readonly DocumentFinding[];
}

const useStyles = makeStyles({
  viewport: {
    position: 'relative',
    overflowY: 'auto',
    height: '440px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    height: `${rowHeight}px`,
    boxSizing: 'border-box',
    display: 'grid',
    gridTemplateColumns: '56px minmax(0, 1fr)',
    gridTemplateRows: 'auto auto',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2 } },
  active: { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  dropTarget: { borderTop: `2px solid ${tokens.colorBrandStroke1}` },
  number: { gridRow: '1 / span 2', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  empty: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, minWidth: 0 },
  fill: { height: '100%', boxSizing: 'border-box' },
  id: { fontFamily: tokens.fontFamilyMonospace, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flexShrink: 0, maxWidth: '50%' },
  obligation: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  // The score and the counts share the second line with the id, so the first line gives the text the row's whole width.
  badges: { marginLeft: 'auto', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexShrink: 0 },
  counts: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', minHeight: '20px', whiteSpace: 'nowrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  none: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  // With bulk selection, a tick box before the number (drawn, not a control: the row is the option, aria-checked its state).
  withTick: { gridTemplateColumns: '20px 56px minmax(0, 1fr)' },
  tick: { gridRow: '1 / span 2', display: 'flex', alignItems: 'center', fontSize: '20px', color: tokens.colorNeutralForeground2 },
  ticked: { color: tokens.colorCompoundBrandForeground1 },
  checkedRow: { backgroundColor: tokens.colorSubtleBackgroundSelected },
});

export interface RequirementRowsProps {
  rows: readonly RequirementRow[];
  /** Requirement id → current number: cross-references in the texts read as these. */
  numberOf?: ReadonlyMap<string, string>;
  selectedId: string | null;
  /** The language of the rows' texts (the document's primary language): parameter values are written as it writes them. */
  textLanguage: DocumentLanguage;
  /** The label of the list (says which section it shows). */
  label: string;
  /** What the list says when it shows no rows: the document has none, the section has none, or nothing matches the search. */
  emptyText: string;
  obligationLabel: (requirement: Requirement) => string;
  onSelect: (id: string) => void;
  /** Enter: go to the editor of the selected requirement. */
  onOpen: (id: string) => void;
  onMove: (id: string, direction: -1 | 1) => void;
  onDelete: (id: string) => void;
  /** A requirement dropped before another one. */
  onDropBefore: (draggedId: string, targetId: string) => void;
  /**
   * Ticking requirements for a bulk action: a tick box per row; Ctrl/Cmd+click
   * or Space ticks one, Shift+click or Shift+arrows a range, Ctrl+A all shown,
   * Escape none.
   */
  selection?: RequirementSelection;
  /** The list fills the height its parent gives it (beside the editor) instead of choosing its own. */
  fillHeight?: boolean;
  /** A click opens the requirement in the editor (as Enter does), not only selects it. */
  clickOpens?: boolean;
}

/** What a row does when used; one object for the whole list that always calls the latest props, so memoised rows need not be drawn again. */
interface RowActions {
  click: (id: string, event: React.MouseEvent) => void;
  tick: (id: string, event: React.MouseEvent) => void;
  open: (id: string) => void;
  dropBefore: (draggedId: string, targetId: string) => void;
}

interface RowProps {
  row: RequirementRow;
  index: number;
  setSize: number;
  optionId: string;
  selected: boolean;
  /** undefined: the list has no bulk selection. */
  checked: boolean | undefined;
  obligation: string;
  text: string;
  textLanguage: DocumentLanguage;
  labelOf: ParameterLabeller;
  actions: RowActions;
}

/** A parameter's label in the UI language, for a requirement's placeholder whose value is not set. */
type ParameterLabeller = (requirement: Requirement, name: string) => string;

/**
 * True when a row would draw the same: the list's rows are rebuilt on every
 * edit, but an unchanged requirement keeps its object (and its findings), so
 * typing in one requirement draws only its own row again.
 */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.row.requirement === b.row.requirement &&
    a.row.number === b.row.number &&
    a.row.findings === b.row.findings &&
    a.index === b.index &&
    a.setSize === b.setSize &&
    a.optionId === b.optionId &&
    a.selected === b.selected &&
    a.checked === b.checked &&
    a.obligation === b.obligation &&
    a.text === b.text &&
    a.textLanguage === b.textLanguage &&
    a.labelOf === b.labelOf &&
    a.actions === b.actions
  );
}

/** One requirement of the list; drawn again only when its own props change. */
const Row = memo(function Row({ row, index, setSize, optionId, selected, checked, obligation, text, textLanguage, labelOf, actions }: RowProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [dropTarget, setDropTarget] = useState(false);
  const { requirement } = row;
  // One per rule, as the editor's finding cards count them.
  // A course exercise may hide the checker: no score and no counts of findings.
  const { checker } = useHints();
  const { error: errors, warning: warnings } = checker ? findingCounts(row.findings) : { error: 0, warning: 0 };
  const ticking = checked !== undefined;
  return (
    <div
      id={optionId}
      role="option"
      aria-selected={selected}
      aria-checked={checked}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-row-id={requirement.id}
      draggable
      className={mergeClasses(styles.row, ticking && styles.withTick, checked === true && styles.checkedRow, selected && styles.selected, dropTarget && styles.dropTarget)}
      style={{ top: `${index * rowHeight}px` }}
      onClick={(event) => actions.click(requirement.id, event)}
      onDoubleClick={() => actions.open(requirement.id)}
      onDragStart={(event) => {
        event.dataTransfer.setData('application/x-kravstudio', JSON.stringify({ kind: 'requirement', id: requirement.id }));
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        event.preventDefault();
        setDropTarget(true);
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDropTarget(false);
        try {
          const dragged = JSON.parse(event.dataTransfer.getData('application/x-kravstudio')) as { kind: string; id: string };
          if (dragged.kind === 'requirement' && dragged.id !== requirement.id) actions.dropBefore(dragged.id, requirement.id);
        } catch {
          // Not a requirement: ignore.
        }
      }}
    >
      {ticking && (
        <span className={mergeClasses(styles.tick, checked && styles.ticked)} aria-hidden data-tick onClick={(event) => actions.tick(requirement.id, event)}>
          {checked ? <CheckboxCheckedFilled /> : <CheckboxUncheckedRegular />}
        </span>
      )}
      <span className={styles.number}>{row.number}</span>
      <span className={mergeClasses(styles.text, text === '' && styles.empty)} data-row-text>
        {text === '' ? (
          t('steps.requirements.noText')
        ) : (
          <FilledSentence text={text} parameters={requirement.parameters} language={textLanguage} labelOf={(name) => labelOf(requirement, name)} />
        )}
      </span>
      <span className={styles.meta}>
        <span className={styles.id}>{requirement.id}</span>
        <span aria-hidden>·</span>
        <span className={styles.obligation}>{obligation}</span>
        <span className={styles.badges}>
          {checker && text !== '' && <ScoreDots score={requirementScore(row.findings)} />}
          <span className={styles.counts}>
            {errors > 0 && (
              <Badge appearance="ghost" className={styles.error} icon={<ErrorCircleFilled />}>
                {t('steps.requirements.errors', { count: errors })}
              </Badge>
            )}
            {warnings > 0 && (
              <Badge appearance="ghost" className={styles.warning} icon={<WarningFilled />}>
                {t('steps.requirements.warnings', { count: warnings })}
              </Badge>
            )}
          </span>
        </span>
      </span>
    </div>
  );
}, sameRow);

/**
 * The requirements as a virtualised listbox: only the rows in view (and a
 * few around them) are in the page, so a 5,000-requirement document scrolls
 * and types as a 50-requirement one. Keyboard: arrows, Home/End, PageUp/Down
 * move the selection; Alt+↑/↓ move the requirement; Delete removes it
 * (undo brings it back); Enter opens it in the editor. With a bulk
 * selection, Space ticks the current row, Shift+arrows tick a range,
 * Ctrl+A ticks every row shown and Escape unticks all.
 */
export function RequirementRows(props: RequirementRowsProps): React.JSX.Element {
  const { rows, selectedId, label, emptyText, obligationLabel, onSelect, onMove, onDelete, numberOf, selection, textLanguage, fillHeight = false } = props;
  // Only the rows drawn are read, and each text's parse is memoised: cheap even for thousands of rows.
  const shownText = (text: string): string => plainTextOf(text, (id, written) => numberOf?.get(id) ?? written).replace(/\s+/g, ' ');
  const styles = useStyles();
  const templates = useTemplateParameters();
  const uiLanguage = useUiLanguage();
  // One function while the library and the UI language stay: the memoised rows are not drawn again for it.
  const labelOf = useMemo<ParameterLabeller>(
    () => (requirement, name) => parameterLabel(name, templateParameterOf(requirement, name, templates), uiLanguage),
    [templates, uiLanguage],
  );
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(440);
  const selectedIndex = rows.findIndex((row) => row.requirement.id === selectedId);

  // The rows' actions read the latest props through this ref, so their object never changes.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const orderedIds = (): string[] => latest.current.rows.map((row) => row.requirement.id);
  const [actions] = useState<RowActions>(() => ({
    click: (id, event) => {
      const { selection: ticks, onSelect: select, onOpen: open, clickOpens } = latest.current;
      // Shift and Ctrl/Cmd tick rows; a plain click opens the requirement where the list asks for it.
      if (ticks !== undefined && event.shiftKey) ticks.extendTo(id, orderedIds());
      else if (ticks !== undefined && (event.ctrlKey || event.metaKey)) ticks.toggle(id);
      else {
        ticks?.setAnchor(id);
        if (clickOpens === true) {
          open(id);
          return;
        }
      }
      select(id);
    },
    tick: (id, event) => {
      event.stopPropagation();
      const ticks = latest.current.selection;
      if (ticks === undefined) return;
      if (event.shiftKey) ticks.extendTo(id, orderedIds());
      else ticks.toggle(id);
      latest.current.onSelect(id);
    },
    open: (id) => latest.current.onOpen(id),
    dropBefore: (draggedId, targetId) => latest.current.onDropBefore(draggedId, targetId),
  }));

  useEffect(() => {
    const node = viewport.current;
    if (node === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(node.clientHeight));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  // Keep the selected row in view when the selection moves (keyboard, "go to", a new requirement).
  useEffect(() => {
    const node = viewport.current;
    if (node === null || selectedIndex < 0) return;
    const top = selectedIndex * rowHeight;
    if (top < node.scrollTop) node.scrollTop = top;
    else if (top + rowHeight > node.scrollTop + node.clientHeight) node.scrollTop = top + rowHeight - node.clientHeight;
  }, [selectedIndex]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const visible = rows.slice(first, last);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (rows.length === 0) return;
    const current = Math.max(0, selectedIndex);
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moveTo = (index: number): void => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
      if (row === undefined) return;
      // Shift with a move ticks the rows passed over, from where the range started.
      if (selection !== undefined && event.shiftKey) {
        const ids = rows.map((item) => item.requirement.id);
        if (selectedId !== null && !selection.checked.has(selectedId)) selection.extendTo(selectedId, ids);
        selection.extendTo(row.requirement.id, ids);
      } else selection?.setAnchor(row.requirement.id);
      onSelect(row.requirement.id);
    };
    const id = rows[current]?.requirement.id;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      if (id !== undefined) onMove(id, event.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    if (selection !== undefined && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      selection.add(rows.map((row) => row.requirement.id));
      return;
    }
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(selectedIndex < 0 ? 0 : current + 1),
      ArrowUp: () => moveTo(current - 1),
      PageDown: () => moveTo(current + page),
      PageUp: () => moveTo(current - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => id !== undefined && props.onOpen(id),
      Delete: () => id !== undefined && onDelete(id),
    };
    if (selection !== undefined) {
      keys[' '] = () => id !== undefined && selection.toggle(id);
      if (selection.checked.size > 0) keys['Escape'] = () => selection.clear();
    }
    const action = keys[event.key];
    if (action !== undefined) {
      event.preventDefault();
      action();
    }
  };

  const optionId = (id: string): string => `requirement-option-${id}`;
  if (rows.length === 0) {
    return (
      <div className={mergeClasses(styles.viewport, styles.none, fillHeight && styles.fill)} data-testid="requirement-rows">
        {emptyText}
      </div>
    );
  }
  return (
    <div
      ref={viewport}
      className={mergeClasses(styles.viewport, fillHeight && styles.fill)}
      style={fillHeight ? undefined : { height: `${Math.min(440, Math.max(rows.length, 3) * rowHeight + 2)}px` }}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={selectedIndex >= first && selectedIndex < last && selectedId !== null ? optionId(selectedId) : undefined}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      data-testid="requirement-rows"
    >
      <div style={{ height: `${rows.length * rowHeight}px` }} />
      {visible.map((row, offset) => (
        <Row
          key={row.requirement.id}
          row={row}
          index={first + offset}
          setSize={rows.length}
          optionId={optionId(row.requirement.id)}
          selected={row.requirement.id === selectedId}
          checked={selection === undefined ? undefined : selection.checked.has(row.requirement.id)}
          obligation={obligationLabel(row.requirement)}
          text={row.text.trim() === '' ? '' : shownText(row.text)}
          textLanguage={textLanguage}
          labelOf={labelOf}
          actions={actions}
        />
      ))}
    </div>
  );
}
