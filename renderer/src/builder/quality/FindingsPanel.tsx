import { Button, Field, makeStyles, mergeClasses, Select, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowRightRegular, ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFinding } from '../../../../shared/quality/lint';
import { ruleCatalogue, type Severity } from '../../../../shared/quality/rules';
import { documentQuality } from '../../../../shared/quality/scores';
import type { Requirement } from '../../../../shared/specification/model';
import { formatNumber } from '../../../../shared/format/numbers';
import { DocumentScore } from './DocumentScore';
import { severityIcons, useSeverityStyles } from './FindingList';
import { useUiLanguage } from '../../open-document/DocumentContext';

/** Findings shown at a time: the list stays short with thousands of findings. */
export const findingsPageSize = 20;
const severities: readonly Severity[] = ['error', 'warning', 'info'];
const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const catalogueOrder = new Map(ruleCatalogue.map((rule, index) => [rule.id, index]));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  score: { padding: `${tokens.spacingVerticalM} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  filter: { minWidth: '200px' },
  status: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0, marginLeft: 'auto' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'grid',
    gridTemplateColumns: '104px 64px minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  severity: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  icon: { display: 'flex', fontSize: '16px' },
  number: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  what: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  rule: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalS },
  excerpt: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase300 },
  words: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline', textUnderlineOffset: '2px' },
  pager: { display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS },
  empty: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0, padding: `${tokens.spacingVerticalS} 0` },
});

export interface FindingsPanelProps {
  /** Requirements in document order, with their number as exported. */
  order: readonly { requirement: Requirement; number: string }[];
  findings: ReadonlyMap<string, readonly DocumentFinding[]>;
  primaryLanguage: string;
  onGoTo: (requirementId: string) => void;
}

interface Entry {
  finding: DocumentFinding;
  number: string;
  text: string;
}

/** A short piece of text around the finding's words (or the start of the text when it is about all of it). */
function excerptOf(text: string, start: number, end: number): { before: string; words: string; after: string } {
  if (start === 0 && end >= text.length) return { before: text.slice(0, 120), words: '', after: '' };
  const from = Math.max(0, start - 40);
  return { before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`, words: text.slice(start, end), after: text.slice(end, end + 60) };
}

/**
 * All findings of the document, filtered by severity and rule, a page at a
 * time, each with "go to"; above them the document's quality score.
 */
