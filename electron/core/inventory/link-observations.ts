/**
 * Links observations of the same application made by different collectors (the dpkg package, its
 * .desktop entry, the running process, the usage record) through `linkedTo`, so matching and reports
 * count the app once and can show all its evidence together.
 *
 * Links are not transitive closures: two .desktop entries that share a package (LibreOffice Writer and
 * Calc) are each linked to the package, not to each other. Each .desktop entry gathers what matches it;
 * observations without an entry are linked through the identifiers they share directly.
 */
import type { InventoryItem, ObservationSource } from '../../shared/inventory';

/** Launchers and interpreters name no particular app: linking on them would join unrelated programs. */
const GENERIC_PROGRAMS = new Set([
  'env', 'sh', 'bash', 'dash', 'zsh', 'flatpak', 'snap', 'python', 'python3', 'perl', 'ruby', 'node', 'java',
  'sudo', 'pkexec', 'xdg-open', 'gtk-launch', 'gio', 'exo-open', 'kioclient5', 'kioclient', 'apprun', 'electron',
]);

const PACKAGE_SOURCES: ReadonlySet<ObservationSource> = new Set(['dpkg', 'rpm']);

type Key = string;

function programKey(item: InventoryItem): Key | undefined {
  const exe = item.identifiers.exe?.toLowerCase();
  return exe && !GENERIC_PROGRAMS.has(exe) ? `exe:${exe}` : undefined;
}

/** The keys by which an observation can be recognised; package names only count for package sources. */
function keysOf(item: InventoryItem): Key[] {
  const { identifiers } = item;
  const keys: Key[] = [];
  if (identifiers.desktopFile) keys.push(`desktop:${identifiers.desktopFile.toLowerCase()}`);
  if (identifiers.flatpakId) keys.push(`flatpak:${identifiers.flatpakId}`);
  if (identifiers.snapName) keys.push(`snap:${identifiers.snapName}`);
  // macOS bundle, System Information, Spotlight and running-app records share the bundle id; Windows Store
  // packages and their usage share the AppX family; Click-to-Run products share their release id.
  if (identifiers.bundleId) keys.push(`bundle:${identifiers.bundleId.toLowerCase()}`);
  if (identifiers.appxFamily) keys.push(`appx:${identifiers.appxFamily.toLowerCase()}`);
  if (identifiers.c2rReleaseId) keys.push(`c2r:${identifiers.c2rReleaseId.toLowerCase()}`);
  if (identifiers.packageName && PACKAGE_SOURCES.has(item.source)) keys.push(`package:${item.source}:${identifiers.packageName}`);
  const program = programKey(item);
  if (program) keys.push(program);
  return keys;
}

/** What a .desktop entry is known by: its own id, and the package, sandbox and program behind it. */
function entryKeys(entry: InventoryItem): Key[] {
  const { identifiers } = entry;
  const keys: Key[] = [];
  if (identifiers.desktopFile) keys.push(`desktop:${identifiers.desktopFile.toLowerCase()}`);
  if (identifiers.flatpakId) keys.push(`flatpak:${identifiers.flatpakId}`);
  if (identifiers.snapName) keys.push(`snap:${identifiers.snapName}`);
  if (identifiers.packageName) {
    for (const source of PACKAGE_SOURCES) keys.push(`package:${source}:${identifiers.packageName}`);
  }
  const program = programKey(entry);
  if (program) keys.push(program);
  return keys;
}

export function linkObservations(items: readonly InventoryItem[]): InventoryItem[] {
  const byKey = new Map<Key, string[]>();
  for (const item of items) {
    if (item.source === 'desktop-entry') continue;
    for (const key of keysOf(item)) {
      const ids = byKey.get(key) ?? [];
      ids.push(item.id);
      byKey.set(key, ids);
    }
  }
  const links = new Map<string, Set<string>>();
  const connect = (group: Iterable<string>) => {
    const ids = [...new Set(group)];
    for (const id of ids) {
      const set = links.get(id) ?? new Set<string>();
      for (const other of ids) if (other !== id) set.add(other);
      links.set(id, set);
    }
  };
  for (const item of items) {
    if (item.source !== 'desktop-entry') continue;
    connect([item.id, ...entryKeys(item).flatMap((key) => byKey.get(key) ?? [])]);
  }
  // Without a menu entry, a sandboxed app's package and its process still share the sandbox id or program.
  for (const [key, ids] of byKey) {
    if (!key.startsWith('package:') && ids.length > 1) connect(ids);
  }
  return items.map((item) => {
    const linked = new Set([...item.linkedTo, ...(links.get(item.id) ?? [])]);
    return { ...item, linkedTo: [...linked].sort() };
  });
}
