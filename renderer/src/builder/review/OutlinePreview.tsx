import { Field, makeStyles, mergeClasses, Select, tokens, typographyStyles } from '@fluentui/react-components';
import { DocumentTextRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentOutline, type OutlineEntry, type RequirementCounts } from '../../../../shared/builder/outline';
import type { DocumentLanguage, Specification } from '../../../../shared/specification/model';
import { formatNumber } from '../../../../shared/format/numbers';
import { useReviewStyles } from './review-styles';
import { useUiLanguage } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  languageField: { minWidth: '160px' },
  paper: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cover: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'center',
    paddingBottom: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  coverIcon: { gridRow: '1 / span 3', fontSize: '28px', display: 'flex', color: tokens.colorBrandForeground1 },
  documentType: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, textTransform: 'uppercase', letterSpacing: '0.04em' },
  documentTitle: { ...typographyStyles.body1Strong },
  totals: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  nested: { listStyleType: 'none', margin: `0 0 0 ${tokens.spacingHorizontalS}`, padding: `0 0 0 ${tokens.spacingHorizontalM}`, borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  row: {
    display: 'grid',
    gridTemplateColumns: '2.25em minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  level2: { gridTemplateColumns: '3em minmax(0, 1fr) auto' },
  deeper: { gridTemplateColumns: '4em minmax(0, 1fr) auto' },
  annexRow: { gridTemplateColumns: 'max-content minmax(0, 1fr) auto' },
  number: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  chapter: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  title: { overflowWrap: 'anywhere' },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  split: { color: tokens.colorNeutralForeground3 },
});

/** The outline of the tender document an export would produce, in one of the document's languages. */
export function OutlinePreview({ spec }: { spec: Specification }): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const shared = useReviewStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const [chosen, setChosen] = useState<DocumentLanguage>(spec.primaryLanguage);
  const documentLanguage = spec.languages.includes(chosen) ? chosen : spec.primaryLanguage;
  const outline = useMemo(() => documentOutline(spec, documentLanguage), [spec, documentLanguage]);

  const requirementsText = (counts: RequirementCounts): string => t('steps.review.outline.requirements', { count: counts.total });
  const splitText = (counts: RequirementCounts): string =>
    t('steps.review.outline.split', { context: spec.jurisdiction, mandatory: formatNumber(counts.mandatory, language), evaluated: formatNumber(counts.evaluated, language) });

  const meta = (entry: OutlineEntry): React.ReactNode => {
    if (entry.requirements !== null) {
      return (
        <>
          {requirementsText(entry.requirements)}
          {entry.requirements.total > 0 && <span className={styles.split}> · {splitText(entry.requirements)}</span>}
        </>
      );
    }
    return entry.figures.map((figure) => t(`steps.review.outline.units.${figure.unit}`, { count: figure.count })).join(' · ');
  };

  const renderEntries = (entries: readonly OutlineEntry[], depth: number): React.JSX.Element => {
    const top = depth === 0;
    return (
    <ol className={top ? styles.list : styles.nested} aria-label={top ? t('steps.review.outline.listLabel', { documentType: outline.documentType }) : undefined}>
      {entries.map((entry) => (
        <li key={`${entry.kind}-${entry.number}`} data-outline-kind={entry.kind} data-number={entry.number}>
          <div className={mergeClasses(styles.row, depth === 1 && styles.level2, depth > 1 && styles.deeper, entry.kind === 'annex' && styles.annexRow)}>
            <span className={mergeClasses(styles.number, top && styles.chapter)} lang={documentLanguage}>
              {entry.number}
            </span>
            <span className={mergeClasses(styles.title, top && styles.chapter)} lang={documentLanguage}>
              {entry.title}
            </span>
            <span className={styles.meta}>{meta(entry)}</span>
          </div>
          {entry.children.length > 0 && renderEntries(entry.children, depth + 1)}
        </li>
      ))}
    </ol>
    );
  };

  return (
    <section aria-labelledby={headingId} className={shared.block} data-review-part="outline">
      <div className={styles.header}>
        <div className={shared.block}>
          <h3 id={headingId} className={shared.h3}>
            {t('steps.review.outline.title')}
          </h3>
          <p className={shared.intro}>{t('steps.review.outline.intro')}</p>
        </div>
        {spec.languages.length > 1 && (
          <Field label={t('steps.review.outline.language')} size="small" className={styles.languageField}>
            <Select size="small" value={documentLanguage} onChange={(_event, data) => setChosen(data.value as DocumentLanguage)}>
              {spec.languages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {t(`languageNames.${code}`)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <div className={styles.paper}>
        <div className={styles.cover}>
          <span className={styles.coverIcon} aria-hidden>
            <DocumentTextRegular />
          </span>
          <span className={styles.documentType} lang={documentLanguage}>
            {outline.documentType}
          </span>
          <span className={styles.documentTitle} lang={documentLanguage}>
            {outline.title}
          </span>
          <span className={styles.totals}>
            {t('steps.review.outline.totals', { requirements: requirementsText(outline.totals), split: splitText(outline.totals) })}
          </span>
        </div>
        {renderEntries(outline.entries, 0)}
      </div>
    </section>
  );
}
