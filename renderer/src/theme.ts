import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ThemeChoice } from '../../shared/settings';

export type ResolvedTheme = 'light' | 'dark' | 'highContrast';

const themes: Record<ResolvedTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

function systemTheme(): ResolvedTheme {
  if (window.matchMedia('(forced-colors: active)').matches) return 'highContrast';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The theme to show: the user's choice, or the operating system's, followed live. */
export function useResolvedTheme(choice: ThemeChoice): { name: ResolvedTheme; theme: Theme } {
  const [system, setSystem] = useState<ResolvedTheme>(systemTheme);
  useEffect(() => {
    const queries = ['(forced-colors: active)', '(prefers-color-scheme: dark)'].map((q) => window.matchMedia(q));
    const update = (): void => setSystem(systemTheme());
    for (const query of queries) query.addEventListener('change', update);
    return () => {
      for (const query of queries) query.removeEventListener('change', update);
    };
  }, []);
  const name = choice === 'system' ? system : choice;
  return { name, theme: themes[name] };
}
