/**
 * Light and dark follow the OS (prefers-color-scheme) unless the user picks one in Settings.
 * The choice is a data-theme attribute on <html>; the CSS does the rest.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];
const STORAGE_KEY = 'switchyard.theme';

export function storedTheme(): ThemeChoice {
  const value = window.localStorage.getItem(STORAGE_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function applyTheme(choice: ThemeChoice): void {
  window.localStorage.setItem(STORAGE_KEY, choice);
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}
