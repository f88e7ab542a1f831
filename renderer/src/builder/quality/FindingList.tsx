import { Button, Input, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowUndoRegular, DismissCircleRegular, ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingMessageKey } from '../../../../shared/quality/checker';
import { ruleCatalogue, type Severity } from '../../../../shared/quality/rules';
import type { DismissedFinding } from '../../../../shared/specification/model';
import { formatDateTime } from '../../format';
import type { TextMark } from './HighlightedTextarea';
import { useUiLanguage } from '../../open-document/DocumentContext';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const catalogueOrder = new Map(ruleCatalogue.map((rule, index) => [rule.id, index]));

export const severityIcons: Record<Severity, React.JSX.Element> = { error: <ErrorCircleFilled />, warning: <WarningFilled />, info: <InfoFilled /> };

export const useSeverityStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  itemError: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  itemWarning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  itemInfo: { borderLeftColor: tokens.colorBrandStroke1 },
  itemHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  icon: { display: 'flex', fontSize: '16px' },
  severity: { fontWeight: tokens.fontWeightSemibold },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, marginLeft: 'auto', fontSize: tokens.fontSizeBase200 },
  line: { margin: 0, lineHeight: tokens.lineHeightBase200 },
  label: { fontWeight: tokens.fontWeightSemibold },
  words: { backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, padding: '0 4px', textDecorationLine: 'underline', textDecorationStyle: 'wavy', textUnderlineOffset: '3px' },
  pairs: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, rowGap: '2px', margin: 0 },
  example: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusSmall,
  },
  exampleTitle: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  term: { color: tokens.colorNeutralForeground2, margin: 0 },
  before: { margin: 0, textDecorationLine: 'line-through', textDecorationColor: tokens.colorNeutralForeground3, color: tokens.colorNeutralForeground2 },
  after: { margin: 0, color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  // The reason's field is wide enough for its example ("For example: the term is defined in the glossary"); the button wraps below it first.
  dismiss: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center', marginTop: tokens.spacingVerticalXXS },
  reason: { flexGrow: 1, flexBasis: '42ch', minWidth: 0 },
  empty: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  dismissed: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  dismissedItem: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  dismissedReason: { color: tokens.colorNeutralForeground1, fontStyle: 'italic' },
});

interface RuleGroup {
  ruleId: string;
  severity: Severity;
  marks: TextMark[];
}

function groupByRule(marks: readonly TextMark[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const mark of marks) {
    const group = groups.get(mark.ruleId);
    if (group === undefined) groups.set(mark.ruleId, { ruleId: mark.ruleId, severity: mark.severity, marks: [mark] });
    else {
      group.marks.push(mark);
      if (rank[mark.severity] < rank[group.severity]) group.severity = mark.severity;
    }
  }
  return [...groups.values()].sort((a, b) => rank[a.severity] - rank[b.severity] || (catalogueOrder.get(a.ruleId) ?? 99) - (catalogueOrder.get(b.ruleId) ?? 99));
}

export interface FindingListProps {
  /** The requirement text the findings are about (the document's primary language). */
  text: string;
  findings: readonly TextMark[];
  dismissed: readonly DismissedFinding[];
  /** The language the text is written in, named in the UI language. */
  textLanguage: string;
  onDismiss: (ruleId: string, reason: string) => void;
  onRestore: (ruleId: string) => void;
  /** The finding under the pointer or in focus, to show it stronger in the text. */
  onActivate: (ruleId: string | null) => void;
}

/**
 * The findings of one requirement as a list of cards, one per rule: the
 * severity (icon and word), the words concerned, why it matters, an example
 * rewrite, and a field to dismiss it with a reason in one step. Each card
 * can take focus; dismissed findings are listed below with a way back.
 */
