/**
 * Small value normalisers every importer needs: exports write empty strings, "NULL", "-1" and a dozen
 * date formats for "unknown" and "when". Each returns undefined for "not known", never a made-up value.
 */

/** Placeholders tools write for a missing value (SSMS copies NULL literally; osquery uses "" and "-1"). */
const MISSING_TEXT = new Set(['', 'null', 'n/a', '(null)', '-']);

/** A trimmed non-empty string, or undefined. Numbers are accepted because some exports type them. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return MISSING_TEXT.has(trimmed.toLowerCase()) ? undefined : trimmed;
}

/** Epoch seconds (number or numeric string, possibly "1729166112.0") -> ISO date-time; "-1" and 0 are unknown. */
export function epochSecondsToIso(value: unknown): string | undefined {
  const raw = typeof value === 'number' ? value : Number(text(value));
  if (!Number.isFinite(raw) || raw <= 0) return undefined;
  return new Date(Math.round(raw * 1000)).toISOString();
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 2100) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Normalises the date formats fleet tools write (research/fleet.md §11) to `YYYY-MM-DD` or a full ISO
 * date-time: YYYYMMDD (registry InstallDate), YYYY-MM-DD[ HH:MM:SS] (GLPI JSON), YYYY/MM/DD (OCS),
 * DD/MM/YYYY (GLPI XML), DD.MM.YYYY (German locale), unambiguous US M/D/YYYY and RFC 3339. Anything else is unknown.
 */
export function normaliseDate(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(\.\d{1,3})?\d*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw);
  if (m) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!date || m[4] === undefined) return date;
    const local = `${date}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}${m[7] ?? ''}`;
    const parsed = new Date(m[8] ? `${local}${m[8]}` : `${local}Z`);
    return Number.isNaN(parsed.getTime()) ? date : parsed.toISOString();
  }
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(raw);
  if (m) {
    // Day first, as every European locale writes it; US month-first shows itself when the day exceeds 12.
    const [first, second] = [Number(m[1]), Number(m[2])];
    const monthFirst = second > 12 && first <= 12;
    const date = isoDate(Number(m[3]), monthFirst ? first : second, monthFirst ? second : first);
    if (!date || m[4] === undefined) return date;
    return new Date(`${date}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}Z`).toISOString();
  }
  return undefined;
}

/** The newest of several ISO date-times (they compare as strings once normalised to UTC). */
export function newest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a >= b ? a : b;
}

/** Reads "Windows", "macOS", "Mac OS X", "Ubuntu", "darwin" ... as a platform; undefined when it is none of ours. */
export function platformFromText(value: unknown): 'windows' | 'macos' | 'linux' | undefined {
  const raw = text(value)?.toLowerCase();
  if (!raw) return undefined;
  if (/windows|^win\b|^win\d/.test(raw)) return 'windows';
  if (/mac ?os|os ?x|darwin/.test(raw)) return 'macos';
  if (/linux|ubuntu|debian|fedora|red ?hat|\brhel\b|centos|suse|\bmint\b|\brocky\b|\balma|\barch\b/.test(raw)) return 'linux';
  return undefined;
}
