import { Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens, typographyStyles } from '@fluentui/react-components';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveSectionNumbering } from '../../../../shared/builder/requirement-edits';
import type { DocumentLanguage, Section, SectionNumbering, Specification } from '../../../../shared/specification/model';
import { SectionNumbering as SectionNumberingSchema } from '../../../../shared/specification/model/sections';
import { NumberDraftInput } from './NumberDraftInput';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  texts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: tokens.spacingHorizontalL },
  prefix: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 220px))', gap: tokens.spacingHorizontalL, marginInlineStart: tokens.spacingHorizontalXXL },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

type SchemeChoice = 'inherit' | SectionNumbering['scheme'];

export interface SectionSettingsProps {
  section: Section;
  /** The section's title as the tree shows it. */
  title: string;
  specification: Specification;
  /** The name of a document language in the UI language. */
  languageName: (language: DocumentLanguage) => string;
  requirementCount: number;
  onTitle: (language: DocumentLanguage, title: string) => void;
  onIntro: (language: DocumentLanguage, intro: string) => void;
  onNumbering: (numbering: SectionNumbering | undefined) => void;
}

/**
 * The settings of the section chosen in the tree: its title and prose in each
 * document language, and how it numbers its requirements. A section may hold
 * only prose (a plan for training, administrative provisions): it is printed
 * as a chapter of text. The heading takes focus on "go to" a section.
 */
export const SectionSettings = forwardRef<HTMLHeadingElement, SectionSettingsProps>(function SectionSettings(props, headingRef) {
  const { section, title, specification: spec, languageName, requirementCount, onTitle, onIntro, onNumbering } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const own = section.numbering;
  const choice: SchemeChoice = own === undefined ? (section.parentId === null ? 'automatic' : 'inherit') : own.scheme;
  const inherited = section.parentId === null ? null : effectiveSectionNumbering(spec, section.parentId);
  // The prefix is kept as typed until it is one the document accepts.
  const [prefixDraft, setPrefixDraft] = useState(own?.scheme === 'prefix' ? own.prefix : '');
  const prefixValid = SectionNumberingSchema.safeParse({ scheme: 'prefix', prefix: prefixDraft, start: 1 }).success;
  const schemeName = (numbering: SectionNumbering): string =>
    numbering.scheme === 'prefix' ? t('steps.requirements.numberingPrefixExample', { first: `${numbering.prefix}${numbering.start}`, second: `${numbering.prefix}${numbering.start + 1}` }) : t(`steps.requirements.numbering.${numbering.scheme}`);

  const choose = (value: SchemeChoice): void => {
    if (value === 'inherit') onNumbering(undefined);
    else if (value === 'prefix') onNumbering({ scheme: 'prefix', prefix: prefixValid ? prefixDraft : '', start: 1 });
    else onNumbering({ scheme: value });
  };

  return (
    <section className={styles.box} aria-labelledby="section-settings-heading" data-section-settings={section.id}>
      <h3 id="section-settings-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('steps.requirements.sectionSettingsTitle', { title })}
      </h3>
      {requirementCount === 0 && <p className={styles.muted}>{t('steps.requirements.proseOnly')}</p>}
      {spec.languages.length > 1 && (
        <div className={styles.texts}>
          {spec.languages.map((language) => (
            <Field key={language} label={t('steps.requirements.sectionTitleIn', { language: languageName(language) })}>
              <Input lang={language} value={section.title[language] ?? ''} onChange={(_event, data) => onTitle(language, data.value)} />
            </Field>
          ))}
        </div>
      )}
      <div className={styles.texts}>
        {spec.languages.map((language) => (
          <Field key={language} label={t('steps.requirements.sectionIntroIn', { language: languageName(language) })} hint={t('steps.requirements.richTextHint')}>
            <Textarea lang={language} resize="vertical" rows={4} value={section.intro?.[language] ?? ''} onChange={(_event, data) => onIntro(language, data.value)} />
          </Field>
        ))}
      </div>
      <Field label={t('steps.requirements.numberingLabel')}>
        <RadioGroup value={choice} onChange={(_event, data) => choose(data.value as SchemeChoice)}>
          {inherited !== null && <Radio value="inherit" label={t('steps.requirements.numberingInherit', { scheme: schemeName(inherited) })} />}
          <Radio value="automatic" label={t('steps.requirements.numbering.automatic')} />
          <Radio value="prefix" label={t('steps.requirements.numbering.prefix')} />
          <Radio value="fixed" label={t('steps.requirements.numbering.fixed')} />
        </RadioGroup>
      </Field>
      {own?.scheme === 'prefix' && (
        <div className={styles.prefix}>
          <Field
            label={t('steps.requirements.numberingPrefix')}
            hint={prefixValid ? schemeName(own) : undefined}
            validationState={prefixValid ? 'none' : 'error'}
            validationMessage={prefixValid ? undefined : t('steps.requirements.numberingPrefixInvalid')}
          >
            <Input
              value={prefixDraft}
              onChange={(_event, data) => {
                setPrefixDraft(data.value);
                if (SectionNumberingSchema.safeParse({ ...own, prefix: data.value }).success) onNumbering({ ...own, prefix: data.value });
              }}
            />
          </Field>
          <NumberDraftInput
            label={t('steps.requirements.numberingStart')}
            value={own.start}
            min={0}
            integer
            onCommit={(start) => onNumbering({ ...own, start: Math.min(start ?? 1, 1_000_000) })}
          />
        </div>
      )}
      {own?.scheme === 'fixed' && <p className={styles.muted}>{t('steps.requirements.numberingFixedHint')}</p>}
    </section>
  );
});
