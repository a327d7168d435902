/**
 * Flatpak applications of the system and the user installation. Runs `flatpak list`; when flatpak is
 * not installed, the installation folders are read directly, which finds apps left behind and apps of
 * a machine image scanned offline.
 */
import type { InventoryItem, Platform } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import { commandFailureOutput } from './command-failure';
import { describeFsError, isMissing, locationsFor, nodeFileSystem, summariseProblems, type FileSystem } from './file-system';
import { FLATPAK_COLUMNS, parseFlatpakCurrentLink, parseFlatpakList, type FlatpakApp } from './parse-flatpak';

export function flatpakAppToItem(app: FlatpakApp, platform: Platform = 'linux'): InventoryItem {
  const evidence: InventoryItem['evidence'] = { installation: app.installation };
  if (app.branch) evidence.branch = app.branch;
  if (app.origin) evidence.origin = app.origin;
  if (app.arch) evidence.architecture = app.arch;
  return {
    id: `flatpak:${app.installation}:${app.appId}`,
    platform,
    source: 'flatpak',
    name: app.name,
    version: app.version,
    identifiers: { flatpakId: app.appId },
    scope: app.installation === 'user' ? 'user' : 'machine',
    linkedTo: [],
    evidence,
  };
}

async function readInstallation(fs: FileSystem, appDir: string, installation: string): Promise<FlatpakApp[]> {
  const apps: FlatpakApp[] = [];
  for (const entry of await fs.readDir(appDir)) {
    if (entry.kind !== 'directory' || entry.name.startsWith('.')) continue;
    try {
      const app = parseFlatpakCurrentLink(entry.name, await fs.readLink(`${appDir}/${entry.name}/current`), installation);
      if (app) apps.push(app);
    } catch (error) {
      // An app folder without a `current` link is a half-removed deployment: not an installed app.
      if (!isMissing(error)) throw error;
    }
  }
  return apps;
}

export function createFlatpakCollector(fs: FileSystem = nodeFileSystem): Collector {
  return {
    id: 'linux.flatpak',
    platforms: ['linux'],
    async collect(context): Promise<CollectorOutput> {
      const result = await context.run('flatpak', ['list', '--app', `--columns=${FLATPAK_COLUMNS}`], { signal: context.signal, timeoutMs: 30_000 });
      if (result.ok) return { items: parseFlatpakList(result.stdout).map((app) => flatpakAppToItem(app, context.platform)) };
      if (result.failure !== 'not-found') return commandFailureOutput(result, 'Flatpak apps');

      const places = locationsFor(context);
      const installations = [
        { dir: places.system('/var/lib/flatpak/app'), installation: 'system' },
        { dir: places.home('.local/share/flatpak/app'), installation: 'user' },
      ];
      const items: InventoryItem[] = [];
      const problems: string[] = [];
      let found = false;
      for (const { dir, installation } of installations) {
        try {
          const apps = await readInstallation(fs, dir, installation);
          found = true;
          items.push(...apps.map((app) => flatpakAppToItem(app, context.platform)));
        } catch (error) {
          if (!isMissing(error)) problems.push(describeFsError(error, places.display(dir)));
        }
      }
      if (problems.length > 0) return { items, status: 'partial', message: `Some Flatpak apps may be missing: ${summariseProblems(problems)}.` };
      if (!found) return { items, status: 'skipped', message: 'Flatpak is not installed on this machine.' };
      return { items, message: 'The flatpak command is missing, so apps were read from the installation folders (no names or versions).' };
    },
  };
}
