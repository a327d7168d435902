/**
 * Applications as the desktop menu knows them: `.desktop` entries from the XDG data folders plus the
 * Flatpak and Snap export folders, each mapped to the Debian package that installed it. Packages are
 * mostly libraries; these entries are what a user would call "my apps".
 */
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorContext, CollectorOutput } from '../collector';
import { describeFsError, isMissing, locationsFor, nodeFileSystem, summariseProblems, type FileSystem, type Locations } from './file-system';
import { parseDesktopEntry, type DesktopEntry } from './parse-desktop-entry';
import { desktopFilesInList, likelyOwners, packageOfListFile } from './parse-dpkg-list';

interface ApplicationsFolder {
  dir: string;
  scope: 'user' | 'machine';
}

/** Real entries are a few KB, mostly translations; the [Desktop Entry] group comes first, so a cut-off giant loses nothing. */
const MAX_ENTRY_BYTES = 512 * 1024;

/** Desktop IDs of subfolders join the relative path with '-' (spec: "Desktop File ID"); menus rarely nest deeper. */
const MAX_DEPTH = 3;

/** Precedence order of the XDG Base Directory spec: the user's folder first, the first file with an ID wins. */
function applicationsFolders(context: CollectorContext, places: Locations): ApplicationsFolder[] {
  const dataHome = context.env.XDG_DATA_HOME?.startsWith('/') ? `${context.env.XDG_DATA_HOME}/applications` : places.home('.local/share/applications');
  return [
    { dir: dataHome, scope: 'user' },
    { dir: places.home('.local/share/flatpak/exports/share/applications'), scope: 'user' },
    { dir: places.system('/usr/local/share/applications'), scope: 'machine' },
    { dir: places.system('/usr/share/applications'), scope: 'machine' },
    { dir: places.system('/var/lib/flatpak/exports/share/applications'), scope: 'machine' },
    { dir: places.system('/var/lib/snapd/desktop/applications'), scope: 'machine' },
  ];
}

interface FoundEntry {
  desktopId: string;
  path: string;
  scope: 'user' | 'machine';
}

interface FolderListing {
  entries: FoundEntry[];
  problem?: string;
}

async function listEntries(fs: FileSystem, dir: string, prefix: string, depth: number, scope: FoundEntry['scope']): Promise<FoundEntry[]> {
  const found: FoundEntry[] = [];
  for (const entry of await fs.readDir(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.kind === 'directory' && depth < MAX_DEPTH) {
      found.push(...await listEntries(fs, path, `${prefix}${entry.name}-`, depth + 1, scope));
    } else if ((entry.kind === 'file' || entry.kind === 'symlink') && entry.name.endsWith('.desktop')) {
      found.push({ desktopId: `${prefix}${entry.name}`, path, scope });
    }
  }
  return found;
}

/** Folders flatpak and snapd fill at run time: no Debian package installs an entry there, so none is looked up. */
const UNPACKAGED_FOLDERS = ['/var/lib/flatpak/', '/var/lib/snapd/'];

/** dpkg's per-package file lists by package name (a Multi-Arch package has one list per architecture). */
async function dpkgLists(fs: FileSystem, infoDir: string): Promise<Map<string, string[]>> {
  const lists = new Map<string, string[]>();
  try {
    for (const entry of await fs.readDir(infoDir)) {
      const pkg = entry.kind === 'file' ? packageOfListFile(entry.name) : undefined;
      if (pkg) lists.set(pkg, [...lists.get(pkg) ?? [], `${infoDir}/${entry.name}`]);
    }
  } catch {
    // No dpkg database (an RPM system): entries simply carry no package name.
  }
  return lists;
}

/**
 * Maps system .desktop paths (as dpkg records them) to the package that installed them. The lists of the
 * likely owners are read first; only when an entry is still unowned are all the others read, which is what
 * a user-made entry in /usr/share/applications costs. Most machines are spared reading hundreds of lists.
 */
async function dpkgOwners(fs: FileSystem, listsRead: Promise<Map<string, string[]>>, wanted: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  const lists = await listsRead;
  const done = new Set<string>();
  const readLists = (packages: Iterable<string>) => Promise.all([...packages].filter((pkg) => !done.has(pkg)).map(async (pkg) => {
    done.add(pkg);
    for (const path of lists.get(pkg) ?? []) {
      try {
        const bytes = await fs.readFile(path);
        // Most packages install no menu entry; checking the bytes first avoids decoding megabytes of lists.
        if (bytes.includes('/applications/')) {
          for (const listed of desktopFilesInList(bytes.toString('utf8'))) owners.set(listed, pkg);
        }
      } catch {
        // An unreadable list only costs the package name of its entries; the entries themselves are still reported.
      }
    }
  }));
  const unowned = () => [...wanted.keys()].some((path) => !owners.has(path));
  await readLists(new Set([...wanted.values()].flatMap((desktopId) => likelyOwners(desktopId, lists.keys()))));
  if (unowned()) await readLists(lists.keys());
  return owners;
}

