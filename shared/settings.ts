import { z } from 'zod';
import { UiLanguage } from './languages';

export const themeChoices = ['system', 'light', 'dark', 'highContrast'] as const;
export const ThemeChoice = z.enum(themeChoices);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/**
 * How the Requirements step was last laid out, remembered for the next time:
 * the editor's width beside the list (CSS pixels; null until the user moves
 * the split) and whether the section tree was left open (null: it follows
 * the window's width).
 */
export const RequirementsLayout = z
  .object({
    editorWidth: z.number().int().min(200).max(4000).nullable(),
    sectionTreeOpen: z.boolean().nullable(),
  })
  .strict();
export type RequirementsLayout = z.infer<typeof RequirementsLayout>;

export const defaultRequirementsLayout: RequirementsLayout = { editorWidth: null, sectionTreeOpen: null };

/**
 * Who the user works for, as they answered the home screen's question: it
 * frames the home screen (a buyer writes specifications, a supplier answers
 * them, a course trains requirement writing). Everything stays reachable
 * whatever the answer.
 */
export const userRoles = ['buyer', 'supplier', 'course'] as const;
export const UserRole = z.enum(userRoles);
export type UserRole = z.infer<typeof UserRole>;

/** User settings kept in the app's own state. `language: null` follows the OS. */
export const Settings = z.object({
  language: UiLanguage.nullable(),
  theme: ThemeChoice,
  /** Absent until the user first changes the Requirements step's layout. */
  requirementsLayout: RequirementsLayout.optional(),
  /** Absent until the user answers who they work for; the home screen is a buyer's until then, with the question offered. */
  role: UserRole.optional(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = { language: null, theme: 'system' };
