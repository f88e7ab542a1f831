import { z } from 'zod';
import { textIn, type TextPerLanguage } from './text/localised';

export const uiLanguages = ['sv', 'nb', 'en'] as const;
export const UiLanguage = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof UiLanguage>;

/** The locale used for dates, numbers and currency in each UI language. */
export const localeOf: Record<UiLanguage, string> = {
  sv: 'sv-SE',
  nb: 'nb-NO',
  en: 'en-GB',
};

/**
 * Picks the UI language from the operating system's preferred languages,
 * in order. Norwegian tags (no, nb, nn) map to bokmål; anything else we do
 * not ship falls through to the next preference, and finally to English.
 */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'sv') return 'sv';
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** The order in which the app's own texts (catalogues, template packs) fall back: English first, as they are written in it. */
const uiFallbacks: readonly UiLanguage[] = ['en', 'sv', 'nb'];

/** A text of the app's own in the UI language, by the one rule of shared/text/localised.ts, falling back to English first. */
export function inLanguage(text: TextPerLanguage | undefined, language: UiLanguage): string {
  return textIn(text, language, uiFallbacks);
}
