import { z } from 'zod';

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

/**
 * A text in the wanted language, or else in the first of the others that has
 * it (English, Swedish, Norwegian), or '' when there is none.
 */
export function inLanguage(text: Partial<Record<UiLanguage, string>> | undefined, language: UiLanguage): string {
  if (text === undefined) return '';
  return text[language] ?? text.en ?? text.sv ?? text.nb ?? '';
}
