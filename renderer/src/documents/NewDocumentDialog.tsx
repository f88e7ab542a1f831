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
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewDocumentRequest } from '../../../shared/documents';
import { uiLanguages, type UiLanguage } from '../../../shared/languages';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  checkboxes: { display: 'flex', flexDirection: 'column' },
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
      await onCreate({ title: title.trim(), jurisdiction, languages, primaryLanguage: primary });
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
              <Field
                label={t('newDocument.languagesLabel')}
                hint={t('newDocument.languagesHint')}
                validationMessage={showErrors ? languagesError : undefined}
              >
                <div className={styles.checkboxes} role="group" aria-label={t('newDocument.languagesLabel')}>
                  {uiLanguages.map((language) => (
                    <Checkbox
                      key={language}
                      checked={languages.includes(language)}
                      onChange={(_event, data) => toggleLanguage(language, data.checked === true)}
                      label={<span lang={language}>{t(`languageNames.${language}`)}</span>}
                    />
                  ))}
                </div>
              </Field>
              {languages.length > 1 && (
                <Field label={t('newDocument.primaryLabel')}>
                  <RadioGroup value={primary} onChange={(_event, data) => setPrimary(data.value as UiLanguage)} layout="horizontal">
                    {languages.map((language) => (
                      <Radio key={language} value={language} label={<span lang={language}>{t(`languageNames.${language}`)}</span>} />
                    ))}
                  </RadioGroup>
                </Field>
              )}
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
