/**
 * Parser for regedit `.reg` exports ("Windows Registry Editor Version 5.00" and the older "REGEDIT4"):
 * `[KEY]` sections, `"name"=value` lines with REG_SZ strings ("\\" and "\"" escaped), dword:, hex:,
 * hex(2): (REG_EXPAND_SZ), hex(7): (REG_MULTI_SZ), hex(b): (REG_QWORD), `@` for the default value,
 * and long hex lists wrapped with a trailing backslash. Version 5 stores hex(2)/hex(7) text as UTF-16LE
 * bytes, REGEDIT4 as ANSI. Pure: text in, keys out; damaged lines are reported, the rest kept.
 */
export type RegValue =
  | { type: 'sz'; data: string }
  | { type: 'expand-sz'; data: string }
  | { type: 'multi-sz'; data: string[] }
  | { type: 'dword'; data: number }
  | { type: 'qword'; data: bigint }
  | { type: 'binary'; data: Uint8Array };

export interface RegKey {
  path: string;
  /** 1-based line of the `[KEY]` header. */
  line: number;
  /** Value names as written; the default value is ''. */
  values: Map<string, RegValue>;
}

export interface RegExport {
  keys: RegKey[];
  errors: { line: number; reason: string }[];
}

const HEADER_V5 = 'Windows Registry Editor Version 5.00';
const HEADER_V4 = 'REGEDIT4';
const HEX_VALUE = /^(@|"(?:[^"\\]|\\.)*")=hex(\([0-9a-f]+\))?:/i;

export function isRegExport(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 1)[0]?.trim();
  return first === HEADER_V5 || first === HEADER_V4;
}

/**
 * Joins wrapped hex lists into one logical line. Only hex values wrap (a string value always ends with its
 * closing quote), so a trailing backslash on a `=hex...:` line means "continued on the next line".
 */
function logicalLines(text: string): { text: string; line: number }[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < physical.length; i += 1) {
    const start = i;
    let current = (physical[i] ?? '').trimEnd();
    if (HEX_VALUE.test(current)) {
      while (current.endsWith('\\') && i + 1 < physical.length) {
        i += 1;
        current = current.slice(0, -1) + (physical[i] ?? '').trim();
      }
    }
    out.push({ text: current, line: start + 1 });
  }
  return out;
}

/** Reads a quoted .reg string starting at `from` (just after the opening quote); returns the string and the index after the closing quote. */
function readQuoted(line: string, from: number): { value: string; end: number } | undefined {
  let value = '';
  for (let i = from; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '\\') {
      const next = line[i + 1];
      if (next === undefined) return undefined;
      value += next === 'n' ? '\n' : next === 'r' ? '\r' : next === '0' ? '\0' : next;
      i += 1;
    } else if (ch === '"') {
      return { value, end: i + 1 };
    } else {
      value += ch;
    }
  }
  return undefined;
}

function hexBytes(list: string): Uint8Array | undefined {
  const parts = list.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.some((part) => !/^[0-9a-f]{1,2}$/i.test(part))) return undefined;
  return Uint8Array.from(parts.map((part) => parseInt(part, 16)));
}

function decodeRegText(bytes: Uint8Array, utf16: boolean): string {
  const text = new TextDecoder(utf16 ? 'utf-16le' : 'windows-1252').decode(bytes);
  return text.replace(/\0+$/, '');
}

function parseValue(raw: string, utf16: boolean): RegValue | undefined {
  if (raw.startsWith('"')) {
    const quoted = readQuoted(raw, 1);
    return quoted && raw.slice(quoted.end).trim() === '' ? { type: 'sz', data: quoted.value } : undefined;
  }
  const dword = /^dword:([0-9a-f]{1,8})$/i.exec(raw);
  if (dword?.[1]) return { type: 'dword', data: parseInt(dword[1], 16) };
  const hex = /^hex(?:\(([0-9a-f]+)\))?:(.*)$/i.exec(raw);
  if (!hex) return undefined;
  const bytes = hexBytes(hex[2] ?? '');
  if (!bytes) return undefined;
  const kind = (hex[1] ?? '3').toLowerCase();
  if (kind === '2') return { type: 'expand-sz', data: decodeRegText(bytes, utf16) };
  if (kind === '7') {
    const joined = new TextDecoder(utf16 ? 'utf-16le' : 'windows-1252').decode(bytes);
    return { type: 'multi-sz', data: joined.split('\0').filter((part) => part !== '') };
  }
  if (kind === 'b' && bytes.length === 8) {
    return { type: 'qword', data: new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true) };
  }
  if (kind === '4' && bytes.length === 4) return { type: 'dword', data: new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) };
  return { type: 'binary', data: bytes };
}

export function parseRegExport(text: string): RegExport {
  const result: RegExport = { keys: [], errors: [] };
  const lines = logicalLines(text);
  const header = lines.find((entry) => entry.text.trim() !== '');
  const version = header?.text.trim();
  if (version !== HEADER_V5 && version !== HEADER_V4) {
    result.errors.push({ line: header?.line ?? 1, reason: `This is not a registry export: the first line must be "${HEADER_V5}".` });
    return result;
  }
  const utf16 = version === HEADER_V5;
  let current: RegKey | undefined;
  for (const { text: raw, line } of lines) {
    if (raw === header?.text && line === header.line) continue;
    const entry = raw.trim();
    if (entry === '' || entry.startsWith(';')) continue;
    if (entry.startsWith('[')) {
      if (!entry.endsWith(']')) {
        result.errors.push({ line, reason: 'A key name is missing its closing "]".' });
        current = undefined;
        continue;
      }
      // "[-KEY]" deletes a key on import; it describes no software.
      current = entry.startsWith('[-') ? undefined : { path: entry.slice(1, -1), line, values: new Map() };
      if (current) result.keys.push(current);
      continue;
    }
    if (!current) continue;
    let name: string;
    let rest: string;
    if (entry.startsWith('@=')) {
      name = '';
      rest = entry.slice(2);
    } else if (entry.startsWith('"')) {
      const quoted = readQuoted(entry, 1);
      if (!quoted || entry[quoted.end] !== '=') {
        result.errors.push({ line, reason: `This value line of key ${current.path} is damaged; skipped.` });
        continue;
      }
      name = quoted.value;
      rest = entry.slice(quoted.end + 1);
    } else {
      result.errors.push({ line, reason: `Unexpected text in key ${current.path}; skipped.` });
      continue;
    }
    if (rest.trim() === '-') continue;
    const value = parseValue(rest.trim(), utf16);
    if (!value) {
      result.errors.push({ line, reason: `The value "${name || '@'}" of key ${current.path} could not be read; skipped.` });
      continue;
    }
    current.values.set(name, value);
  }
  return result;
}
