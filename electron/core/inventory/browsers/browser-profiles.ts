/**
 * Where each browser keeps a user's history databases. Locations per browser and platform follow osquery's
 * chrome/utils.cpp and Mozilla's profile documentation (research notes inventory.md §5.2). Chromium-family
 * profiles are the sub-folders of "User Data" that hold a History file; Firefox lists its profiles in profiles.ini.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Platform } from '../../../shared/inventory';

export interface HistoryDatabase {
  /** chrome | edge | brave | chromium | firefox */
  browser: string;
  /** The profile folder's name ("Default", "Profile 1", "x1y2z3.default-release"): no personal name. */
  profile: string;
  engine: 'chromium' | 'firefox';
  path: string;
}

type Locations = Record<Platform, string[][]>;

/**
 * "User Data" folders relative to the home folder, per browser; several when packaging moves them: snap keeps
 * them under ~/snap/<name>/common, flatpak under ~/.var/app/<app id>/config (the app's own XDG_CONFIG_HOME).
 */
const CHROMIUM_USER_DATA: Record<string, Locations> = {
  chrome: {
    windows: [['AppData', 'Local', 'Google', 'Chrome', 'User Data']],
    macos: [['Library', 'Application Support', 'Google', 'Chrome']],
    linux: [['.config', 'google-chrome'], ['.var', 'app', 'com.google.Chrome', 'config', 'google-chrome']],
  },
  edge: {
    windows: [['AppData', 'Local', 'Microsoft', 'Edge', 'User Data']],
    macos: [['Library', 'Application Support', 'Microsoft Edge']],
    linux: [['.config', 'microsoft-edge'], ['.var', 'app', 'com.microsoft.Edge', 'config', 'microsoft-edge']],
  },
  brave: {
    windows: [['AppData', 'Local', 'BraveSoftware', 'Brave-Browser', 'User Data']],
    macos: [['Library', 'Application Support', 'BraveSoftware', 'Brave-Browser']],
    linux: [['.config', 'BraveSoftware', 'Brave-Browser'], ['.var', 'app', 'com.brave.Browser', 'config', 'BraveSoftware', 'Brave-Browser']],
  },
  chromium: {
    windows: [['AppData', 'Local', 'Chromium', 'User Data']],
    macos: [['Library', 'Application Support', 'Chromium']],
    linux: [
      ['.config', 'chromium'],
      ['snap', 'chromium', 'common', 'chromium'],
      ['.var', 'app', 'org.chromium.Chromium', 'config', 'chromium'],
    ],
  },
};

/** Folders holding profiles.ini: the native install, then the snap and flatpak packages on Linux. */
const FIREFOX_ROOTS: Locations = {
  windows: [['AppData', 'Roaming', 'Mozilla', 'Firefox']],
  macos: [['Library', 'Application Support', 'Firefox']],
  linux: [
    ['.mozilla', 'firefox'],
    ['snap', 'firefox', 'common', '.mozilla', 'firefox'],
    ['.var', 'app', 'org.mozilla.firefox', '.mozilla', 'firefox'],
  ],
};

export async function findHistoryDatabases(homeDir: string, platform: Platform): Promise<HistoryDatabase[]> {
  const found: HistoryDatabase[] = [];
  for (const [browser, locations] of Object.entries(CHROMIUM_USER_DATA)) {
    for (const parts of locations[platform]) {
      const userData = path.join(homeDir, ...parts);
      for (const profile of await subfolders(userData)) {
        const history = path.join(userData, profile, 'History');
        if (await isFile(history)) found.push({ browser, profile, engine: 'chromium', path: history });
      }
    }
  }
  const seen = new Set<string>();
  for (const parts of FIREFOX_ROOTS[platform]) {
    const root = path.join(homeDir, ...parts);
    let ini: string;
    try {
      ini = await readFile(path.join(root, 'profiles.ini'), 'utf8');
    } catch {
      continue;
    }
    for (const profile of parseProfilesIni(ini)) {
      const folder = profile.isRelative ? path.join(root, profile.path) : profile.path;
      const places = path.join(folder, 'places.sqlite');
      if (seen.has(places) || !(await isFile(places))) continue;
      seen.add(places);
      found.push({ browser: 'firefox', profile: path.basename(folder), engine: 'firefox', path: places });
    }
  }
  return found;
}

export interface FirefoxProfileEntry {
  path: string;
  isRelative: boolean;
}

/**
 * Reads the [ProfileN] sections of profiles.ini (Path=, IsRelative=). [Install...] sections only repeat a
 * profile's path as Default=, so they add nothing. Relative paths use "/" on every platform.
 */
export function parseProfilesIni(text: string): FirefoxProfileEntry[] {
  const profiles: FirefoxProfileEntry[] = [];
  let current: { path?: string; isRelative: boolean } | undefined;
  const flush = (): void => {
    if (current?.path) profiles.push({ path: current.path, isRelative: current.isRelative });
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      flush();
      current = /^Profile\d+$/i.test(section[1]!) ? { isRelative: true } : undefined;
      continue;
    }
    if (!current) continue;
    const eq = line.indexOf('=');
    if (eq === -1) continue;
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (key === 'Path') current.path = value;
    else if (key === 'IsRelative') current.isRelative = value !== '0';
  }
  flush();
  return profiles;
}

async function subfolders(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
