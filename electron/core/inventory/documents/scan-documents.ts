/**
 * Counts the user's Office-ecosystem documents by kind and finds the macro-enabled ones by structure.
 * Method (research notes inventory.md §6.2): a streaming walk of the chosen roots that reads metadata only,
 * plus a central-directory or compound-file-directory probe of Office containers. It never follows a link,
 * never opens a file whose content lives in the cloud (opening would download it), and treats every refusal
 * from the file system as something to count, not a reason to stop. File-system calls are synchronous (see
 * document-fs.ts for why) and run in slices of SLICE_MS, yielding to the event loop between slices.
 *
 * Cloud placeholders:
 *  - any platform: st_blocks === 0 with a size above 0 means no byte of the file is on this disk: macOS File
 *    Provider "dataless" files, Windows, where libuv fills st_blocks from the file's AllocationSize (0 for
 *    OneDrive "online-only" files), and on Linux FUSE cloud mounts that report no allocation (and sparse files).
 *  - macOS iCloud Drive: an evicted file is replaced by `.Name.ext.icloud`; counted under its real name, never read.
 *  - Windows: Node does not expose FILE_ATTRIBUTE_OFFLINE / RECALL_ON_DATA_ACCESS. libuv's directory listing
 *    reports every reparse point as a link, and lstat reports a reparse point that is not a symlink or junction
 *    as a regular file; such a file is, in practice, a Cloud Files placeholder (OneDrive, Dropbox, iCloud for
 *    Windows), so it is counted but never opened, even if it happens to be downloaded already.
 *  Tiny local files that a file system keeps inside the file record (NTFS, btrfs inline extents) also have no
 *  allocation; they are far too small to be Office documents, so treating them as placeholders loses nothing.
 */
import path from 'node:path';
import { DocumentKindSchema } from '../../../shared/inventory';
import type { DocumentKind, DocumentSummary, MacroProbe, Platform } from '../../../shared/inventory';
import { classifyFileName, iCloudStubTarget, type FileClass } from './document-kinds';
import { nodeDocumentFs, type DirHandle, type DocumentFs, type ProbeFile } from './document-fs';
import { probeOle, probeZip, tooSmallToProbe, type ProbeResult } from './probe-macros';

export { defaultDocumentRoots } from './default-roots';

export interface ScanDocumentsOptions {
  roots: string[];
  keepPaths: boolean;
  maxDepth?: number;
  maxFiles?: number;
  timeBudgetMs?: number;
  signal?: AbortSignal;
  onProgress?: (filesSeen: number) => void;
}

/**
 * Eight folder levels below a root (research notes §6.2): documents deeper than that sit in archives or
 * project trees, and the bound also ends any loop a bind mount or junction could create.
 */
export const DEFAULT_MAX_DEPTH = 8;
/**
 * Files looked at (documents or not). A document folder holding more is a code or media archive; the counts
 * are representative long before, and the scan stays within a couple of minutes on a slow disk.
 */
export const DEFAULT_MAX_FILES = 250_000;
/** The scan runs while the user waits for a report; after two minutes partial counts are more useful. */
export const DEFAULT_TIME_BUDGET_MS = 120_000;
/** Longest stretch of synchronous work before yielding: short enough that IPC, progress and cancel stay smooth. */
const SLICE_MS = 8;
/** Clock and cancellation are checked every 64 entries: a few microseconds of work, never a noticeable delay. */
const CHECK_EVERY_ENTRIES_MASK = 63;
const PROGRESS_EVERY_FILES = 500;
/** Folders that never hold the user's own documents but can hold very many files. */
const SKIPPED_FOLDERS = new Set([
  'node_modules', '.git', '.svn', '.hg', '.cache', '__pycache__', '.Trash', '.Trashes', '$RECYCLE.BIN',
]);

export function scanDocuments(options: ScanDocumentsOptions): Promise<DocumentSummary> {
  return scanDocumentsWith({ fs: nodeDocumentFs, platform: currentPlatform() }, options);
}

export interface ScanDependencies {
  fs: DocumentFs;
  platform: Platform;
}

export async function scanDocumentsWith(deps: ScanDependencies, options: ScanDocumentsOptions): Promise<DocumentSummary> {
  const scan = new DocumentScan(deps, options);
  for (const root of new Set(options.roots)) {
    if (scan.shouldStop()) break;
    await scan.walkRoot(root);
  }
  return scan.finish();
}

function currentPlatform(): Platform {
  if (process.platform === 'win32') return 'windows';
  if (process.platform === 'darwin') return 'macos';
  return 'linux';
}

