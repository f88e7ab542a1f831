import { makeStyles, mergeClasses, Textarea, type TextareaProps } from '@fluentui/react-components';
import { forwardRef, useCallback, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { FindingCause } from '../../../../shared/quality/checker';
import type { Severity } from '../../../../shared/quality/rules';

/** A stretch of the text a finding is about. */
export interface TextMark {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  /** Why the rule fired, when it can fire for more than one reason. */
  cause?: FindingCause;
}

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const useStyles = makeStyles({
  wrap: { position: 'relative', display: 'flex', flexDirection: 'column' },
  overlay: {
    position: 'absolute',
    boxSizing: 'border-box',
    overflow: 'hidden',
    pointerEvents: 'none',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    color: 'transparent',
    zIndex: 1,
  },
  mark: {
    color: 'transparent',
    borderRadius: '2px',
    textDecorationLine: 'underline',
    textDecorationThickness: '2px',
    textUnderlineOffset: '3px',
    textDecorationSkipInk: 'none',
  },
  error: { backgroundColor: 'rgba(209, 52, 56, 0.12)', textDecorationColor: '#c50f1f', textDecorationStyle: 'wavy' },
  warning: { backgroundColor: 'rgba(247, 99, 12, 0.13)', textDecorationColor: '#da3b01', textDecorationStyle: 'wavy' },
  info: { backgroundColor: 'rgba(15, 108, 189, 0.1)', textDecorationColor: '#0f6cbd', textDecorationStyle: 'dotted' },
  active: { backgroundColor: 'rgba(255, 200, 0, 0.38)', outline: '1px solid rgba(0, 0, 0, 0.35)' },
});

interface Segment {
  text: string;
  mark: TextMark | null;
  rules: string;
}

/** Splits the text at every mark boundary; where marks overlap, the most severe one styles the stretch. */
function segmentsOf(text: string, marks: readonly TextMark[]): Segment[] {
  const spans = marks.filter((mark) => mark.end > mark.start && mark.start < text.length && !(mark.start === 0 && mark.end >= text.length));
  if (spans.length === 0) return [{ text, mark: null, rules: '' }];
  const cuts = [...new Set([0, text.length, ...spans.flatMap((mark) => [mark.start, Math.min(mark.end, text.length)])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let index = 0; index < cuts.length - 1; index += 1) {
    const from = cuts[index] ?? 0;
    const to = cuts[index + 1] ?? from;
    if (to <= from) continue;
    const covering = spans.filter((mark) => mark.start <= from && mark.end >= to);
    const top = covering.reduce<TextMark | null>((best, mark) => (best === null || rank[mark.severity] > rank[best.severity] ? mark : best), null);
    out.push({ text: text.slice(from, to), mark: top, rules: [...new Set(covering.map((mark) => mark.ruleId))].join(' ') });
  }
  return out;
}

export type HighlightedTextareaProps = Omit<TextareaProps, 'value'> & {
  value: string;
  marks: readonly TextMark[];
  /** The rule whose marks are shown stronger (the finding in focus or under the pointer). */
  activeRuleId?: string | null;
};

/**
 * A Fluent Textarea with the findings underlined in place. A layer that
 * mirrors the textarea's text, box and font sits over it with transparent
 * text, so only the underlines and tints show; it takes no pointer events
 * and is hidden from assistive technology (the findings list says the same
 * in words), so typing, selection and the caret are the textarea's own.
 * The layer follows the textarea's scrolling and size.
 */
export const HighlightedTextarea = forwardRef<HTMLTextAreaElement, HighlightedTextareaProps>(function HighlightedTextarea(props, forwarded) {
  const { value, marks, activeRuleId = null, onScroll, className, ...rest } = props;
  const styles = useStyles();
  const wrapper = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<CSSProperties | null>(null);

  const setArea = useCallback(
    (node: HTMLTextAreaElement | null) => {
      area.current = node;
      if (typeof forwarded === 'function') forwarded(node);
      else if (forwarded !== null) forwarded.current = node;
    },
    [forwarded],
  );

  const hasMarks = marks.length > 0;
  useLayoutEffect(() => {
    const field = area.current;
    const outer = wrapper.current;
    if (!hasMarks || field === null || outer === null) return;
    const measure = (): void => {
      const style = getComputedStyle(field);
      const inner = field.getBoundingClientRect();
      const frame = outer.getBoundingClientRect();
      setBox({
        top: inner.top - frame.top + field.clientTop,
        left: inner.left - frame.left + field.clientLeft,
        width: field.clientWidth,
        height: field.clientHeight,
        paddingTop: style.paddingTop,
        paddingRight: style.paddingRight,
        paddingBottom: style.paddingBottom,
        paddingLeft: style.paddingLeft,
        fontFamily: style.fontFamily,
        fontSize: style.fontSize,
        fontWeight: style.fontWeight,
        fontStyle: style.fontStyle,
        lineHeight: style.lineHeight,
        letterSpacing: style.letterSpacing,
        wordSpacing: style.wordSpacing,
        tabSize: style.tabSize,
        textAlign: style.textAlign as CSSProperties['textAlign'],
      });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(field);
    observer.observe(outer);
    return () => observer.disconnect();
  }, [hasMarks]);

  // After every render (new text, new marks) the layer scrolls with the textarea.
  useLayoutEffect(() => {
    const field = area.current;
    const mirror = layer.current;
    if (field === null || mirror === null) return;
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  });

  const segments = useMemo(() => (hasMarks ? segmentsOf(value, marks) : []), [hasMarks, value, marks]);

  return (
    <div ref={wrapper} className={mergeClasses(styles.wrap, className)}>
      <Textarea
        {...rest}
        ref={setArea}
        value={value}
        onScroll={(event) => {
          const mirror = layer.current;
          if (mirror !== null) {
            mirror.scrollTop = event.currentTarget.scrollTop;
            mirror.scrollLeft = event.currentTarget.scrollLeft;
          }
          onScroll?.(event);
        }}
      />
      {hasMarks && box !== null && (
        <div ref={layer} aria-hidden className={styles.overlay} style={box} data-testid="finding-marks">
          {segments.map((segment, index) => {
            if (segment.mark === null) return <span key={index}>{segment.text}</span>;
            const active = activeRuleId !== null && segment.rules.split(' ').includes(activeRuleId);
            return (
              <mark
                key={index}
                className={mergeClasses(styles.mark, styles[segment.mark.severity], active && styles.active)}
                data-rules={segment.rules}
                data-severity={segment.mark.severity}
                data-active={active ? 'true' : undefined}
              >
                {segment.text}
              </mark>
            );
          })}
          {/* A trailing line break in the textarea still takes a line; so does this. */}
          {'\u200b'}
        </div>
      )}
    </div>
  );
});
