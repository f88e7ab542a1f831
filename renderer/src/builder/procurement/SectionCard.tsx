import { Badge, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

export const useSectionStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    scrollMarginTop: tokens.spacingVerticalXXL,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  titleRow: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  heading: { ...typographyStyles.subtitle2, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  /** A form grid: fields side by side on wide screens, stacked on narrow ones. */
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalM,
  },
  wide: { gridColumn: '1 / -1' },
  subheading: { ...typographyStyles.body1Strong, margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  number: { fontVariantNumeric: 'tabular-nums' },
});

export interface SectionCardProps {
  id: string;
  title: string;
  intro: string;
  /** How many of the section's completeness checks are still open; undefined when it has none. */
  open?: number;
  children: React.ReactNode;
}

/** One group of the step's fields: an h3, a line on what it is for, and whether it is complete. */
export function SectionCard({ id, title, intro, open, children }: SectionCardProps): React.JSX.Element {
  const styles = useSectionStyles();
  const { t } = useTranslation();
  const headingId = `${id}-heading`;
  return (
    <section className={styles.card} aria-labelledby={headingId} data-section={id}>
      <div className={styles.header}>
        <div className={styles.titleRow}>
          <h3 id={headingId} tabIndex={-1} className={styles.heading}>
            {title}
          </h3>
          {open !== undefined &&
            (open === 0 ? (
              <Badge appearance="tint" color="success" icon={<CheckmarkCircleFilled />}>
                {t('steps.procurement.sectionDone')}
              </Badge>
            ) : (
              <Badge appearance="tint" color="warning">
                {t('steps.procurement.sectionOpen', { count: open })}
              </Badge>
            ))}
        </div>
        <p className={styles.intro}>{intro}</p>
      </div>
      {children}
    </section>
  );
}
