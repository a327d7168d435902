/**
 * The only fleet code that touches the file system: list the files an import names (folders expanded,
 * bounded) and read one file's bytes, turning every failure into words for the user.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ReadLimits {
  /** Files taken from folders in total; more are reported, not read. */
  maxFiles: number;
  /** Folder levels below a named folder (GLPI's _inventories/<type>/<bucket>/ is three). */
  maxDepth: number;
  /** Largest file read; a JavaScript string cannot hold much more than 500 million characters. */
  maxFileBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxFiles: 20_000, maxDepth: 6, maxFileBytes: 256 * 1024 * 1024 };

/** "256 MB", or "1 KB" for the small limits tests use. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export type ReadOutcome = { ok: true; bytes: Buffer } | { ok: false; reason: string };

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'The file or folder does not exist.';
  if (code === 'EACCES' || code === 'EPERM') return 'Switchyard is not allowed to read it (permission denied).';
  if (code === 'EISDIR') return 'This is a folder, not a file.';
  return `It could not be read: ${(error as Error).message}`;
}

export async function readImportFile(path: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<ReadOutcome> {
  try {
    const info = await stat(path);
    // A FIFO or a device would block the read forever or never end (/dev/zero): only regular files are read.
    if (!info.isFile()) return { ok: false, reason: 'This is not a regular file (a folder, device or pipe); it was not read.' };
    if (info.size > limits.maxFileBytes) {
      return { ok: false, reason: `The file is larger than ${formatSize(limits.maxFileBytes)}. Export it in parts (for example per device group) and import the parts.` };
    }
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, reason: describe(error) };
  }
}

/** Files named directly plus the files inside named folders, sorted for a stable import order. */
export async function listImportFiles(paths: readonly string[], limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<{ files: string[]; errors: { file: string; reason: string }[] }> {
  const files: string[] = [];
  const errors: { file: string; reason: string }[] = [];
  let truncated = false;

  async function walk(folder: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: folder, reason: describe(error) });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      // Hidden files are OS and sync-tool clutter (.DS_Store, .~lock), never exports.
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (depth < limits.maxDepth) await walk(path, depth + 1);
      } else if (entry.isFile()) {
        if (files.length >= limits.maxFiles) {
          truncated = true;
          return;
        }
        files.push(path);
      }
    }
  }

  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, 0);
      else files.push(path);
    } catch (error) {
      errors.push({ file: path, reason: describe(error) });
    }
  }
  if (truncated) errors.push({ file: paths.join(', '), reason: `Only the first ${limits.maxFiles} files were imported; import the rest separately.` });
  return { files, errors };
}
