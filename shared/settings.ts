import { z } from 'zod';
import { UiLanguage } from './languages';

export const themeChoices = ['system', 'light', 'dark', 'highContrast'] as const;
export const ThemeChoice = z.enum(themeChoices);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** User settings kept in the app's own state. `language: null` follows the OS. */
export const Settings = z.object({
  language: UiLanguage.nullable(),
  theme: ThemeChoice,
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = { language: null, theme: 'system' };
