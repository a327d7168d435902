/**
 * One subkey of an Uninstall root ("Programs and Features" entry), normalised from either reader
 * (PowerShell JSON or reg.exe text), and the rule that decides which entries a user would see.
 * Value meanings: Microsoft Learn, "Uninstall Registry Key" (Windows Installer) and the ARP value list
 * in /work/shared/research/inventory.md §1.2.
 */
import type { RegKey } from './parse-reg-query';
import { regValuesByName } from './parse-reg-query';

/** Registry view the entry came from: 64-bit HKLM, 32-bit HKLM (WOW6432Node), or a user's hive. */
export type UninstallScope = 'machine64' | 'machine32' | 'user';

export interface UninstallEntry {
  scope: UninstallScope;
  /** SID of the HKEY_USERS profile, when the entry was read from another loaded user hive. */
  sid?: string;
  /** Subkey name: a product code {GUID} for MSI, a free name otherwise. */
  key: string;
  displayName?: string;
  displayVersion?: string;
  publisher?: string;
  /** ISO date (YYYY-MM-DD). */
  installDate?: string;
  installLocation?: string;
  installSource?: string;
  uninstallString?: string;
  quietUninstallString?: string;
  displayIcon?: string;
  estimatedSizeKb?: number;
  systemComponent: boolean;
  windowsInstaller: boolean;
  parentKeyName?: string;
  releaseType?: string;
  bundleProviderKey?: string;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  // GLPI strips everything after a control character in DisplayVersion ("Workaround for #415"); names
  // written by broken installers carry the same garbage, so every text value is cut there.
  let end = 0;
  while (end < value.length) {
    const code = value.charCodeAt(end);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) break;
    end += 1;
  }
  const cut = (end === value.length ? value : value.slice(0, end)).trim();
  return cut === '' ? undefined : cut;
}

/** DWORDs arrive as numbers (PowerShell), 0x-hex or decimal strings (reg.exe, hand-made JSON). */
function dword(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^0x[0-9a-f]+$/i.test(trimmed)) return Number.parseInt(trimmed.slice(2), 16);
  if (/^-?\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10);
  return undefined;
}

/**
 * InstallDate is meant to be YYYYMMDD; installers also write YYYY-MM-DD and M/D/YYYY (both accepted by
 * GLPI's _dateFormat). Anything else, or an impossible date, is dropped rather than guessed.
 */
