import type { UiLanguage } from '../../../../shared/languages';

const names: Record<string, Record<UiLanguage, string>> = {
  sv: { sv: 'svenska', nb: 'svensk', en: 'Swedish' },
  nb: { sv: 'norska (bokmål)', nb: 'norsk bokmål', en: 'Norwegian (Bokmål)' },
  en: { sv: 'engelska', nb: 'engelsk', en: 'English' },
};

/** A document language's name as the field labels use it ("Text in Swedish"), in the UI language; an unknown code as written. */
export function documentLanguageName(code: string, language: UiLanguage): string {
  return names[code]?.[language] ?? code;
}
