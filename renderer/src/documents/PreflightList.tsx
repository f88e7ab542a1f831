import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { preflightGroups } from '../../../shared/builder/export-preflight';
import type { DocumentLanguage } from '../../../shared/specification/model';
import type { PlanGoTo, PreflightItem } from '../../../shared/tender-document/plan-types';
import { preflightItemText } from './preflight-text';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  lead: { margin: 0 },
  list: { maxHeight: '45vh', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingInlineEnd: tokens.spacingHorizontalXS },
  groupTitle: { ...typographyStyles.body1Strong, margin: `${tokens.spacingVerticalXS} 0` },
  items: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  place: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
});

export interface PreflightListProps {
  items: readonly PreflightItem[];
  /** The language of the document being exported (the places are quoted from it). */
  documentLanguage: DocumentLanguage;
  onGoTo: (target: PlanGoTo) => void;
}

/**
 * What the export would print empty or as a placeholder, grouped by the
 * builder step where it is fixed, each with "Go to". The heading takes focus
 * when the list appears, so a screen reader announces it.
 */
export const PreflightList = forwardRef<HTMLHeadingElement, PreflightListProps>(function PreflightList({ items, documentLanguage, onGoTo }, headingRef) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  return (
    <section className={styles.box} aria-labelledby="preflight-heading">
      <h3 id="preflight-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('exportDialog.preflightTitle', { count: items.length })}
      </h3>
      <p className={styles.lead}>{t('exportDialog.preflightLead')}</p>
      <div className={styles.list}>
        {preflightGroups(items).map((group) => (
          <section key={group.category} aria-labelledby={`preflight-group-${group.category}`}>
            <h4 id={`preflight-group-${group.category}`} className={styles.groupTitle}>
              {t('exportDialog.preflightGroup', { step: t(`preflight.category.${group.category}`), count: group.items.length })}
            </h4>
            <ul className={styles.items}>
              {group.items.map((item, index) => {
                const text = preflightItemText(item, t, i18n);
                return (
                  <li key={`${item.code}-${item.goTo.itemId ?? ''}-${index}`} className={styles.item} data-preflight-code={item.code}>
                    <span className={styles.text}>
                      <span className={styles.place} lang={documentLanguage}>
                        {text.place}
                      </span>
                      <span>{text.message}</span>
                      <span className={styles.code}>{item.code}</span>
                    </span>
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<ArrowRightRegular />}
                      iconPosition="after"
                      aria-label={t('exportDialog.preflightGoToLabel', { place: text.place, message: text.message })}
                      onClick={() => onGoTo(item.goTo)}
                    >
                      {t('exportDialog.preflightGoTo')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
});
