/**
 * UserAssist: HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\UserAssist\{GUID}\Count, where
 * Explorer counts the programs a user starts from the Start menu, taskbar, desktop or Run box.
 *   - Value names are ROT13 of a path or AppUserModelID; a path may start with a KNOWNFOLDERID {GUID}.
 *   - Value data (Windows 7 and later, format version 5) is 72 bytes, little-endian:
 *       offset 4  uint32  run count
 *       offset 8  uint32  focus count
 *       offset 12 uint32  focus time in milliseconds
 *       offset 60 uint64  last run, FILETIME (100 ns ticks since 1601-01-01 UTC; 0 = never)
 * Layout per libyal winreg-kb "User Assist keys" (user_assist_entry_v5 in plaso's userassist.yaml),
 * dissect.target's VERSION5_ENTRY (4 + 3×4 + 44 bytes before the uint64 timestamp = offset 60) and
 * osquery's userassist table, which reads the count at byte 4 and the FILETIME at byte 60.
 * Session bookkeeping values (UEME_CTLSESSION, UEME_CTLCUACount:ctor) and other sizes are skipped.
 */
import type { RegKey } from './parse-reg-query';
import { regValueData } from './parse-reg-query';

export interface UserAssistEntry {
  /** Decoded name with the known folder spelled as an environment path, e.g. %ProgramFiles%\7-Zip\7zFM.exe */
  name: string;
  kind: 'executable' | 'shortcut' | 'app-id';
  runCount: number;
  focusCount: number;
  focusMs: number;
  /** ISO date-time, absent when the FILETIME is 0. */
  lastRun?: string;
}

/** KNOWNFOLDERID values (Microsoft Learn, "KNOWNFOLDERID") that prefix UserAssist paths. */
const KNOWN_FOLDERS: Record<string, string> = {
  '{6D809377-6AF0-444B-8957-A3773F02200E}': '%ProgramFiles%',
  '{7C5A40EF-A0FB-4BFC-874A-C0F2E0B9FA8E}': '%ProgramFiles(x86)%',
  '{F7F1ED05-9F6D-47A2-AAAE-29D317C6F066}': '%CommonProgramFiles%',
  '{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}': '%SystemRoot%\\System32',
  '{D65231B0-B2F1-4857-A4CE-A8E7C6EA7D27}': '%SystemRoot%\\SysWOW64',
  '{F38BF404-1D43-42F2-9305-67DE0B28FC23}': '%SystemRoot%',
  '{0139D44E-6AFE-49F2-8690-3DAFCAE6FFB8}': '%ProgramData%\\Microsoft\\Windows\\Start Menu\\Programs',
  '{A77F5D77-2E2B-44C3-A6A2-ABA601054A51}': '%AppData%\\Microsoft\\Windows\\Start Menu\\Programs',
  '{9E3995AB-1F9C-4F13-B827-48B24B6C7174}': '%AppData%\\Microsoft\\Internet Explorer\\Quick Launch\\User Pinned',
  '{F1B32785-6FBA-4FCF-9D55-7B8E7F157091}': '%LocalAppData%',
  '{5CD7AEE2-2219-4A67-B85D-6C9CE15660CB}': '%LocalAppData%\\Programs',
  '{B4BFCC3A-DB2C-424C-B029-7FE99A87C641}': '%UserProfile%\\Desktop',
  '{374DE290-123F-4565-9164-39C4925E467B}': '%UserProfile%\\Downloads',
};

const SKIPPED_NAMES = new Set(['UEME_CTLSESSION', 'UEME_CTLCUACount:ctor']);
const V5_LENGTH = 72;
const FILETIME_UNIX_EPOCH_MS = 11_644_473_600_000n;

export function rot13(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

export function resolveKnownFolder(path: string): string {
  const match = /^(\{[0-9A-F-]{36}\})(.*)$/i.exec(path);
  const folder = match?.[1] ? KNOWN_FOLDERS[match[1].toUpperCase()] : undefined;
  return folder ? `${folder}${match?.[2] ?? ''}` : path;
}

export function filetimeToIso(ticks: bigint): string | undefined {
  if (ticks === 0n) return undefined;
  const ms = ticks / 10_000n - FILETIME_UNIX_EPOCH_MS;
  const date = new Date(Number(ms));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** One Count value; undefined for bookkeeping values and data that is not the version 5 layout. */
export function decodeUserAssistValue(encodedName: string, data: Uint8Array): UserAssistEntry | undefined {
  const decoded = rot13(encodedName);
  if (SKIPPED_NAMES.has(decoded) || data.length < V5_LENGTH) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const name = resolveKnownFolder(decoded);
  const lower = name.toLowerCase();
  const kind = lower.endsWith('.lnk') ? 'shortcut' : /\.(exe|com|bat|cmd|msc|cpl)$/.test(lower) ? 'executable' : 'app-id';
  const entry: UserAssistEntry = {
    name,
    kind,
    runCount: view.getUint32(4, true),
    focusCount: view.getUint32(8, true),
    focusMs: view.getUint32(12, true),
  };
  const lastRun = filetimeToIso(view.getBigUint64(60, true));
  if (lastRun) entry.lastRun = lastRun;
  return entry;
}

function collect(values: Iterable<{ name: string; data: Uint8Array }>): UserAssistEntry[] {
  const entries: UserAssistEntry[] = [];
  for (const { name, data } of values) {
    const entry = decodeUserAssistValue(name, data);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** From USERASSIST_SCRIPT output: [{ guid, name, data: base64 }]. */
export function parseUserAssistJson(text: string): { entries: UserAssistEntry[]; problems: string[] } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '' || trimmed === 'null') return { entries: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    return { entries: [], problems: [`The program-start history (UserAssist) is not readable JSON (${(error as Error).message}).`] };
  }
  const records = (Array.isArray(data) ? data : [data]).filter(
    (r): r is { name: string; data: string } =>
      typeof r === 'object' && r !== null && typeof (r as { name?: unknown }).name === 'string' && typeof (r as { data?: unknown }).data === 'string',
  );
  return { entries: collect(records.map((r) => ({ name: r.name, data: Uint8Array.from(Buffer.from(r.data, 'base64')) }))), problems: [] };
}

/** From `reg query HKCU\...\Explorer\UserAssist /s` output (REG_BINARY printed as hex). */
export function userAssistFromRegKeys(keys: readonly RegKey[]): UserAssistEntry[] {
  const values = keys
    .filter((key) => /\\UserAssist\\\{[0-9A-F-]{36}\}\\Count$/i.test(key.path))
    .flatMap((key) => key.values.filter((v) => v.type === 'REG_BINARY'))
    .map((v) => ({ name: v.name, data: regValueData(v) as Uint8Array }));
  return collect(values);
}