export function FindingList(props: FindingListProps): React.JSX.Element {
  const language = useUiLanguage();
  const { text, findings, dismissed, textLanguage, onDismiss, onRestore, onActivate } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const groups = groupByRule(findings);
  const root = useRef<HTMLElement>(null);
  // Where focus goes once a dismissal or a restore has redrawn the list: the next finding, the restored one, or the heading.
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  useEffect(() => {
    const node = root.current;
    if (pendingFocus === null || node === null) return;
    const target = pendingFocus === '' ? node.querySelector<HTMLElement>('h4') : node.querySelector<HTMLElement>(`li[data-rule="${pendingFocus}"]`);
    if (target === null) return;
    target.focus();
    setPendingFocus(null);
  }, [pendingFocus, findings, dismissed]);
  const dismiss = (ruleId: string, reason: string): void => {
    const index = groups.findIndex((group) => group.ruleId === ruleId);
    setPendingFocus((groups[index + 1] ?? groups[index - 1])?.ruleId ?? '');
    onDismiss(ruleId, reason);
  };
  // The finding under the pointer wins over the one with keyboard focus; either is shown stronger in the text.
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const active = hovered ?? focused;
  useEffect(() => onActivate(active), [active, onActivate]);
  const restore = (ruleId: string): void => {
    setPendingFocus(ruleId);
    onRestore(ruleId);
  };

  return (
    <section ref={root} className={styles.root} aria-labelledby={headingId} data-testid="requirement-findings">
      <div className={styles.head}>
        <h4 id={headingId} className={styles.title} tabIndex={-1}>
          {t('steps.quality.findingsTitle')}
        </h4>
        {groups.length > 0 && <p className={styles.hint}>{t('steps.quality.underlineHint')}</p>}
      </div>
      {text.trim() === '' ? (
        <p className={styles.empty}>{t('steps.quality.emptyText')}</p>
      ) : groups.length === 0 ? (
        <p className={styles.empty}>{t('steps.quality.noFindings')}</p>
      ) : (
        <ul className={styles.list} aria-label={t('steps.quality.findingsLabel', { language: textLanguage })} onMouseLeave={() => setHovered(null)}>
          {groups.map((group) => (
            <FindingCard key={group.ruleId} group={group} text={text} onDismiss={dismiss} onHover={setHovered} onFocusChange={setFocused} />
          ))}
        </ul>
      )}
      {dismissed.length > 0 && (
        <>
          <h5 className={styles.title}>{t('steps.quality.dismissedTitle', { count: dismissed.length })}</h5>
          <ul className={styles.dismissed} data-testid="dismissed-findings">
            {dismissed.map((entry) => {
              const rule = `${entry.ruleId} ${t(`steps.quality.names.${entry.ruleId}`, { defaultValue: entry.ruleId })}`;
              return (
                <li key={entry.ruleId} className={styles.dismissedItem} data-dismissed-rule={entry.ruleId}>
                  <span>
                    <span className={styles.label}>{rule}</span> · {t('steps.quality.dismissedOn', { date: formatDateTime(language, entry.at) })}:{' '}
                    <span className={styles.dismissedReason}>{entry.reason}</span>
                  </span>
                  <Button size="small" appearance="subtle" icon={<ArrowUndoRegular />} aria-label={t('steps.quality.restoreLabel', { rule })} onClick={() => restore(entry.ruleId)}>
                    {t('steps.quality.restore')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

interface FindingCardProps {
  group: RuleGroup;
  text: string;
  onDismiss: (ruleId: string, reason: string) => void;
  onHover: (ruleId: string | null) => void;
  onFocusChange: (ruleId: string | null) => void;
}

function FindingCard({ group, text, onDismiss, onHover, onFocusChange }: FindingCardProps): React.JSX.Element {
  const styles = useStyles();
  const severityStyles = useSeverityStyles();
  const { t } = useTranslation();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const { ruleId, severity } = group;
  const name = t(`steps.quality.names.${ruleId}`);
  const words = [
    ...new Set(group.marks.filter((mark) => mark.end > mark.start && !(mark.start === 0 && mark.end >= text.length)).map((mark) => text.slice(mark.start, mark.end))),
  ];
  const submit = (): void => {
    if (reason.trim() !== '') onDismiss(ruleId, reason.trim());
  };
  return (
    <li
      tabIndex={0}
      aria-labelledby={titleId}
      className={mergeClasses(styles.item, severity === 'error' ? styles.itemError : severity === 'warning' ? styles.itemWarning : styles.itemInfo)}
      data-rule={ruleId}
      data-severity={severity}
      onMouseEnter={() => onHover(ruleId)}
      onFocus={() => onFocusChange(ruleId)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onFocusChange(null);
      }}
    >
      <div className={styles.itemHead} id={titleId}>
        <span className={mergeClasses(styles.icon, severityStyles[severity])} aria-hidden>
          {severityIcons[severity]}
        </span>
        <span className={mergeClasses(styles.severity, severityStyles[severity])}>{t(`quality.severity.${severity}`)}:</span>
        <span>{name}</span>
        <span className={styles.ruleId}>{ruleId}</span>
      </div>
      <p className={styles.line}>
        <span className={styles.label}>{t('steps.quality.words')}:</span>{' '}
        {words.length === 0
          ? t('steps.quality.wholeText')
          : words.map((word, index) => (
              <span key={word}>
                {index > 0 && ', '}
                <span className={styles.words}>{word}</span>
              </span>
            ))}
      </p>
      <p className={styles.line}>
        <span className={styles.label}>{t('steps.quality.why')}:</span> {t(findingMessageKey({ ruleId, cause: group.marks.find((mark) => mark.cause !== undefined)?.cause }))}
      </p>
      <div className={styles.example}>
        <p className={styles.exampleTitle}>{t('steps.quality.example')}</p>
        <dl className={styles.pairs}>
          <dt className={styles.term}>{t('steps.quality.before')}</dt>
          <dd className={styles.before}>{t(`steps.quality.examples.${ruleId}.before`)}</dd>
          <dt className={styles.term}>{t('steps.quality.after')}</dt>
          <dd className={styles.after}>{t(`steps.quality.examples.${ruleId}.after`)}</dd>
        </dl>
      </div>
      <div className={styles.dismiss}>
        <Input
          size="small"
          className={styles.reason}
          aria-label={t('steps.quality.dismissReason', { rule: `${ruleId} ${name}` })}
          placeholder={t('steps.quality.dismissPlaceholder')}
          value={reason}
          onChange={(_event, data) => setReason(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              submit();
            }
          }}
        />
        <Button size="small" icon={<DismissCircleRegular />} disabled={reason.trim() === ''} onClick={submit}>
          {t('steps.quality.dismiss')}
        </Button>
      </div>
    </li>
  );
}