function currentDesktops(context: CollectorContext): string[] {
  return (context.env.XDG_CURRENT_DESKTOP ?? '').split(':').filter(Boolean);
}

/**
 * Entries the menu would not show are not apps the user has: Hidden (deleted), NoDisplay (helpers,
 * MIME handlers), and entries restricted to another desktop environment (its settings panels).
 */
export function isShownInMenu(entry: DesktopEntry, desktops: readonly string[]): boolean {
  if (entry.type !== 'Application' || entry.hidden || entry.noDisplay) return false;
  if (entry.onlyShowIn.length > 0 && !entry.onlyShowIn.some((desktop) => desktops.includes(desktop))) return false;
  return !entry.notShowIn.some((desktop) => desktops.includes(desktop));
}

export function desktopEntryToItem(
  entry: DesktopEntry,
  found: { desktopId: string; displayPath: string; scope: 'user' | 'machine'; packageName?: string },
  platform: InventoryItem['platform'] = 'linux',
): InventoryItem {
  const identifiers: InventoryItem['identifiers'] = { desktopFile: found.desktopId };
  if (entry.program) identifiers.exe = entry.program;
  if (entry.flatpakId) identifiers.flatpakId = entry.flatpakId;
  // An instance name is "<snap>_<key>" for parallel installs; the snap is the part before the underscore.
  if (entry.snapInstanceName) identifiers.snapName = entry.snapInstanceName.split('_')[0];
  if (found.packageName) identifiers.packageName = found.packageName;
  const evidence: InventoryItem['evidence'] = { entryPath: found.displayPath, terminal: entry.terminal };
  if (entry.categories.length > 0) evidence.categories = entry.categories.join(';');
  if (entry.genericName) evidence.genericName = entry.genericName;
  if (entry.startupWMClass) evidence.startupWMClass = entry.startupWMClass;
  if (entry.icon) evidence.icon = entry.icon;
  return {
    id: `desktop-entry:${found.desktopId}`,
    platform,
    source: 'desktop-entry',
    name: entry.name ?? found.desktopId.replace(/\.desktop$/, ''),
    version: entry.appImageVersion,
    identifiers,
    scope: found.scope,
    linkedTo: [],
    evidence,
  };
}

export function createDesktopEntryCollector(fs: FileSystem = nodeFileSystem): Collector {
  return {
    id: 'linux.desktop-entries',
    platforms: ['linux'],
    async collect(context): Promise<CollectorOutput> {
      const places = locationsFor(context);
      // The folder of package lists is listed while the menu folders are.
      const listsRead = dpkgLists(fs, places.system('/var/lib/dpkg/info'));
      const problems: string[] = [];
      // All folders are listed at once; precedence is applied afterwards, in the XDG order.
      const listings = await Promise.all(applicationsFolders(context, places).map((folder) =>
        listEntries(fs, folder.dir, '', 1, folder.scope).then(
          (entries): FolderListing => ({ entries }),
          (error: unknown): FolderListing => ({ entries: [], problem: isMissing(error) ? undefined : describeFsError(error, places.display(folder.dir)) }),
        )));
      const byId = new Map<string, FoundEntry>();
      for (const { entries, problem } of listings) {
        if (problem) problems.push(problem);
        for (const found of entries) {
          if (!byId.has(found.desktopId)) byId.set(found.desktopId, found);
        }
      }
      const desktops = currentDesktops(context);
      const shown: Array<{ found: FoundEntry; entry: DesktopEntry; displayPath: string }> = [];
      await Promise.all([...byId.values()].map(async (found) => {
        let entry: DesktopEntry | undefined;
        try {
          entry = parseDesktopEntry((await fs.readHead(found.path, MAX_ENTRY_BYTES)).toString('utf8'));
        } catch (error) {
          // A dangling symlink is an uninstalled app's leftover, not a problem worth reporting.
          if (!isMissing(error)) problems.push(describeFsError(error, places.display(found.path)));
          return;
        }
        if (entry && isShownInMenu(entry, desktops)) shown.push({ found, entry, displayPath: places.display(found.path) });
      }));
      // Owners are looked up only for entries that become items, and only where a package can have put them.
      const wanted = new Map(shown
        .filter(({ found, displayPath }) => found.scope === 'machine' && !UNPACKAGED_FOLDERS.some((folder) => displayPath.startsWith(folder)))
        .map(({ found, displayPath }) => [displayPath, found.desktopId]));
      const owners = await dpkgOwners(fs, listsRead, wanted);
      const items = shown.map(({ found, entry, displayPath }) =>
        desktopEntryToItem(entry, { ...found, displayPath, packageName: owners.get(displayPath) }, context.platform));
      items.sort((a, b) => a.id.localeCompare(b.id));
      if (problems.length > 0) {
        return { items, status: 'partial', message: `Some application menu entries could not be read: ${summariseProblems(problems)}.` };
      }
      return { items };
    },
  };
}
