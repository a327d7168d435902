/**
 * AppImages in the folders people keep them in. There is no registry, so files are recognised by their
 * magic bytes. The walk is bounded: only the first level of the home folders (two under /opt), only
 * *.AppImage names in ~/Downloads and /opt, and a cap on files opened, so a huge Downloads folder
 * cannot stall the scan.
 */
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import { describeFsError, isMissing, locationsFor, nodeFileSystem, summariseProblems, type DirEntry, type FileSystem } from './file-system';
import { APPIMAGE_HEADER_BYTES, detectAppImageType, parseAppImageFileName } from './parse-appimage';

export const MAX_FILES_CHECKED = 2000;

interface SearchRoot {
  dir: string;
  scope: 'user' | 'machine';
  depth: number;
  /** Folders meant for apps may hold renamed AppImages; elsewhere only the extension is trusted. */
  anyName: boolean;
}

const APPIMAGE_NAME = /\.appimage$/i;

type Listing = { entries: DirEntry[] } | { error: unknown };

export function createAppImageCollector(fs: FileSystem = nodeFileSystem): Collector {
  return {
    id: 'linux.appimage',
    platforms: ['linux'],
    async collect(context): Promise<CollectorOutput> {
      const places = locationsFor(context);
      const roots: SearchRoot[] = [
        { dir: places.home('Applications'), scope: 'user', depth: 1, anyName: true },
        { dir: places.home('AppImages'), scope: 'user', depth: 1, anyName: true },
        { dir: places.home('.local/bin'), scope: 'user', depth: 1, anyName: true },
        { dir: places.home('Downloads'), scope: 'user', depth: 1, anyName: false },
        { dir: places.system('/opt'), scope: 'machine', depth: 2, anyName: false },
      ];
      const items: InventoryItem[] = [];
      const problems: string[] = [];
      let checked = 0;
      let truncated = false;

      const list = (dir: string): Promise<Listing> => fs.readDir(dir).then((entries) => ({ entries }), (error: unknown) => ({ error }));
      const visit = async (dir: string, root: SearchRoot, depth: number, listing = list(dir)): Promise<void> => {
        const listed = await listing;
        if ('error' in listed) {
          if (!isMissing(listed.error)) problems.push(describeFsError(listed.error, places.display(dir)));
          return;
        }
        const { entries } = listed;
        for (const entry of entries) {
          const path = `${dir}/${entry.name}`;
          if (entry.kind === 'directory' && depth < root.depth) {
            await visit(path, root, depth + 1);
            continue;
          }
          // Symlinks are skipped: ~/.local/bin links usually point at an AppImage found in its own folder.
          if (entry.kind !== 'file' || (!root.anyName && !APPIMAGE_NAME.test(entry.name))) continue;
          if (checked >= MAX_FILES_CHECKED) {
            truncated = true;
            return;
          }
          checked += 1;
          let type: 1 | 2 | undefined;
          try {
            type = detectAppImageType(await fs.readHead(path, APPIMAGE_HEADER_BYTES));
          } catch (error) {
            if (APPIMAGE_NAME.test(entry.name)) problems.push(describeFsError(error, places.display(path)));
            continue;
          }
          if (!type) continue;
          const { name, version } = parseAppImageFileName(entry.name);
          const displayPath = places.display(path);
          items.push({
            id: `appimage:${displayPath}`,
            platform: context.platform,
            source: 'appimage',
            name,
            version,
            identifiers: { exe: entry.name },
            scope: root.scope,
            installLocation: displayPath,
            linkedTo: [],
            evidence: { appImageType: type },
          });
        }
      };

      // The roots are listed at once; files are still checked root by root, so the cap cuts off the same files.
      const rootListings = roots.map((root) => list(root.dir));
      for (const [index, root] of roots.entries()) await visit(root.dir, root, 1, rootListings[index]);
      const notes: string[] = [];
      if (problems.length > 0) notes.push(`Some folders or files could not be checked: ${summariseProblems(problems)}.`);
      if (truncated) notes.push(`Stopped after checking ${MAX_FILES_CHECKED} files; AppImages further down may be missing.`);
      return notes.length > 0 ? { items, status: 'partial', message: notes.join(' ') } : { items };
    },
  };
}
