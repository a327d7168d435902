import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/ScreenHeader';
import { applyTheme, storedTheme, THEMES, type ThemeChoice } from '../../app/theme';
import { LANGUAGES, setLanguage, type Language } from '../../i18n';
import { PrioritiesSection } from './PrioritiesSection';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch' };
const THEME_KEYS: Record<ThemeChoice, string> = { system: 'settings.themeSystem', light: 'settings.themeLight', dark: 'settings.themeDark' };

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useState<ThemeChoice>(storedTheme);
  return (
    <>
      <ScreenHeader title={t('settings.title')} />
      <form className="settings" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('settings.language')}</legend>
          {LANGUAGES.map((language) => (
            <label key={language}>
              <input
                type="radio"
                name="language"
                value={language}
                checked={i18n.language === language}
                onChange={() => void setLanguage(language)}
              />
              {LANGUAGE_NAMES[language]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('settings.theme')}</legend>
          {THEMES.map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name="theme"
                value={choice}
                checked={theme === choice}
                onChange={() => { applyTheme(choice); setTheme(choice); }}
              />
              {t(THEME_KEYS[choice])}
            </label>
          ))}
        </fieldset>
      </form>
      <PrioritiesSection />
    </>
  );
}
