/**
 * The file access the Linux collectors need, behind an interface so tests can inject failures a root
 * test runner could never see for real (mode 000 files are readable by root), and the collectors stay
 * free of direct node:fs calls.
 */
import { readFile } from 'node:fs';
import { copyFile, open, readdir, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirEntry {
  name: string;
  kind: EntryKind;
}

export interface FileSystem {
  readFile(path: string): Promise<Buffer>;
  /** The first `bytes` bytes only: enough to recognise a file type without reading a 200 MB AppImage. */
  readHead(path: string, bytes: number): Promise<Buffer>;
  readDir(path: string): Promise<DirEntry[]>;
  readLink(path: string): Promise<string>;
  stat(path: string): Promise<{ size: number }>;
  copyFile(from: string, to: string): Promise<void>;
}

function kindOf(entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryKind {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (entry.isSymbolicLink()) return 'symlink';
  return 'other';
}

/**
 * The callback readFile, promisified: fs/promises' readFile is several times slower on many small
 * files (measured 3-4x on the 825 dpkg file lists of the development machine), which dominated a scan.
 */
const readWholeFile = promisify(readFile);

export const nodeFileSystem: FileSystem = {
  readFile: (path) => readWholeFile(path),
  async readHead(path, bytes) {
    const handle = await open(path, 'r');
    try {
      // Sized to the file rather than to the cap: menu entries are read with a 512 KB cap but are a few KB.
      // A size of 0 is what virtual files report; the cap is then the only bound.
      const { size } = await handle.stat();
      const buffer = Buffer.allocUnsafe(size > 0 ? Math.min(size, bytes) : bytes);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
  async readDir(path) {
    const entries = await readdir(path, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
  },
  readLink: (path) => readlink(path),
  stat: async (path) => ({ size: (await stat(path)).size }),
  copyFile: (from, to) => copyFile(from, to),
};

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Absent is normal for most sources (no flatpak, no KDE): callers treat it as "nothing here", not as a failure. */
export function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Plain words for a file error, naming the path the user would recognise. */
export function describeFsError(error: unknown, displayPath: string): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `${displayPath} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to read ${displayPath}`;
    case 'EISDIR':
      return `${displayPath} is a folder, not a file`;
    case 'EMFILE':
    case 'ENFILE':
      return `too many files open to read ${displayPath}`;
    default:
      return `could not read ${displayPath} (${error instanceof Error ? error.message : String(error)})`;
  }
}

/**
 * Locations of one scan: absolute system paths are re-rooted under rootDir, user paths under homeDir,
 * so a test can point a collector at a fixture tree. `display` gives the path as the user knows it.
 */
export interface Locations {
  system(path: string): string;
  home(path: string): string;
  display(resolved: string): string;
}

export function locationsFor(context: { rootDir: string; homeDir: string }): Locations {
  const { rootDir, homeDir } = context;
  return {
    system: (path) => join(rootDir, path),
    home: (path) => join(homeDir, path),
    display(resolved) {
      if (resolved === homeDir || resolved.startsWith(`${homeDir}/`)) return `~${resolved.slice(homeDir.length)}`;
      if (rootDir !== '/' && resolved.startsWith(`${rootDir}/`)) return resolved.slice(rootDir.length);
      return resolved;
    },
  };
}

/** Keeps a diagnostic readable when hundreds of files fail the same way. */
export function summariseProblems(problems: readonly string[], shown = 3): string {
  if (problems.length <= shown) return problems.join('; ');
  return `${problems.slice(0, shown).join('; ')}; and ${problems.length - shown} more`;
}

export type OptionalFile =
  | { state: 'missing' }
  | { state: 'unreadable'; message: string }
  | { state: 'read'; bytes: Buffer };

/**
 * Reads a per-user data file that may legitimately not exist. Files above maxBytes are refused rather
 * than loaded: these are small state files, and a huge one is corrupt or not what we think it is.
 */
export async function readOptionalFile(fs: FileSystem, path: string, displayPath: string, maxBytes: number): Promise<OptionalFile> {
  try {
    const { size } = await fs.stat(path);
    if (size > maxBytes) {
      return { state: 'unreadable', message: `${displayPath} is ${Math.round(size / 1024 / 1024)} MB, larger than the ${Math.round(maxBytes / 1024 / 1024)} MB expected, so it was not read` };
    }
    return { state: 'read', bytes: await fs.readFile(path) };
  } catch (error) {
    return isMissing(error) ? { state: 'missing' } : { state: 'unreadable', message: describeFsError(error, displayPath) };
  }
}
