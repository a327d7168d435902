/**
 * Apps that install into the user's profile without admin rights. Detected by their known folder with
 * the program file present; the folder layouts are the vendors' documented ones:
 *   - Squirrel.Windows apps (Slack, Discord): %LocalAppData%\<app>\app-<version>\<exe>
 *     (Squirrel.Windows docs, "Install process" / "Squirrel install location").
 *   - Microsoft Teams classic: %LocalAppData%\Microsoft\Teams\current\Teams.exe (Microsoft Learn,
 *     "Bulk deploy the Teams desktop client": the MSI installs Teams into each user's LocalAppData).
 *   - OneDrive per-user: %LocalAppData%\Microsoft\OneDrive\OneDrive.exe beside a <version> folder
 *     (Microsoft Learn, "Install the sync app per-machine": per-user is the default location).
 *   - Zoom per-user: %AppData%\Zoom\bin\Zoom.exe (Zoom support, "Mass deploying with preconfigured settings").
 *   - Visual Studio Code user setup: %LocalAppData%\Programs\Microsoft VS Code\Code.exe (VS Code docs,
 *     "Setup: User setup versus system setup").
 *   - Google Chrome without admin: %LocalAppData%\Google\Chrome\Application\chrome.exe beside a <version> folder.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface PerUserApp {
  id: string;
  name: string;
  base: 'LocalAppData' | 'AppData';
  /** Folder of the app under the base folder. */
  folder: string[];
  /** Program file relative to the version folder (squirrel) or to the app folder. */
  exe: string[];
  /** How the version is found: Squirrel app-<version> folders, or a sibling folder named like a version. */
  version?: 'squirrel' | 'version-folder';
}

export const PER_USER_APPS: readonly PerUserApp[] = [
  { id: 'slack', name: 'Slack', base: 'LocalAppData', folder: ['slack'], exe: ['slack.exe'], version: 'squirrel' },
  { id: 'discord', name: 'Discord', base: 'LocalAppData', folder: ['Discord'], exe: ['Discord.exe'], version: 'squirrel' },
  { id: 'teams-classic', name: 'Microsoft Teams (classic)', base: 'LocalAppData', folder: ['Microsoft', 'Teams'], exe: ['current', 'Teams.exe'] },
  { id: 'onedrive', name: 'Microsoft OneDrive', base: 'LocalAppData', folder: ['Microsoft', 'OneDrive'], exe: ['OneDrive.exe'], version: 'version-folder' },
  { id: 'zoom', name: 'Zoom Workplace', base: 'AppData', folder: ['Zoom'], exe: ['bin', 'Zoom.exe'] },
  { id: 'vscode', name: 'Visual Studio Code', base: 'LocalAppData', folder: ['Programs', 'Microsoft VS Code'], exe: ['Code.exe'] },
  { id: 'chrome', name: 'Google Chrome', base: 'LocalAppData', folder: ['Google', 'Chrome', 'Application'], exe: ['chrome.exe'], version: 'version-folder' },
];

/** Numeric dotted comparison: 4.43.43 > 4.9.0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Folder names that carry a version, newest first. */
export function versionFolders(names: readonly string[], kind: 'squirrel' | 'version-folder'): { folder: string; version: string }[] {
  const pattern = kind === 'squirrel' ? /^app-(\d+(?:\.\d+)+)$/ : /^(\d+(?:\.\d+)+)$/;
  return names
    .map((folder) => ({ folder, version: pattern.exec(folder)?.[1] }))
    .filter((f): f is { folder: string; version: string } => f.version !== undefined)
    .sort((x, y) => compareVersions(y.version, x.version));
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function list(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch {
    return [];
  }
}

export interface FoundPerUserApp {
  app: PerUserApp;
  folder: string;
  exePath: string;
  version?: string;
}

/** Looks for one app under its base folder; undefined when its program file is not there. */
export async function findPerUserApp(app: PerUserApp, baseFolder: string): Promise<FoundPerUserApp | undefined> {
  const folder = join(baseFolder, ...app.folder);
  if (app.version === 'squirrel') {
    for (const candidate of versionFolders(await list(folder), 'squirrel')) {
      const exePath = join(folder, candidate.folder, ...app.exe);
      if (await isFile(exePath)) return { app, folder, exePath, version: candidate.version };
    }
    return undefined;
  }
  const exePath = join(folder, ...app.exe);
  if (!(await isFile(exePath))) return undefined;
  const version = app.version ? versionFolders(await list(folder), app.version)[0]?.version : undefined;
  return version ? { app, folder, exePath, version } : { app, folder, exePath };
}
