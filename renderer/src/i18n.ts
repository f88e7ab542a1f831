import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues } from '../../shared/i18n/catalogues';
import { uiLanguages, type UiLanguage } from '../../shared/languages';

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(uiLanguages.map((lang) => [lang, { translation: catalogues[lang] }])),
    lng: language,
    supportedLngs: [...uiLanguages],
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}

export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}