function emptyByKind(): DocumentSummary['byKind'] {
  const byKind = {} as DocumentSummary['byKind'];
  for (const kind of DocumentKindSchema.options) byKind[kind] = { count: 0, bytes: 0 };
  return byKind;
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

type Summary = Required<Pick<DocumentSummary, 'macroEvidence' | 'missingRoots'>> & DocumentSummary;

class DocumentScan {
  private readonly fs: DocumentFs;
  private readonly platform: Platform;
  private readonly maxDepth: number;
  private readonly maxFiles: number;
  private readonly deadline: number;
  private sliceEnd = 0;
  private entriesSinceCheck = 0;
  private filesSeen = 0;
  private stopped = false;
  private readonly summary: Summary;

  constructor(deps: ScanDependencies, private readonly options: ScanDocumentsOptions) {
    this.fs = deps.fs;
    this.platform = deps.platform;
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
    this.deadline = Date.now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
    this.summary = {
      roots: [...new Set(options.roots)],
      byKind: emptyByKind(),
      macroEnabled: { count: 0, byKind: {} },
      skipped: { cloudPlaceholders: 0, unreadable: 0, symlinks: 0 },
      truncated: false,
      macroEvidence: { probed: 0, vbaInMacroFreeExtension: 0, macroExtensionWithoutVba: 0, notProbed: 0, probeFailed: 0 },
      missingRoots: [],
      ...(options.keepPaths ? { files: [] } : {}),
    };
  }

  shouldStop(): boolean {
    if (this.stopped) return true;
    if (this.options.signal?.aborted || Date.now() > this.deadline) this.truncate();
    return this.stopped;
  }

  async walkRoot(root: string): Promise<void> {
    // Depth-first with a stack of folder paths: one directory handle open at a time, memory independent of file count.
    const pending: Array<{ dir: string; depth: number }> = [{ dir: root, depth: 0 }];
    while (pending.length > 0 && !this.shouldStop()) {
      const { dir, depth } = pending.pop()!;
      const subfolders = await this.listFolder(dir, depth);
      if (subfolders.length === 0) continue;
      if (depth >= this.maxDepth) {
        this.summary.truncated = true;
        continue;
      }
      for (let i = subfolders.length - 1; i >= 0; i--) pending.push({ dir: subfolders[i]!, depth: depth + 1 });
    }
  }

  finish(): DocumentSummary {
    this.options.onProgress?.(this.filesSeen);
    const { missingRoots, ...rest } = this.summary;
    return missingRoots.length > 0 ? { ...rest, missingRoots } : rest;
  }

  private truncate(): void {
    this.stopped = true;
    this.summary.truncated = true;
  }

  private async nextSlice(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.sliceEnd = performance.now() + SLICE_MS;
  }

  /** Lists one folder, handling its files as they stream by; returns its subfolders for the walk. */
  private async listFolder(dir: string, depth: number): Promise<string[]> {
    if (depth > 0 && this.platform === 'windows' && this.isLink(dir)) {
      // Junctions list as folders on Windows; lstat is the only way to tell them apart.
      this.summary.skipped.symlinks++;
      return [];
    }
    let handle: DirHandle;
    try {
      handle = this.fs.opendir(dir);
    } catch (error) {
      if (depth === 0 && (error as NodeJS.ErrnoException).code === 'ENOENT') this.summary.missingRoots.push(dir);
      else this.summary.skipped.unreadable++;
      return [];
    }
    const subfolders: string[] = [];
    try {
      for (let entry = handle.read(); entry !== null; entry = handle.read()) {
        if ((++this.entriesSinceCheck & CHECK_EVERY_ENTRIES_MASK) === 0) {
          if (performance.now() >= this.sliceEnd) await this.nextSlice();
          if (this.shouldStop()) break;
        }
        let pendingProbe: Promise<void> | undefined;
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) subfolders.push(joinPath(dir, entry.name));
        } else if (entry.isFile()) {
          pendingProbe = this.onFile(dir, entry.name, 'local');
        } else if (entry.isSymbolicLink()) {
          pendingProbe = this.onLinkEntry(dir, entry.name);
        } else {
          pendingProbe = this.onUntypedEntry(dir, entry.name, subfolders);
        }
        if (pendingProbe) await pendingProbe;
      }
    } catch {
      // The listing broke off (folder removed or permission changed mid-scan): keep what was seen.
      this.summary.skipped.unreadable++;
    } finally {
      try {
        handle.close();
      } catch {
        // Closing a directory that already failed has nothing left to release.
      }
    }
    return subfolders;
  }

  private isLink(target: string): boolean {
    try {
      return this.fs.lstat(target).isSymbolicLink();
    } catch {
      return false;
    }
  }

  private onLinkEntry(dir: string, name: string): Promise<void> | undefined {
    if (this.platform !== 'windows') {
      this.summary.skipped.symlinks++;
      return undefined;
    }
    try {
      if (this.fs.lstat(joinPath(dir, name)).isFile()) return this.onFile(dir, name, 'cloud');
      this.summary.skipped.symlinks++;
    } catch {
      this.summary.skipped.unreadable++;
    }
    return undefined;
  }

  /** Some network file systems do not say what an entry is; lstat does, without following links. */
  private onUntypedEntry(dir: string, name: string, subfolders: string[]): Promise<void> | undefined {
    try {
      const stat = this.fs.lstat(joinPath(dir, name));
      if (stat.isSymbolicLink()) this.summary.skipped.symlinks++;
      else if (stat.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) subfolders.push(joinPath(dir, name));
      } else if (stat.isFile()) return this.onFile(dir, name, 'local');
    } catch {
      this.summary.skipped.unreadable++;
    }
    return undefined;
  }

  /** Returns a promise only when a zip probe is under way, so ordinary files cost no microtask. */
  private onFile(dir: string, name: string, where: 'local' | 'cloud'): Promise<void> | undefined {
    if (this.filesSeen >= this.maxFiles) {
      this.truncate();
      return undefined;
    }
    this.filesSeen++;
    if (this.filesSeen % PROGRESS_EVERY_FILES === 0) this.options.onProgress?.(this.filesSeen);
    const stubTarget = iCloudStubTarget(name);
    if (stubTarget !== undefined) {
      const stubClass = classifyFileName(stubTarget);
      // The stub's own size says nothing about the document, so it adds to the count but not to the bytes.
      if (stubClass) this.recordUnopened(joinPath(dir, stubTarget), stubClass, 0, true);
      return undefined;
    }
    const fileClass = classifyFileName(name);
    if (!fileClass) return undefined;
    const full = joinPath(dir, name);
    let size: number;
    let blocks: number;
    try {
      const stat = this.fs.lstat(full);
      if (!stat.isFile()) return undefined;
      size = stat.size;
      blocks = stat.blocks;
    } catch {
      this.summary.skipped.unreadable++;
      return undefined;
    }
    const inCloud = where === 'cloud' || (size > 0 && blocks === 0);
    if (fileClass.container === 'none' || inCloud) {
      this.recordUnopened(full, fileClass, size, inCloud);
      return undefined;
    }
    return this.probe(full, fileClass, size);
  }

  private recordUnopened(full: string, fileClass: FileClass, size: number, inCloud: boolean): void {
    if (fileClass.container !== 'none') this.summary.macroEvidence.notProbed++;
    this.record(full, fileClass, size, 'not-probed', inCloud);
  }

  /** Compound-file probes are synchronous; only a zip probe hands back a promise (yauzl is callback-based). */
  private probe(full: string, fileClass: FileClass, size: number): Promise<void> | undefined {
    if (fileClass.container === 'none') return undefined;
    if (tooSmallToProbe(fileClass.container, size)) {
      this.recordProbe(full, fileClass, size, 'failed');
      return undefined;
    }
    let file: ProbeFile;
    try {
      file = this.fs.open(full);
    } catch {
      this.summary.skipped.unreadable++;
      this.recordProbe(full, fileClass, size, 'failed');
      return undefined;
    }
    if (fileClass.container === 'ole') {
      const result = probeOle(file, size);
      closeQuietly(file);
      this.recordProbe(full, fileClass, size, result);
      return undefined;
    }
    return probeZip(file, size).then((result) => {
      closeQuietly(file);
      this.recordProbe(full, fileClass, size, result);
    });
  }

  private recordProbe(full: string, fileClass: FileClass, size: number, result: ProbeResult): void {
    const evidence = this.summary.macroEvidence;
    let probe: MacroProbe;
    if (result === 'too-large') {
      evidence.notProbed++;
      probe = 'not-probed';
    } else if (result === 'failed') {
      evidence.probeFailed++;
      probe = 'failed';
    } else {
      evidence.probed++;
      probe = result;
    }
    this.record(full, fileClass, size, probe, false);
  }

  private record(full: string, fileClass: FileClass, bytes: number, probe: MacroProbe, inCloud: boolean): void {
    const { summary } = this;
    const kindTotals = summary.byKind[fileClass.kind];
    kindTotals.count++;
    kindTotals.bytes += bytes;
    if (inCloud) summary.skipped.cloudPlaceholders++;
    const macro = probe === 'vba';
    if (macro) this.countMacro(fileClass.kind);
    if (macro && fileClass.container === 'zip' && !fileClass.declaresMacro) summary.macroEvidence.vbaInMacroFreeExtension++;
    if (probe === 'no-vba' && fileClass.declaresMacro) summary.macroEvidence.macroExtensionWithoutVba++;
    summary.files?.push({ path: full, kind: fileClass.kind, bytes, macro, probe });
  }

  private countMacro(kind: DocumentKind): void {
    const macroEnabled = this.summary.macroEnabled;
    macroEnabled.count++;
    macroEnabled.byKind[kind] = (macroEnabled.byKind[kind] ?? 0) + 1;
  }
}

function closeQuietly(file: ProbeFile): void {
  try {
    file.close();
  } catch {
    // The verdict is already taken; a failing close loses nothing.
  }
}
