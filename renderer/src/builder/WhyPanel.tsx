import { makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, LightbulbRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { stepAnchors, type BuilderStep } from '../../../shared/builder/steps';
import type { Jurisdiction } from '../../../shared/specification/model/common';
import { useUiLanguage } from '../open-document/DocumentContext';

const useStyles = makeStyles({
  panel: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  toggle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    border: 'none',
    background: 'none',
    padding: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  body: { margin: `0 0 ${tokens.spacingVerticalS}`, maxWidth: '80ch', lineHeight: tokens.lineHeightBase300 },
  anchor: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalS}` },
});

export interface WhyPanelProps {
  step: BuilderStep;
  jurisdiction: Jurisdiction;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** "Why this matters": a short explanation of the step and the law or guidance behind it; collapsible. */
export function WhyPanel({ step, jurisdiction, open, onToggle }: WhyPanelProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const bodyId = useId();
  const language = useUiLanguage();
  return (
    <aside className={styles.panel} aria-label={t('steps.builder.whyTitle')}>
      <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={bodyId} onClick={() => onToggle(!open)}>
        {open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
        <LightbulbRegular aria-hidden />
        {t('steps.builder.whyTitle')}
      </button>
      <div id={bodyId} hidden={!open}>
        <p className={styles.body}>{t(`steps.builder.why.${step}`)}</p>
        <p className={styles.anchor}>
          {t('steps.builder.anchor')}{' '}
          {stepAnchors[step][jurisdiction].map((anchor, index) => (
            <span key={anchor.citation}>
              {index > 0 && '; '}
              {/* The citation as the law writes it; what it is about in the UI language. */}
              <span lang={jurisdiction === 'se' ? 'sv' : jurisdiction === 'no' ? 'nb' : 'en'}>{anchor.citation}</span> ({anchor.about[language]})
            </span>
          ))}
        </p>
      </div>
    </aside>
  );
}
