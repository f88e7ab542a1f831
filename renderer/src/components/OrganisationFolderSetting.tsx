/**
 * Settings › Organisation library: the shared folder Kravstudio reads the
 * organisation's packs and courses from. The folder is chosen in the native
 * dialog by the main process; the window only ever sees its name.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { FolderOpenRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationLibraryStatus } from '../../../shared/templates/organisation';
import { api } from '../api';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start', border: 'none', padding: 0, margin: 0 },
  legend: { ...typographyStyles.body1Strong, padding: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Message = { intent: 'success' | 'error' | 'warning'; text: string } | null;

export function OrganisationFolderSetting(): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [status, setStatus] = useState<OrganisationLibraryStatus | null | undefined>(undefined);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    let cancelled = false;
    api.organisation.status().then(
      (current) => !cancelled && setStatus(current),
      () => !cancelled && setStatus(null),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const choose = async (): Promise<void> => {
    try {
      const chosen = await api.organisation.choose();
      if (chosen === null) return;
      setStatus(chosen);
      setMessage(chosen.state === 'offline' ? { intent: 'warning', text: t('sharing.settings.offline') } : { intent: 'success', text: t('sharing.settings.chosen', { name: chosen.name }) });
    } catch (error) {
      setMessage({ intent: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  const clear = async (): Promise<void> => {
    await api.organisation.clear();
    setStatus(null);
    setMessage({ intent: 'success', text: t('sharing.settings.cleared') });
  };

  return (
    <fieldset className={styles.group} aria-describedby="organisation-folder-hint">
      <legend className={styles.legend}>{t('sharing.settings.title')}</legend>
      <Text id="organisation-folder-hint" size={200}>
        {t('sharing.settings.hint')}
      </Text>
      {status !== undefined && <Text>{status === null ? t('sharing.settings.none') : t('sharing.settings.current', { name: status.name })}</Text>}
      <div className={styles.actions}>
        <Button icon={<FolderOpenRegular />} onClick={() => void choose()}>
          {status === null || status === undefined ? t('sharing.settings.choose') : t('sharing.settings.change')}
        </Button>
        {status !== null && status !== undefined && (
          <Button icon={<DismissRegular />} onClick={() => void clear()}>
            {t('sharing.settings.clear')}
          </Button>
        )}
      </div>
      {/* Announced politely; not a second "status" region beside the page's own "saved" one. */}
      <div aria-live="polite">
        {message !== null && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </fieldset>
  );
}
