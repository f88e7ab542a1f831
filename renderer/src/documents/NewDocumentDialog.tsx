import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewDocumentRequest } from '../../../shared/documents';
import { uiLanguages, type UiLanguage } from '../../../shared/languages';
import { packChoices, type PackChoice } from '../../../shared/templates/pack-choices';
import { api } from '../api';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  checkboxes: { display: 'flex', flexDirection: 'column' },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  legend: { ...typographyStyles.body1, padding: 0, marginBottom: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Jurisdiction = NewDocumentRequest['jurisdiction'];
const jurisdictions: Jurisdiction[] = ['se', 'no', 'eu'];
const defaultsFor: Record<UiLanguage, { jurisdiction: Jurisdiction; language: UiLanguage }> = {
  sv: { jurisdiction: 'se', language: 'sv' },
  nb: { jurisdiction: 'no', language: 'nb' },
  en: { jurisdiction: 'eu', language: 'en' },
};
const languageOfJurisdiction: Record<Jurisdiction, UiLanguage> = { se: 'sv', no: 'nb', eu: 'en' };

export interface NewDocumentDialogProps {
  open: boolean;
  uiLanguage: UiLanguage;
  onCreate: (request: NewDocumentRequest) => Promise<void>;
  onCancel: () => void;
}

/** The library's service-type packs, with their titles in the UI language; empty until loaded (or if the library cannot be read). */
function useServicePacks(language: UiLanguage): PackChoice[] {
  const [packs, setPacks] = useState<PackChoice[]>([]);
  useEffect(() => {
    let cancelled = false;
    void api.templates.library().then(
      (library) => {
        if (cancelled) return;
        setPacks(packChoices(library, language));
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [language]);
  return packs;
}

export function NewDocumentDialog({ open, uiLanguage, onCreate, onCancel }: NewDocumentDialogProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const defaults = defaultsFor[uiLanguage];
  const [title, setTitle] = useState('');
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>(defaults.jurisdiction);
  const [languages, setLanguages] = useState<UiLanguage[]>([defaults.language]);
  const [primary, setPrimary] = useState<UiLanguage>(defaults.language);
  const [showErrors, setShowErrors] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const packs = useServicePacks(uiLanguage);
  const [packIds, setPackIds] = useState<string[]>([]);

  const titleError = title.trim() === '' ? t('newDocument.titleRequired') : undefined;
  const languagesError = languages.length === 0 ? t('newDocument.languagesRequired') : undefined;

  const chooseJurisdiction = (next: Jurisdiction): void => {
    setJurisdiction(next);
    const language = languageOfJurisdiction[next];
    if (!languages.includes(language)) setLanguages([...languages, language]);
    setPrimary(language);
  };

  const toggleLanguage = (language: UiLanguage, checked: boolean): void => {
    const next = checked ? uiLanguages.filter((l) => l === language || languages.includes(l)) : languages.filter((l) => l !== language);
    setLanguages(next);
    if (!next.includes(primary) && next[0] !== undefined) setPrimary(next[0]);
  };

  const submit = async (): Promise<void> => {
    setShowErrors(true);
    if (titleError !== undefined || languagesError !== undefined) return;
    setBusy(true);
    setFailure(null);
    try {
      await onCreate({ title: title.trim(), jurisdiction, languages, primaryLanguage: primary, packIds });
    } catch (error) {
      setFailure(t('newDocument.failed', { reason: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle as="h2">{t('newDocument.title')}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field
                label={t('newDocument.titleLabel')}
                hint={t('newDocument.titleHint')}
                required
                validationMessage={showErrors ? titleError : undefined}
              >
                <Input value={title} onChange={(_event, data) => setTitle(data.value)} />
              </Field>
              <Field label={t('newDocument.jurisdictionLabel')}>
                <RadioGroup value={jurisdiction} onChange={(_event, data) => chooseJurisdiction(data.value as Jurisdiction)}>
                  {jurisdictions.map((j) => (
                    <Radio key={j} value={j} label={t(`jurisdiction.${j}`)} />
                  ))}
                </RadioGroup>
              </Field>
              {/* Checkbox groups are fieldsets: a Field around several checkboxes would label only the first. */}
              <fieldset className={styles.fieldset} aria-describedby="new-languages-hint">
                <legend className={styles.legend}>{t('newDocument.languagesLabel')}</legend>
                <div className={styles.checkboxes}>
                  {uiLanguages.map((language) => (
                    <Checkbox
                      key={language}
                      checked={languages.includes(language)}
                      onChange={(_event, data) => toggleLanguage(language, data.checked === true)}
                      label={<span lang={language}>{t(`languageNames.${language}`)}</span>}
                    />
                  ))}
                </div>
                <Text id="new-languages-hint" size={200} className={styles.hint}>
                  {t('newDocument.languagesHint')}
                </Text>
                {showErrors && languagesError !== undefined && (
                  <Text role="alert" size={200} className={styles.error}>
                    {languagesError}
                  </Text>
                )}
              </fieldset>
              {languages.length > 1 && (
                <Field label={t('newDocument.primaryLabel')}>
                  <RadioGroup value={primary} onChange={(_event, data) => setPrimary(data.value as UiLanguage)} layout="horizontal">
                    {languages.map((language) => (
                      <Radio key={language} value={language} label={<span lang={language}>{t(`languageNames.${language}`)}</span>} />
                    ))}
                  </RadioGroup>
                </Field>
              )}
              <fieldset className={styles.fieldset} aria-describedby="new-packs-hint">
                <legend className={styles.legend}>{t('newDocument.packsLabel')}</legend>
                <div className={styles.checkboxes}>
                  {packs.map((pack) => (
                    <Checkbox
                      key={pack.id}
                      checked={packIds.includes(pack.id)}
                      onChange={(_event, data) =>
                        setPackIds((current) => (data.checked === true ? [...current.filter((id) => id !== pack.id), pack.id] : current.filter((id) => id !== pack.id)))
                      }
                      label={t('newDocument.packOption', { title: pack.title, count: pack.requirementCount })}
                    />
                  ))}
                </div>
                <Text id="new-packs-hint" size={200} className={styles.hint}>
                  {t('newDocument.packsHint')}
                </Text>
              </fieldset>
              {failure !== null && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{failure}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy}>
                {t('newDocument.create')}
              </Button>
              <Button onClick={onCancel}>{t('newDocument.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
