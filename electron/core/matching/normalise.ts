/**
 * Normalisation of the names real inventories produce, so that "Microsoft 365 Apps for enterprise - de-de",
 * "Zoom Workplace (64-bit)" and "Zoom.app" compare equal to the catalogue's names. Each rule generalises a
 * family of noise, never a single string.
 */

/** Architecture and bitness tags: "(64-bit)", "x64", "(x86)", "amd64", "arm64", "32 bit". */
const ARCH_TAG = /\(?\b(?:(?:32|64)[\s-]?bits?|x64|x86(?:[_-]64)?|amd64|arm64|aarch64|ia32|win(?:32|64)|i[3-6]86)\b\)?/gi;
/** Locale suffixes written by Office and other installers: " - en-us", " - de-de", " (fr-FR)", " zh-hans". */
const LOCALE_SUFFIX = /(?:\s+-\s+|\s+\(|\s+)[a-z]{2}-(?:[a-z]{2}|hans|hant|latn|cyrl)\)?(?=\s*$|\s+-)/gi;
/**
 * Version numbers, years and build numbers: "16.0.17928", "v2.3", "2021", "(12345)". Short bare integers stay,
 * because they are often part of the brand ("Microsoft 365", "7-Zip").
 */
const VERSION_TOKEN = /\b(?:v?\d+(?:[.,_]\d+)+[a-z]?|v\d+|\d{4,})\b/gi;
/** Trademark and registered signs, and their ASCII forms "(R)", "(TM)". */
const TRADEMARK = /[™®©℠]|\((?:r|tm|c)\)/gi;
/**
 * Words that tell an edition, licence channel or packaging apart but not the product. Kept as whole words
 * only, so "Project" or "Publisher" (products) are never removed.
 */
export const EDITION_WORDS: ReadonlySet<string> = new Set([
  'enterprise', 'professional', 'pro', 'plus', 'proplus', 'home', 'business', 'standard', 'premium', 'ultimate',
  'retail', 'volume', 'ltsc', 'edition', 'for', 'and', 'the', 'version', 'desktop', 'app', 'apps', 'application', 'client',
  'x64', 'user', 'machine', 'wide', 'setup', 'installer', 'release', 'stable', 'beta', 'insider', 'preview', 'edu', 'education',
  'free', 'inc', 'gmbh', 'ltd', 'corp', 'corporation', 'llc', 'ag', 'sa', 'se',
]);

export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Lower-case, diacritics-free, punctuation-free text with noise removed; words separated by single spaces. */
export function normaliseName(raw: string): string {
  let text = stripDiacritics(raw).replace(TRADEMARK, ' ');
  text = text.replace(/\.app$/i, '');
  text = text.replace(LOCALE_SUFFIX, ' ');
  text = text.replace(ARCH_TAG, ' ');
  text = text.toLowerCase().replace(/[_/\\|:;,+()[\]{}"'`!?*&@#%^=<>~]+/g, ' ');
  text = text.replace(VERSION_TOKEN, ' ');
  text = text.replace(/-+/g, ' ').replace(/(?<!\w)\.+|\.+(?!\w)/g, ' ');
  return text.split(/\s+/).filter((word) => word && !EDITION_WORDS.has(word)).join(' ');
}

/** The words of a normalised name. */
export const tokens = (normalised: string): string[] => (normalised ? normalised.split(' ') : []);
