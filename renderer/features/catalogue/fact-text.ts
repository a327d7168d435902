/**
 * Turns catalogue values into words in the user's language: enumerations through the feature's strings,
 * countries through Intl.DisplayNames (built into Chromium, no data to ship), dates as a medium date.
 * Kept apart from the components so the row builders stay pure and testable.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export type TermGroup =
  | 'openSource' | 'selfHostable' | 'euHosting' | 'pricing' | 'alternativeKind' | 'productKind' | 'dataLocation'
  | 'fit' | 'effort' | 'platform' | 'flagKind' | 'severity' | 'fidelity' | 'sourceKind';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FactText {
  /** "Germany (DE)"; the catalogue's 'unknown' reads as unknown. */
  country(code: string): string;
  /** An enumeration value in words; a value this version does not know is shown as it is. */
  term(group: TermGroup, value: string): string;
  /** A feature string, for the few fixed phrases the row builders need. */
  phrase(key: string, options?: Record<string, unknown>): string;
  date(iso: string): string;
  list(items: readonly string[]): string;
}

export function createFactText(t: Translate, language: string): FactText {
  const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(language, { style: 'short', type: 'unit' });
  return {
    country(code) {
      if (!/^[A-Z]{2}$/.test(code)) return t('catalogue.value.unknown');
      const name = regions.of(code);
      return name && name !== code ? `${name} (${code})` : code;
    },
    term: (group, value) => t(`catalogue.terms.${group}.${value}`, { defaultValue: value }),
    phrase: (key, options) => t(`catalogue.${key}`, options),
    date(iso) {
      const parsed = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
      return parsed && !Number.isNaN(parsed.getTime()) ? dates.format(parsed) : iso;
    },
    list: (items) => (items.length ? lists.format(items) : t('catalogue.value.none')),
  };
}

export function useFactText(): FactText {
  const { t, i18n } = useTranslation();
  return useMemo(() => createFactText(t as Translate, i18n.language), [t, i18n.language]);
}
