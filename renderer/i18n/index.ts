/**
 * Every user-visible string goes through i18next. English and German are complete; a test checks that
 * both locale files have exactly the same keys.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';
import en from './locales/en.json';

type Strings = Record<string, unknown>;
/**
 * Each feature keeps its strings beside its code (features/<feature>/i18n/<lang>.json) and reaches them
 * as t('<feature>.<key>'), so features never edit a shared strings file.
 */
const featureFiles = import.meta.glob<Strings>('../features/*/i18n/*.json', { eager: true, import: 'default' });

function withFeatures(base: Strings, language: string): Strings {
  const merged: Strings = { ...base };
  for (const [file, strings] of Object.entries(featureFiles)) {
    const match = /features\/([^/]+)\/i18n\/([a-z]{2})\.json$/.exec(file);
    if (match && match[2] === language) merged[match[1]!] = strings;
  }
  return merged;
}

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'switchyard.language';

function initialLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'de') return stored;
  return navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: withFeatures(en, 'en') }, de: { translation: withFeatures(de, 'de') } },
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function setLanguage(language: Language): Promise<void> {
  window.localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
