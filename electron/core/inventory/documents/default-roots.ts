/**
 * Where a user keeps documents by default: Documents and Desktop, under their localised names on Linux
 * (xdg-user-dirs writes them to ~/.config/user-dirs.dirs, e.g. "$HOME/Dokumente"), and under OneDrive on
 * Windows when "known folder move" redirected them there. Only folders that exist are returned.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Platform } from '../../../shared/inventory';

export interface UserDirs {
  documents?: string;
  desktop?: string;
}

/**
 * Parses user-dirs.dirs. Per xdg-user-dirs(1)/user-dirs.dirs(5) each value is "$HOME/relative" or "/absolute";
 * nothing else is expanded. A folder set to $HOME itself means "disabled" and is dropped, since scanning the
 * whole home folder is not what the user asked for.
 */
export function parseUserDirs(text: string, homeDir: string): UserDirs {
  const result: UserDirs = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const match = /^\s*XDG_(DOCUMENTS|DESKTOP)_DIR\s*=\s*"(.*)"\s*$/.exec(rawLine);
    if (!match) continue;
    const value = match[2]!.replace(/\\(.)/g, '$1');
    let resolved: string;
    if (value === '$HOME' || value === '$HOME/') continue;
    if (value.startsWith('$HOME/')) resolved = path.posix.join(homeDir, value.slice('$HOME/'.length));
    else if (value.startsWith('/')) resolved = value;
    else continue;
    if (path.posix.resolve(resolved) === path.posix.resolve(homeDir)) continue;
    if (match[1] === 'DOCUMENTS') result.documents = resolved;
    else result.desktop = resolved;
  }
  return result;
}

export async function defaultDocumentRoots(homeDir: string, platform: Platform): Promise<string[]> {
  const candidates: string[] = [];
  if (platform === 'linux') {
    const dirs = parseUserDirs(await readText(path.join(homeDir, '.config', 'user-dirs.dirs')), homeDir);
    candidates.push(dirs.documents ?? path.join(homeDir, 'Documents'), dirs.desktop ?? path.join(homeDir, 'Desktop'));
  } else {
    candidates.push(path.join(homeDir, 'Documents'), path.join(homeDir, 'Desktop'));
  }
  if (platform === 'windows') {
    for (const oneDrive of await oneDriveFolders(homeDir)) {
      candidates.push(path.join(oneDrive, 'Documents'), path.join(oneDrive, 'Desktop'));
    }
  }
  const roots: string[] = [];
  for (const candidate of new Set(candidates)) {
    if (await isDirectory(candidate)) roots.push(candidate);
  }
  return roots;
}

/** OneDrive's personal folder is "OneDrive"; business accounts use "OneDrive - <Organisation>". */
async function oneDriveFolders(homeDir: string): Promise<string[]> {
  try {
    const entries = await readdir(homeDir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && (entry.name === 'OneDrive' || entry.name.startsWith('OneDrive - ')))
      .map((entry) => path.join(homeDir, entry.name));
  } catch {
    return [];
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return '';
  }
}

async function isDirectory(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}