export function parseInstallDate(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  let parts: [string, string, string] | undefined;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (m) parts = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (m) parts = [m[3] ?? '', (m[1] ?? '').padStart(2, '0'), (m[2] ?? '').padStart(2, '0')];
  if (!parts) return undefined;
  const iso = `${parts[0]}-${parts[1]}-${parts[2]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

export interface RegistryLocation {
  scope: UninstallScope;
  sid?: string;
  key: string;
}

/**
 * Where a key path points: accepts `HKEY_...` full names, the `HKLM:\` drive form and PowerShell's
 * `Microsoft.PowerShell.Core\Registry::HKEY_...` PSPath. Returns undefined for anything not under a hive
 * this collector reads.
 */
const HIVE_ALIASES: Record<string, string> = {
  'HKLM:': 'HKEY_LOCAL_MACHINE', HKLM: 'HKEY_LOCAL_MACHINE',
  'HKCU:': 'HKEY_CURRENT_USER', HKCU: 'HKEY_CURRENT_USER',
  'HKU:': 'HKEY_USERS', HKU: 'HKEY_USERS',
};

export function locateUninstallKey(path: string): RegistryLocation | undefined {
  const provider = path.indexOf('::');
  const segments = (provider >= 0 ? path.slice(provider + 2) : path).split('\\').filter((s) => s !== '');
  const first = segments[0]?.toUpperCase() ?? '';
  const hive = HIVE_ALIASES[first] ?? first;
  const key = segments.at(-1);
  if (!key || segments.length < 2) return undefined;
  if (hive === 'HKEY_LOCAL_MACHINE') return { scope: /\\WOW6432Node\\/i.test(path) ? 'machine32' : 'machine64', key };
  if (hive === 'HKEY_CURRENT_USER') return { scope: 'user', key };
  if (hive === 'HKEY_USERS' && segments[1]) return { scope: 'user', sid: segments[1], key };
  return undefined;
}

/** Value names this module reads, lower-cased, mapped to the entry field they fill. */
const TEXT_FIELDS: Record<string, 'displayName' | 'displayVersion' | 'publisher' | 'installLocation' | 'installSource'
  | 'uninstallString' | 'quietUninstallString' | 'displayIcon' | 'parentKeyName' | 'releaseType' | 'bundleProviderKey'> = {
  displayname: 'displayName', displayversion: 'displayVersion', publisher: 'publisher', installlocation: 'installLocation',
  installsource: 'installSource', uninstallstring: 'uninstallString', quietuninstallstring: 'quietUninstallString',
  displayicon: 'displayIcon', parentkeyname: 'parentKeyName', releasetype: 'releaseType', bundleproviderkey: 'bundleProviderKey',
};

/** Build an entry from a name → value record (either reader). Value names are matched case-insensitively. */
export function uninstallEntryFromValues(location: RegistryLocation, values: Record<string, unknown>): UninstallEntry {
  const entry: UninstallEntry = { ...location, systemComponent: false, windowsInstaller: false };
  for (const name in values) {
    const lower = name.toLowerCase();
    const value = values[name];
    const field = TEXT_FIELDS[lower];
    if (field) {
      const cut = text(value);
      if (cut !== undefined) entry[field] = cut;
    } else if (lower === 'installdate') {
      const date = parseInstallDate(value);
      if (date) entry.installDate = date;
    } else if (lower === 'estimatedsize') {
      const size = dword(value);
      if (size !== undefined) entry.estimatedSizeKb = size;
    } else if (lower === 'systemcomponent') {
      entry.systemComponent = dword(value) === 1;
    } else if (lower === 'windowsinstaller') {
      entry.windowsInstaller = dword(value) === 1;
    }
  }
  return entry;
}

/**
 * Entries from `reg query <Uninstall root> /s` output. `/s` also prints sub-subkeys
 * (...\Uninstall\{GUID}\SomeChild); only direct children of an Uninstall key are entries.
 */
export function uninstallEntriesFromRegKeys(keys: readonly RegKey[]): UninstallEntry[] {
  const entries: UninstallEntry[] = [];
  for (const key of keys) {
    const segments = key.path.split('\\');
    if (segments.at(-2)?.toLowerCase() !== 'uninstall') continue;
    const location = locateUninstallKey(key.path);
    if (location) entries.push(uninstallEntryFromValues(location, regValuesByName(key)));
  }
  return entries;
}

const HIDDEN_RELEASE_TYPES = new Set(['security update', 'update', 'hotfix', 'update rollup', 'service pack']);
const KB_ARTICLE = /\bKB\d{6,8}\b/i;

/**
 * Visibility rule: an entry counts as installed software only where "Programs and Features" would
 * list it as a program. ReactOS's ARP (base/applications/rapps/appdb.cpp) and OCS are the references.
 *   - no DisplayName                         -> hidden (ARP never shows it; stock keys like AddressBook, IE40)
 *   - SystemComponent = 1                    -> hidden (MSI payloads of a visible bundle: VC++ Minimum Runtime)
 *   - ParentKeyName present                  -> hidden (an update or patch nested under its parent product)
 *   - ReleaseType Update/Hotfix/Security Update/Update Rollup/Service Pack -> hidden (patches, not programs)
 *   - DisplayName naming a KB article        -> hidden (legacy hotfix keys such as "KB2468871")
 * Everything else is kept, including WindowsInstaller = 1 entries: an MSI product with a DisplayName is
 * exactly what ARP lists.
 */
export function isVisibleUninstallEntry(entry: UninstallEntry): boolean {
  if (!entry.displayName) return false;
  if (entry.systemComponent) return false;
  if (entry.parentKeyName) return false;
  if (entry.releaseType && HIDDEN_RELEASE_TYPES.has(entry.releaseType.toLowerCase())) return false;
  return !KB_ARTICLE.test(entry.displayName);
}
