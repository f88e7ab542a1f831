import { Badge, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../shared/languages';
import type { Specification } from '../../../shared/specification/model';
import { lintRequirements, type DocumentFinding } from '../../../shared/quality/lint';
import { fillParameters } from '../../../shared/templates/instantiate';
import { useMemo } from 'react';

const useStyles = makeStyles({
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  section: { marginTop: tokens.spacingVerticalM },
  sectionTitle: { ...typographyStyles.subtitle2, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: tokens.spacingHorizontalM, alignItems: 'baseline' },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  meta: { display: 'flex', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
  findings: { listStyleType: 'none', margin: `${tokens.spacingVerticalXXS} 0 0`, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  finding: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  info: { fontWeight: tokens.fontWeightSemibold },
});

/** The document's requirements by section, texts with their parameter values (read-only overview). */
export function RequirementList({ specification, language }: { specification: Specification; language: UiLanguage }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const primary = specification.primaryLanguage;
  const titleOf = (title: Partial<Record<UiLanguage, string>>): string => title[language] ?? title[primary] ?? Object.values(title)[0] ?? '';
  const sections = [...specification.sections].sort((a, b) => a.order - b.order);
  // Re-checked only when what the rules read changes (editing the details keeps the same arrays).
  const { requirements, glossary, attachments } = specification;
  const estimatedValue = specification.procurement.estimatedValue;
  const findings = useMemo(() => {
    const byRequirement = new Map<string, DocumentFinding[]>();
    const context = { glossaryTerms: glossary.map((entry) => entry.term), annexCount: attachments.length, estimatedValue };
    for (const finding of lintRequirements(requirements, primary, context)) {
      byRequirement.set(finding.requirementId, [...(byRequirement.get(finding.requirementId) ?? []), finding]);
    }
    return byRequirement;
  }, [requirements, glossary, attachments, estimatedValue, primary]);
  return (
    <section aria-labelledby="requirements-heading">
      <h2 id="requirements-heading" className={styles.heading}>
        {t('workspace.requirementsTitle')}
      </h2>
      {specification.requirements.length === 0 && <Text as="p">{t('workspace.requirementsEmpty')}</Text>}
      {sections.map((section) => {
        const requirements = specification.requirements.filter((r) => r.sectionId === section.id).sort((a, b) => a.order - b.order);
        if (requirements.length === 0) return null;
        return (
          <section key={section.id} className={styles.section} aria-label={titleOf(section.title)}>
            <h3 className={styles.sectionTitle}>{titleOf(section.title)}</h3>
            <ol className={styles.list}>
              {requirements.map((r) => {
                const values = Object.fromEntries(r.parameters.map((p) => [p.name, p.value === null ? null : `${p.value}${p.unit !== undefined && p.type !== 'text' ? ` ${p.unit}` : ''}`]));
                return (
                  <li key={r.id} className={styles.item}>
                    <span className={styles.id}>{r.id}</span>
                    <div>
                      <Text lang={primary}>{fillParameters(r.text[primary] ?? '', values)}</Text>
                      <div className={styles.meta}>
                        <Badge size="small" appearance={r.obligation === 'mandatory' ? 'filled' : 'outline'}>
                          {t(`library.obligations.${r.obligation}`)}
                        </Badge>
                      </div>
                      {(findings.get(r.id) ?? []).length > 0 && (
                        <ul className={styles.findings} aria-label={t('quality.findingsLabel', { id: r.id })}>
                          {(findings.get(r.id) ?? []).map((f) => (
                            <li key={`${f.ruleId}-${f.start}`} className={styles.finding}>
                              <span className={styles[f.severity]}>{t(`quality.severity.${f.severity}`)}</span> {f.ruleId}: {t(`quality.rules.${f.ruleId}`)}
                              {f.end > f.start && f.end - f.start < (r.text[primary] ?? '').length ? ` («${(r.text[primary] ?? '').slice(f.start, f.end)}»)` : ''}
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
