import type { AlternativeFilter, AlternativeSummary } from '../../../electron/shared/catalogue';

/**
 * The filter form as the user sets it. A ticked box means "must hold"; an unticked box means "either",
 * never "must not", which is what a list of checkboxes suggests to people.
 */
export interface FilterForm {
  category: string;
  country: string;
  platform: string;
  certification: string;
  eu: boolean;
  europe: boolean;
  openSource: boolean;
  selfHostable: boolean;
  euHosting: boolean;
}

export const EMPTY_FILTER: FilterForm = {
  category: '', country: '', platform: '', certification: '', eu: false, europe: false, openSource: false, selfHostable: false, euHosting: false,
};

export const FILTER_CHECKBOXES = ['eu', 'europe', 'openSource', 'selfHostable', 'euHosting'] as const;
export const PLATFORMS = ['windows', 'macos', 'linux', 'web', 'android', 'ios'] as const;
type Platform = (typeof PLATFORMS)[number];
const isPlatform = (value: string): value is Platform => (PLATFORMS as readonly string[]).includes(value);

/** The API filter for a form: only the criteria the user set, each in the shape the contract accepts. */
export function toAlternativeFilter(form: FilterForm): AlternativeFilter & { platform?: Platform } {
  const filter: AlternativeFilter & { platform?: Platform } = {};
  if (form.category) filter.category = form.category;
  if (/^[A-Z]{2}$/.test(form.country)) filter.country = form.country;
  if (isPlatform(form.platform)) filter.platform = form.platform;
  const certification = form.certification.trim().slice(0, 40);
  if (certification) filter.certification = certification;
  for (const key of FILTER_CHECKBOXES) if (form[key]) filter[key] = true;
  return filter;
}

export const isFiltered = (form: FilterForm): boolean => Object.keys(toAlternativeFilter(form)).length > 0;

/** The vendor countries present in a list of alternatives, for the country choice; sorted by code. */
export function countriesOf(alternatives: readonly AlternativeSummary[]): string[] {
  return [...new Set(alternatives.map((alternative) => alternative.country).filter((code) => /^[A-Z]{2}$/.test(code)))].sort();
}