export const FindingsPanel = memo(function FindingsPanel({ order, findings, primaryLanguage, onGoTo }: FindingsPanelProps): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const severityStyles = useSeverityStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [rule, setRule] = useState<string>('all');
  const [page, setPage] = useState(0);

  const all: Entry[] = useMemo(() => {
    const out: Entry[] = [];
    for (const { requirement, number } of order) {
      const list = findings.get(requirement.id);
      if (list === undefined) continue;
      const text = requirement.text[primaryLanguage as keyof Requirement['text']] ?? '';
      for (const finding of [...list].sort((a, b) => rank[a.severity] - rank[b.severity] || a.start - b.start)) out.push({ finding, number, text });
    }
    return out;
  }, [order, findings, primaryLanguage]);

  const quality = useMemo(
    () =>
      documentQuality(
        order.filter(({ requirement }) => (requirement.text[primaryLanguage as keyof Requirement['text']] ?? '').trim() !== '').map(({ requirement }) => requirement.id),
        (id) => findings.get(id),
      ),
    [order, findings, primaryLanguage],
  );

  const ruleCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const entry of all) if (severity === 'all' || entry.finding.severity === severity) counts.set(entry.finding.ruleId, (counts.get(entry.finding.ruleId) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => (catalogueOrder.get(a) ?? 99) - (catalogueOrder.get(b) ?? 99));
  }, [all, severity]);

  const shown = useMemo(() => all.filter((entry) => (severity === 'all' || entry.finding.severity === severity) && (rule === 'all' || entry.finding.ruleId === rule)), [all, severity, rule]);
  const pages = Math.max(1, Math.ceil(shown.length / findingsPageSize));
  const current = Math.min(page, pages - 1);
  const visible = shown.slice(current * findingsPageSize, (current + 1) * findingsPageSize);

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="findings-panel">
      <h3 id={headingId} className={styles.title}>
        {t('steps.quality.panelTitle')}
      </h3>
      <p className={styles.intro}>{t('steps.quality.panelIntro')}</p>
      {quality.mean !== null && (
        <div className={styles.score} role="group" aria-label={t('steps.quality.documentScore')}>
          <DocumentScore quality={quality} />
        </div>
      )}
      {all.length === 0 ? (
        <p className={styles.empty}>{t('steps.quality.noneAtAll')}</p>
      ) : (
        <>
          <div className={styles.filters}>
            <Field label={t('steps.quality.severityFilter')} className={styles.filter}>
              <Select
                value={severity}
                onChange={(_event, data) => {
                  setSeverity(severities.find((value) => value === data.value) ?? 'all');
                  setRule('all');
                  setPage(0);
                }}
              >
                <option value="all">{t('steps.quality.allSeverities')}</option>
                {severities.map((value) => (
                  <option key={value} value={value}>
                    {t(`quality.severity.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('steps.quality.ruleFilter')} className={styles.filter}>
              <Select
                value={rule}
                onChange={(_event, data) => {
                  setRule(data.value);
                  setPage(0);
                }}
              >
                <option value="all">{t('steps.quality.allRules')}</option>
                {ruleCounts.map(([id, count]) => (
                  <option key={id} value={id}>
                    {`${id} ${t(`steps.quality.names.${id}`)} (${formatNumber(count, language)})`}
                  </option>
                ))}
              </Select>
            </Field>
            <p className={styles.status} role="status" aria-live="polite">
              {t('steps.quality.shown', { count: shown.length })}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className={styles.empty}>{t('steps.quality.noneMatch')}</p>
          ) : (
            <ol className={styles.list} aria-label={t('steps.quality.panelTitle')} start={current * findingsPageSize + 1}>
              {visible.map(({ finding, number, text }) => {
                const excerpt = excerptOf(text, finding.start, finding.end);
                const name = t(`steps.quality.names.${finding.ruleId}`);
                return (
                  <li key={`${finding.requirementId}-${finding.ruleId}-${finding.start}`} className={styles.row} data-rule={finding.ruleId} data-severity={finding.severity} data-requirement-id={finding.requirementId}>
                    <span className={mergeClasses(styles.severity, severityStyles[finding.severity])}>
                      <span className={styles.icon} aria-hidden>
                        {severityIcons[finding.severity]}
                      </span>
                      {t(`quality.severity.${finding.severity}`)}
                    </span>
                    <span className={styles.number}>{number}</span>
                    <span className={styles.what}>
                      <span className={styles.rule}>
                        <span className={styles.ruleId}>{finding.ruleId}</span>
                        {name}
                      </span>
                      <span className={styles.excerpt} lang={primaryLanguage}>
                        {excerpt.before}
                        {excerpt.words !== '' && <span className={styles.words}>{excerpt.words}</span>}
                        {excerpt.after}
                      </span>
                    </span>
                    <Button size="small" appearance="subtle" icon={<ArrowRightRegular />} iconPosition="after" aria-label={t('steps.quality.goToLabel', { number, rule: name })} onClick={() => onGoTo(finding.requirementId)}>
                      {t('steps.quality.goTo')}
                    </Button>
                  </li>
                );
              })}
            </ol>
          )}
          {pages > 1 && (
            <div className={styles.pager}>
              <span className={styles.status}>
                {t('steps.quality.range', {
                  from: formatNumber(current * findingsPageSize + 1, language),
                  to: formatNumber(Math.min(shown.length, (current + 1) * findingsPageSize), language),
                  total: formatNumber(shown.length, language),
                })}
              </span>
              <Button size="small" icon={<ChevronLeftRegular />} disabled={current === 0} onClick={() => setPage(current - 1)}>
                {t('steps.quality.previous')}
              </Button>
              <Button size="small" icon={<ChevronRightRegular />} iconPosition="after" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                {t('steps.quality.next')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
});
