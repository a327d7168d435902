/** Dates and sizes in the user's language. Invalid or missing input gives an empty string, never "Invalid Date". */
export function formatDateTime(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A plain calendar date (2024-09-12) names a day, not an instant: read and shown in UTC it stays that day in every time zone. */
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function formatDate(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  const timeZone = PLAIN_DATE.test(iso) ? 'UTC' : undefined;
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone }).format(date);
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** Decimal units (1 kB = 1000 B), as file managers on all three platforms show them today. */
export function formatBytes(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${UNITS[unit]}`;
}
