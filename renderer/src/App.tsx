import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../shared/app-info';
import { pickUiLanguage } from '../../shared/languages';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { api } from './api';
import { AboutDialog } from './components/AboutDialog';
import { AppHeader } from './components/AppHeader';
import { ErrorBoundary } from './components/ErrorBoundary';
import { HomeScreen } from './components/HomeScreen';
import { NavRail, type Screen } from './components/NavRail';
import { SettingsScreen } from './components/SettingsScreen';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { changeLanguage } from './i18n';
import { useResolvedTheme } from './theme';

const useStyles = makeStyles({
  provider: {
    height: '100vh',
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  body: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    minHeight: 0,
  },
  main: {
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    ':focus-visible': { outline: 'none' },
  },
});

type Dialog = 'about' | 'shortcuts' | null;

export interface AppProps {
  info: AppInfo;
  initialSettings: Settings;
}

export function App({ info, initialSettings }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [settings, setSettings] = useState(initialSettings);
  const [screen, setScreen] = useState<Screen>('home');
  const [dialog, setDialog] = useState<Dialog>(null);
  const systemLanguage = pickUiLanguage(info.preferredLanguages);
  const language = settings.language ?? systemLanguage;
  const { theme, name: themeName } = useResolvedTheme(settings.theme);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstScreen = useRef(true);

  useEffect(() => {
    void changeLanguage(language);
  }, [language]);

  useEffect(() => {
    document.documentElement.dataset['theme'] = themeName;
  }, [themeName]);

  // Move focus to the new screen's heading so screen readers announce it.
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [screen]);

  // Optimistic: the choice shows at once; if saving fails, the stored settings are shown again.
  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    setSettings((current) => ({ ...current, ...patch }));
    try {
      setSettings(await api.settings.update(patch));
    } catch (error) {
      setSettings(await api.settings.get());
      throw error;
    }
  }, []);

  // Dialogs give focus back to whatever opened them (a button, or the page for menu commands).
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const openDialog = useCallback((name: Exclude<Dialog, null>) => {
    returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDialog(name);
  }, []);
  const closeDialog = useCallback(() => {
    setDialog(null);
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    requestAnimationFrame(() => {
      if (target !== null && target.isConnected) target.focus();
      else headingRef.current?.focus();
    });
  }, []);

  useEffect(
    () =>
      api.on('menu:command', ({ command }) => {
        if (command === 'about' || command === 'shortcuts') openDialog(command);
        else if (command === 'settings' || command === 'home') setScreen(command);
      }),
    [openDialog],
  );

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <AppHeader />
      <div className={styles.body}>
        <NavRail
          current={screen}
          onNavigate={setScreen}
          onOpenDialog={openDialog}
        />
        <main className={styles.main} id="main">
          <ErrorBoundary key={screen} appVersion={info.version}>
            {screen === 'home' && <HomeScreen headingRef={headingRef} />}
            {screen === 'settings' && (
              <SettingsScreen
                headingRef={headingRef}
                settings={settings}
                systemLanguage={systemLanguage}
                onChange={updateSettings}
              />
            )}
          </ErrorBoundary>
        </main>
      </div>
      <AboutDialog open={dialog === 'about'} info={info} language={language} onClose={closeDialog} />
      <ShortcutsDialog open={dialog === 'shortcuts'} platform={info.platform} onClose={closeDialog} />
    </FluentProvider>
  );
}
