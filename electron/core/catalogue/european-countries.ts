/**
 * Which vendor headquarters count as European. The catalogue promises every product at least one alternative
 * headquartered in Europe, and users filter by "EU" or "Europe"; both read these lists, so the build and the app
 * can never disagree. ISO 3166-1 alpha-2 codes.
 */

/** The 27 EU member states: GDPR applies directly and EU procurement law binds public buyers. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** EEA members outside the EU: GDPR applies through the EEA Agreement. */
export const EEA_NON_EU: ReadonlySet<string> = new Set(['IS', 'LI', 'NO']);

/**
 * Other European countries whose vendors users treat as European alternatives.
 * CH and GB hold EU adequacy decisions; the microstates and Crown Dependencies sit inside the European legal space;
 * the Western Balkan states, Moldova and Ukraine are EU candidate countries.
 * Left out on purpose: RU and BY (under EU sanctions, Regulations 833/2014 and 765/2006, so a vendor there cannot be a
 * sovereignty answer) and the transcontinental TR, GE, AM, AZ, KZ (users do not count them as European vendors).
 */
export const OTHER_EUROPEAN: ReadonlySet<string> = new Set([
  'CH', 'GB', 'AD', 'MC', 'SM', 'VA', 'GG', 'JE', 'IM', 'AL', 'BA', 'ME', 'MK', 'RS', 'MD', 'UA',
]);

export const EUROPEAN_COUNTRIES: ReadonlySet<string> = new Set([...EU_MEMBER_STATES, ...EEA_NON_EU, ...OTHER_EUROPEAN]);

export function isEuMember(country: string): boolean {
  return EU_MEMBER_STATES.has(country);
}

export function isEuropean(country: string): boolean {
  return EUROPEAN_COUNTRIES.has(country);
}
