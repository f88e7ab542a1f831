import { Field, makeStyles, typographyStyles, MessageBar, MessageBarBody, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguages, UiLanguage, type UiLanguage as Language } from '../../../shared/languages';
import { ThemeChoice, themeChoices, UserRole, userRoles, type Settings, type SettingsPatch } from '../../../shared/settings';
import { OrganisationFolderSetting } from './OrganisationFolderSetting';

const useStyles = makeStyles({
  page: { maxWidth: '720px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  heading: { ...typographyStyles.title1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  status: { minHeight: '1.5em' },
});

export interface SettingsScreenProps {
  headingRef: React.Ref<HTMLHeadingElement>;
  settings: Settings;
  systemLanguage: Language;
  onChange: (patch: SettingsPatch) => Promise<void>;
}

const systemValue = 'system';

export function SettingsScreen({ headingRef, settings, systemLanguage, onChange }: SettingsScreenProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ kind: 'saved' } | { kind: 'failed'; reason: string } | null>(null);

  const apply = async (patch: SettingsPatch): Promise<void> => {
    setStatus(null);
    try {
      await onChange(patch);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className={styles.page}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('settings.title')}
      </h1>
      <Field label={t('settings.language.label')} hint={t('settings.language.hint')}>
        <RadioGroup
          value={settings.language ?? systemValue}
          onChange={(_event, data) => {
            const parsed = UiLanguage.safeParse(data.value);
            void apply({ language: parsed.success ? parsed.data : null });
          }}
        >
          <Radio
            value={systemValue}
            label={t('settings.language.system', { language: t(`languageNames.${systemLanguage}`) })}
          />
          {uiLanguages.map((language) => (
            <Radio key={language} value={language} label={<span lang={language}>{t(`languageNames.${language}`)}</span>} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('settings.theme.label')}>
        <RadioGroup
          value={settings.theme}
          onChange={(_event, data) => {
            const parsed = ThemeChoice.safeParse(data.value);
            if (parsed.success) void apply({ theme: parsed.data });
          }}
        >
          {themeChoices.map((choice) => (
            <Radio key={choice} value={choice} label={t(`settings.theme.${choice}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('supplier.role.settingsLabel')} hint={t('supplier.role.settingsHint')}>
        <RadioGroup
          value={settings.role ?? ''}
          onChange={(_event, data) => {
            const parsed = UserRole.safeParse(data.value);
            if (parsed.success) void apply({ role: parsed.data });
          }}
        >
          {userRoles.map((role) => (
            <Radio key={role} value={role} label={t(`supplier.role.${role}`)} />
          ))}
        </RadioGroup>
      </Field>
      <OrganisationFolderSetting />
      <div role="status" aria-live="polite" className={styles.status}>
        {status?.kind === 'saved' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('settings.saved')}</MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{t('settings.saveFailed', { reason: status.reason })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
