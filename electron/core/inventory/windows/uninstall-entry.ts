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
  // written by broken installers carry the same garbage, so cut every text value there.
  const cut = value.replace(/\p{Cc}.*$/su, '').trim();
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
export function locateUninstallKey(path: string): RegistryLocation | undefined {
  const normalised = path
    .replace(/^.*::/, '')
    .replace(/^HKLM:?\\/i, 'HKEY_LOCAL_MACHINE\\')
    .replace(/^HKCU:?\\/i, 'HKEY_CURRENT_USER\\')
    .replace(/^HKU:?\\/i, 'HKEY_USERS\\');
  const segments = normalised.split('\\').filter((s) => s !== '');
  const key = segments.at(-1);
  const hive = segments[0]?.toUpperCase();
  if (!key || segments.length < 2) return undefined;
  if (hive === 'HKEY_LOCAL_MACHINE') {
    const wow = segments.some((s) => s.toUpperCase() === 'WOW6432NODE');
    return { scope: wow ? 'machine32' : 'machine64', key };
  }
  if (hive === 'HKEY_CURRENT_USER') return { scope: 'user', key };
  if (hive === 'HKEY_USERS' && segments[1]) return { scope: 'user', sid: segments[1], key };
  return undefined;
}

/** Build an entry from a name → value record (either reader). Value names are matched case-insensitively. */
export function uninstallEntryFromValues(location: RegistryLocation, values: Record<string, unknown>): UninstallEntry {
  const byLowerName = new Map(Object.entries(values).map(([name, value]) => [name.toLowerCase(), value]));
  const get = (name: string): unknown => byLowerName.get(name.toLowerCase());
  const entry: UninstallEntry = {
    ...location,
    displayName: text(get('DisplayName')),
    displayVersion: text(get('DisplayVersion')),
    publisher: text(get('Publisher')),
    installDate: parseInstallDate(get('InstallDate')),
    installLocation: text(get('InstallLocation')),
    installSource: text(get('InstallSource')),
    uninstallString: text(get('UninstallString')),
    quietUninstallString: text(get('QuietUninstallString')),
    displayIcon: text(get('DisplayIcon')),
    estimatedSizeKb: dword(get('EstimatedSize')),
    systemComponent: dword(get('SystemComponent')) === 1,
    windowsInstaller: dword(get('WindowsInstaller')) === 1,
    parentKeyName: text(get('ParentKeyName')),
    releaseType: text(get('ReleaseType')),
    bundleProviderKey: text(get('BundleProviderKey')),
  };
  for (const name of Object.keys(entry) as (keyof UninstallEntry)[]) if (entry[name] === undefined) delete entry[name];
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
