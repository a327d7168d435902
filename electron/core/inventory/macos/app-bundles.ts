/**
 * Finds .app bundles in /Applications and ~/Applications and reads their Info.plist. Like osquery's
 * apps table (osquery/tables/system/darwin/apps.mm) the walk is shallow: bundles directly in the folder
 * or one folder down (/Applications/Utilities, /Applications/Microsoft Office 2011), never inside a
 * bundle, so helper apps inside Contents/ are not counted.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CollectorContext } from '../collector';
import type { InfoPlist } from './parse-info-plist';
import { isBinaryPlist, parseInfoPlist } from './parse-info-plist';
import { MAC_TOOLS } from './commands';

export interface AppBundle {
  /** Path as the user knows it, e.g. /Applications/Slack.app. */
  path: string;
  /** Where to read it (the same path, under the context's rootDir for system folders). */
  fsPath: string;
  scope: 'machine' | 'user';
}

/** Folder levels searched below each root: 1 = only bundles directly inside it. */
const MAX_DEPTH = 2;
/** A safety stop for odd machines (network-mounted Applications, symlink loops). */
const MAX_BUNDLES = 5000;

async function entries(path: string): Promise<Dirent[]> {
  try {
    return await readdir(path, { withFileTypes: true });
  } catch {
    return [];
  }
}

export async function findAppBundles(context: CollectorContext): Promise<AppBundle[]> {
  const roots: AppBundle[] = [
    { path: '/Applications', fsPath: join(context.rootDir, 'Applications'), scope: 'machine' },
    { path: join(context.homeDir, 'Applications'), fsPath: join(context.homeDir, 'Applications'), scope: 'user' },
  ];
  const found: AppBundle[] = [];
  const walk = async (folder: AppBundle, depth: number): Promise<void> => {
    for (const entry of (await entries(folder.fsPath)).sort((a, b) => a.name.localeCompare(b.name))) {
      if (found.length >= MAX_BUNDLES || entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
      const child: AppBundle = { path: join(folder.path, entry.name), fsPath: join(folder.fsPath, entry.name), scope: folder.scope };
      if (entry.name.endsWith('.app')) found.push(child);
      else if (depth < MAX_DEPTH && entry.isDirectory()) await walk(child, depth + 1);
    }
  };
  for (const root of roots) await walk(root, 1);
  return found;
}

/**
 * Info.plist of one bundle. Binary plists are parsed in-process; only one the JS parser cannot read is
 * handed to `plutil -convert xml1 -o - <file>`, Apple's own converter.
 */
export async function readInfoPlist(context: CollectorContext, bundleFsPath: string): Promise<InfoPlist | undefined> {
  const file = join(bundleFsPath, 'Contents', 'Info.plist');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  const parsed = parseInfoPlist(bytes);
  if (parsed || !isBinaryPlist(bytes)) return parsed;
  const converted = await context.run(MAC_TOOLS.plutil, ['-convert', 'xml1', '-o', '-', file], { signal: context.signal, timeoutMs: 10_000 });
  return converted.ok ? parseInfoPlist(converted.stdoutBytes) : undefined;
}

/** Mac App Store apps carry a purchase receipt inside the bundle. */
export async function hasAppStoreReceipt(bundleFsPath: string): Promise<boolean> {
  try {
    return (await stat(join(bundleFsPath, 'Contents', '_MASReceipt', 'receipt'))).isFile();
  } catch {
    return false;
  }
}
