/**
 * What to check readiness against: service-type packs of the template
 * library (what buyers are likely to ask, before any tender is out), or a
 * buyer's specification the company has received. The company profile is
 * asked for next, by the app.
 */
import { Button, Checkbox, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { ClipboardTaskListLtrRegular, DocumentSearchRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/numbers';
import type { UiLanguage } from '../../../shared/languages';
import type { TemplateLibrary } from '../../../shared/templates/library';
import { packChoices, type PackChoice } from '../../../shared/templates/pack-choices';
import { api } from '../api';

const useStyles = makeStyles({
  page: { maxWidth: '880px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.title1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column' },
  legend: { ...typographyStyles.subtitle2, padding: 0, marginBottom: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ReadinessStartProps {
  language: UiLanguage;
  headingRef: React.Ref<HTMLHeadingElement> | null;
  /** The packs chosen and the library they come from; the app asks for the profile next. */
  onCheckPacks: (packIds: string[], library: TemplateLibrary) => void;
  onCheckSpecification: () => void;
}

export function ReadinessStart({ language, headingRef, onCheckPacks, onCheckSpecification }: ReadinessStartProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [library, setLibrary] = useState<TemplateLibrary | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [showError, setShowError] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void api.templates.library().then(
      (loaded) => {
        if (!cancelled) setLibrary(loaded);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  const packs: PackChoice[] = library === null ? [] : packChoices(library, language);
  const toggle = (id: string, on: boolean): void => {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const checkPacks = (): void => {
    if (library === null || chosen.size === 0) {
      setShowError(true);
      return;
    }
    // In the order the list shows them, so the report names them as the user saw them.
    onCheckPacks(
      packs.filter((pack) => chosen.has(pack.id)).map((pack) => pack.id),
      library,
    );
  };
  const noPack = showError && chosen.size === 0;
  return (
    <div className={styles.page}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('supplier.readiness.chooseHeading')}
      </h1>
      <Text as="p" block>
        {t('supplier.readiness.chooseIntro')}
      </Text>
      <fieldset className={styles.fieldset} aria-describedby={noPack ? 'readiness-packs-error' : undefined}>
        <legend className={styles.legend}>{t('supplier.readiness.packsLegend')}</legend>
        {packs.map((pack) => (
          <Checkbox
            key={pack.id}
            checked={chosen.has(pack.id)}
            onChange={(_event, data) => toggle(pack.id, data.checked === true)}
            label={`${pack.title} (${t('supplier.readiness.packRequirements', { count: pack.requirementCount, formatted: formatNumber(pack.requirementCount, language, 0) })})`}
          />
        ))}
      </fieldset>
      {noPack && (
        <Text id="readiness-packs-error" role="alert" className={styles.error}>
          {t('supplier.readiness.packsNeeded')}
        </Text>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<ClipboardTaskListLtrRegular />} onClick={checkPacks}>
          {t('supplier.readiness.checkPacks')}
        </Button>
        <Button icon={<DocumentSearchRegular />} onClick={onCheckSpecification}>
          {t('supplier.readiness.openSpecification')}
        </Button>
      </div>
    </div>
  );
}
