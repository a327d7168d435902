/**
 * Pure parser for the text `reg.exe query <key> [/s]` prints (decode the bytes first with
 * decodeConsoleOutput). Layout, as documented for reg.exe (Microsoft Learn, "reg query") and as the
 * Wine re-implementation prints it (programs/reg/query.c, output_value):
 *
 *   HKEY_LOCAL_MACHINE\SOFTWARE\...\Uninstall\7-Zip          a key: the full hive name at column 0
 *       DisplayName    REG_SZ    7-Zip 24.09 (x64)           a value: 4 spaces, name, 4 spaces, type, 4 spaces, data
 *       Comments    REG_SZ                                    empty data: the separator may or may not follow
 *
 * Data is text: REG_DWORD/REG_QWORD as 0x-hex, REG_BINARY as contiguous hex, REG_MULTI_SZ items joined by
 * the two characters `\0`, REG_EXPAND_SZ unexpanded. The unnamed default value is shown with a localised
 * label such as "(Default)" or "(Standard)", so nothing here relies on that label. Anything else
 * (blank lines, "End of search", error text) is ignored.
 */

export interface RegValue {
  name: string;
  /** REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY, REG_NONE ... */
  type: string;
  /** The data exactly as printed (see regValueData for typed data). */
  raw: string;
}

export interface RegKey {
  /** Full path as printed, e.g. HKEY_CURRENT_USER\Software\...\Uninstall\slack */
  path: string;
  values: RegValue[];
}

const KEY_LINE = /^HKEY_[A-Z_]+(\\.*)?$/;
const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/;
const LINE_BREAK = /\r?\n|\r/;

export function parseRegQuery(text: string): RegKey[] {
  const keys: RegKey[] = [];
  let current: RegKey | undefined;
  for (const line of text.split(LINE_BREAK)) {
    // Cheap first-character checks keep the regular expressions off the lines they cannot match.
    if (line.startsWith('HKEY_') && KEY_LINE.test(line)) {
      current = { path: line.trimEnd(), values: [] };
      keys.push(current);
      continue;
    }
    const match = current && line.startsWith('    ') ? VALUE_LINE.exec(line) : null;
    if (current && match) current.values.push({ name: match[1] ?? '', type: match[2] ?? '', raw: match[3] ?? '' });
  }
  return keys;
}

export type RegData = string | number | string[] | Uint8Array;

/**
 * Typed data of one printed value: numbers for DWORD/QWORD (a QWORD beyond 2^53 stays a hex string),
 * an array for MULTI_SZ, bytes for BINARY, text otherwise.
 */
export function regValueData(value: RegValue): RegData {
  switch (value.type) {
    case 'REG_DWORD':
    case 'REG_DWORD_BIG_ENDIAN':
    case 'REG_QWORD': {
      const match = /^0x([0-9a-f]+)$/i.exec(value.raw.trim());
      const hex = match?.[1]?.replace(/^0+(?=.)/, '');
      if (!hex) return value.raw;
      // 13 hex digits always fit a double exactly; longer values are checked against 2^53.
      if (hex.length <= 13) return Number.parseInt(hex, 16);
      const big = BigInt(`0x${hex}`);
      return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : value.raw;
    }
    case 'REG_MULTI_SZ':
      return value.raw === '' ? [] : value.raw.split('\\0').filter((item) => item !== '');
    case 'REG_BINARY':
      return /^([0-9a-f]{2})*$/i.test(value.raw) ? Uint8Array.from(Buffer.from(value.raw, 'hex')) : new Uint8Array();
    default:
      return value.raw;
  }
}

/** Name → typed data for one key; later duplicates (impossible in a real registry) win. */
export function regValuesByName(key: RegKey): Record<string, RegData> {
  const out: Record<string, RegData> = {};
  for (const value of key.values) out[value.name] = regValueData(value);
  return out;
}
