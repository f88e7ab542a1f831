import { Badge, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../shared/languages';
import type { Specification } from '../../../shared/specification/model';
import { fillParameters } from '../../../shared/templates/instantiate';

const useStyles = makeStyles({
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  section: { marginTop: tokens.spacingVerticalM },
  sectionTitle: { ...typographyStyles.subtitle2, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: tokens.spacingHorizontalM, alignItems: 'baseline' },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  meta: { display: 'flex', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
});

/** The document's requirements by section, texts with their parameter values (read-only overview). */
export function RequirementList({ specification, language }: { specification: Specification; language: UiLanguage }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const primary = specification.primaryLanguage;
  const titleOf = (title: Partial<Record<UiLanguage, string>>): string => title[language] ?? title[primary] ?? Object.values(title)[0] ?? '';
  const sections = [...specification.sections].sort((a, b) => a.order - b.order);
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
