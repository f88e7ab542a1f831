import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';

const useStyles = makeStyles({
  separator: {
    cursor: 'col-resize',
    touchAction: 'none',
    display: 'flex',
    justifyContent: 'center',
    borderRadius: tokens.borderRadiusMedium,
    '::before': { content: '""', width: '2px', height: '100%', backgroundColor: tokens.colorNeutralStroke2 },
    ':hover::before': { backgroundColor: tokens.colorBrandStroke1 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    ':focus-visible::before': { backgroundColor: tokens.colorBrandStroke1 },
  },
});

/** How far one arrow key moves the split; Page Up/Down move it four times as far. */
const keyStep = 24;

export interface SplitSeparatorProps {
  /** The width of the pane after the separator (the editor), in CSS pixels. */
  width: number;
  min: number;
  max: number;
  /** The width the list and the editor share. */
  span: number;
  /** What the separator divides, for screen readers. */
  label: string;
  onWidth: (width: number) => void;
}

/**
 * The handle between the list and the editor: dragged with a pointer, or
 * focused and moved with the arrow keys (Home and End go to either end).
 * Its value is the list's share of the width, in percent, as the window
 * splitter pattern describes it.
 */
export function SplitSeparator({ width, min, max, span, label, onWidth }: SplitSeparatorProps): React.JSX.Element {
  const styles = useStyles();
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const clamp = (value: number): number => Math.round(Math.max(min, Math.min(max, value)));
  // The list's share of the two panes: the editor at its widest leaves the list its least.
  const listShare = (editor: number): number => Math.round(((span - editor) / Math.max(1, span)) * 100);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const moves: Record<string, number> = {
      ArrowLeft: width + keyStep,
      ArrowRight: width - keyStep,
      PageUp: width + keyStep * 4,
      PageDown: width - keyStep * 4,
      Home: max,
      End: min,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onWidth(clamp(next));
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={listShare(width)}
      aria-valuemin={listShare(max)}
      aria-valuemax={listShare(min)}
      tabIndex={0}
      className={styles.separator}
      data-testid="requirements-split"
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, startWidth: width };
      }}
      onPointerMove={(event) => {
        if (drag.current === null) return;
        onWidth(clamp(drag.current.startWidth - (event.clientX - drag.current.startX)));
      }}
      onPointerUp={(event) => {
        drag.current = null;
        if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
    />
  );
}
