/**
 * Numbers in the UI language (400.9 in English, 400,9 in German), never as JavaScript prints them. One
 * decimal at most: effort estimates and scores are rough, more digits would suggest false precision.
 */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}
