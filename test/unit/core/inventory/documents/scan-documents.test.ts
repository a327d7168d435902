import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentSummarySchema } from '../../../../../electron/shared/inventory';
import { nodeDocumentFs, type DirEntry, type DocumentFs, type FileStat } from '../../../../../electron/core/inventory/documents/document-fs';
import { scanDocuments, scanDocumentsWith } from '../../../../../electron/core/inventory/documents/scan-documents';
import { legacyExcel, legacyPowerPoint, legacyWord, ooxmlPackage } from './helpers/build-documents';

let home: string;

beforeEach(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'switchyard-docs-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

async function put(relative: string, data: Buffer | string): Promise<string> {
  const full = path.join(home, relative);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, data);
  return full;
}

/** A tree with every kind, macro cases both ways, a symlink loop, a cloud placeholder and noise. */
async function buildTree(): Promise<string> {
  const docs = path.join(home, 'Documents');
  await put('Documents/Report.docx', ooxmlPackage('word', false));
  await put('Documents/Macro.docm', ooxmlPackage('word', true));
  await put('Documents/Renamed.docx', ooxmlPackage('word', true)); // VBA behind a macro-free name: counts
  await put('Documents/Empty.docm', ooxmlPackage('word', false)); // macro name without VBA: does not count
  await put('Documents/Finance/Budget.xlsx', ooxmlPackage('xl', false));
  await put('Documents/Finance/Tools.xlsm', ooxmlPackage('xl', true));
  await put('Documents/Finance/Broken.xlsx', 'not a zip at all');
  await put('Documents/Finance/Old.xls', legacyExcel(true));
  await put('Documents/Letters/Old.doc', legacyWord(true));
  await put('Documents/Letters/Plain.doc', legacyWord(false));
  await put('Documents/Letters/RichText.doc', '{\\rtf1 saved as .doc}');
  await put('Documents/Slides/Deck.pptx', ooxmlPackage('ppt', false));
  await put('Documents/Slides/Old.ppt', legacyPowerPoint(true));
  await put('Documents/Open/Brief.odt', 'odt');
  await put('Documents/Open/Zahlen.ods', 'ods');
  await put('Documents/Open/Folien.odp', 'odp');
  await put('Documents/Outlook Files/archive.pst', Buffer.alloc(4096, 1));
  await put('Documents/Notes.one', 'one');
  await put('Documents/Flow.vsdx', ooxmlPackage('visio', false));
  await put('Documents/Plan.mpp', 'mpp');
  await put('Documents/Kunden.accdb', 'accdb');
  await put('Documents/Flyer.pub', 'pub');
  await put('Documents/notes.txt', 'not a document');
  await put('Documents/~$Report.docx', 'owner file');
  await put('Documents/node_modules/pkg/readme.docx', ooxmlPackage('word', true));
  await put('Documents/.Cloud.xlsx.icloud', 'bplist00');
  // A sparse file has a size but no blocks on disk, exactly like a cloud placeholder.
  const placeholder = await put('Documents/Cloud/Online-only.docm', '');
  await truncate(placeholder, 50_000);
  // Loops and links: never followed, only counted.
  await symlink(docs, path.join(docs, 'Letters', 'loop-to-root'));
  await symlink(path.join(docs, 'Slides'), path.join(docs, 'Slides', 'self'));
  await symlink(path.join(docs, 'Report.docx'), path.join(docs, 'Link to Report.docx'));
  return docs;
}

describe('scanDocuments on a generated tree', () => {
  it('counts every kind, detects macros by structure and never follows links', async () => {
    const docs = await buildTree();
    const summary = await scanDocuments({ roots: [docs], keepPaths: false });

    expect(() => DocumentSummarySchema.parse(summary)).not.toThrow();
    expect(summary.roots).toEqual([docs]);
    expect(summary.truncated).toBe(false);
    expect(summary.files).toBeUndefined();
    const counts = Object.fromEntries(Object.entries(summary.byKind).map(([kind, total]) => [kind, total.count]));
    expect(counts).toEqual({
      'ooxml-document': 5, 'ooxml-workbook': 4, 'ooxml-presentation': 1,
      'odf-text': 1, 'odf-spreadsheet': 1, 'odf-presentation': 1, 'odf-other': 0,
      'legacy-word': 3, 'legacy-excel': 1, 'legacy-powerpoint': 1,
      'outlook-data': 1, onenote: 1, visio: 1, project: 1, access: 1, publisher: 1,
    });
    expect(summary.byKind['outlook-data'].bytes).toBe(4096);
    expect(summary.macroEnabled).toEqual({
      count: 6,
      byKind: { 'ooxml-document': 2, 'ooxml-workbook': 1, 'legacy-excel': 1, 'legacy-word': 1, 'legacy-powerpoint': 1 },
    });
    expect(summary.macroEvidence).toEqual({
      probed: 12, vbaInMacroFreeExtension: 1, macroExtensionWithoutVba: 1, notProbed: 2, probeFailed: 2,
    });
    expect(summary.skipped).toEqual({ cloudPlaceholders: 2, unreadable: 0, symlinks: 3 });
  });

  it('keeps paths only when asked, with how each macro verdict was reached', async () => {
    const docs = await buildTree();
    const summary = await scanDocuments({ roots: [docs], keepPaths: true });
    const byName = new Map(summary.files!.map((file) => [path.relative(docs, file.path), file]));
    expect(byName.get('Renamed.docx')).toMatchObject({ kind: 'ooxml-document', macro: true, probe: 'vba' });
    expect(byName.get('Empty.docm')).toMatchObject({ macro: false, probe: 'no-vba' });
    expect(byName.get(path.join('Finance', 'Broken.xlsx'))).toMatchObject({ macro: false, probe: 'failed' });
    expect(byName.get(path.join('Cloud', 'Online-only.docm'))).toMatchObject({ bytes: 50_000, macro: false, probe: 'not-probed' });
    expect(byName.get('Cloud.xlsx')).toMatchObject({ kind: 'ooxml-workbook', bytes: 0, probe: 'not-probed' });
    expect([...byName.keys()].some((name) => name.includes('loop-to-root') || name.includes('node_modules'))).toBe(false);
  });

  it('stops at the depth bound and says the result is truncated', async () => {
    await put('Documents/a/b/c/d/Deep.docx', ooxmlPackage('word', false));
    await put('Documents/a/Shallow.docx', ooxmlPackage('word', false));
    const summary = await scanDocuments({ roots: [path.join(home, 'Documents')], keepPaths: false, maxDepth: 2 });
    expect(summary.byKind['ooxml-document'].count).toBe(1);
    expect(summary.truncated).toBe(true);
  });

  it('stops at the file bound and reports progress', async () => {
    for (let i = 0; i < 30; i++) await put(`Documents/f${i}.txt`, 'x');
    const progress: number[] = [];
    const summary = await scanDocuments({
      roots: [path.join(home, 'Documents')], keepPaths: false, maxFiles: 10, onProgress: (seen) => progress.push(seen),
    });
    expect(summary.truncated).toBe(true);
    expect(progress.at(-1)).toBe(10);
  });

  it('stops when cancelled or out of time, still returning counts', async () => {
    await put('Documents/One.docx', ooxmlPackage('word', false));
    const controller = new AbortController();
    controller.abort();
    const cancelled = await scanDocuments({ roots: [path.join(home, 'Documents')], keepPaths: false, signal: controller.signal });
    expect(cancelled.truncated).toBe(true);
    const outOfTime = await scanDocuments({ roots: [path.join(home, 'Documents')], keepPaths: false, timeBudgetMs: -1 });
    expect(outOfTime.truncated).toBe(true);
    expect(() => DocumentSummarySchema.parse(outOfTime)).not.toThrow();
  });

  it('stops soon after being cancelled mid-scan', async () => {
    for (let i = 0; i < 1200; i++) await put(`Documents/f${i % 4}/doc${i}.odt`, 'x');
    const controller = new AbortController();
    const summary = await scanDocuments({
      roots: [path.join(home, 'Documents')], keepPaths: false, signal: controller.signal,
      onProgress: (seen) => {
        if (seen >= 500) controller.abort();
      },
    });
    expect(summary.truncated).toBe(true);
    expect(summary.byKind['odf-text'].count).toBeGreaterThanOrEqual(500);
    expect(summary.byKind['odf-text'].count).toBeLessThan(1200);
  });

  it('lists roots that do not exist instead of failing', async () => {
    await put('Documents/One.docx', ooxmlPackage('word', false));
    const missing = path.join(home, 'Nowhere');
    const summary = await scanDocuments({ roots: [path.join(home, 'Documents'), missing], keepPaths: false });
    expect(summary.missingRoots).toEqual([missing]);
    expect(summary.byKind['ooxml-document'].count).toBe(1);
    expect(summary.skipped.unreadable).toBe(0);
  });
});

function denied(syscall: string, target: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${target}'`), { code: 'EACCES' });
}

describe('scanDocuments with refusals a root user cannot produce', () => {
  it('counts an unreadable folder and an unreadable file and carries on', async () => {
    const docs = await buildTree();
    const locked = path.join(docs, 'Finance');
    const lockedFile = path.join(docs, 'Macro.docm');
    const opened: string[] = [];
    const fs: DocumentFs = {
      ...nodeDocumentFs,
      opendir: (target) => {
        if (target === locked) throw denied('opendir', target);
        return nodeDocumentFs.opendir(target);
      },
      open: (target) => {
        opened.push(target);
        if (target === lockedFile) throw denied('open', target);
        return nodeDocumentFs.open(target);
      },
    };
    const summary = await scanDocumentsWith({ fs, platform: 'linux' }, { roots: [docs], keepPaths: false });
    expect(summary.skipped.unreadable).toBe(2);
    expect(summary.byKind['ooxml-workbook'].count).toBe(1); // only the iCloud stub; Finance was not listed
    expect(summary.byKind['ooxml-document'].count).toBe(5); // the locked .docm is still counted
    expect(summary.macroEnabled.count).toBe(3); // Renamed.docx, Old.doc, Old.ppt
    expect(opened.some((target) => target.includes('Online-only'))).toBe(false);
  });

  it('never opens a file whose blocks are not on disk', async () => {
    const docs = await buildTree();
    const opened: string[] = [];
    const fs: DocumentFs = {
      ...nodeDocumentFs,
      lstat: (target) => {
        const real = nodeDocumentFs.lstat(target);
        return target.endsWith('Tools.xlsm') ? cloudStat(real) : real;
      },
      open: (target) => {
        opened.push(target);
        return nodeDocumentFs.open(target);
      },
    };
    const summary = await scanDocumentsWith({ fs, platform: 'macos' }, { roots: [docs], keepPaths: false });
    expect(opened.some((target) => target.endsWith('Tools.xlsm'))).toBe(false);
    expect(summary.skipped.cloudPlaceholders).toBe(3);
    expect(summary.macroEnabled.byKind['ooxml-workbook']).toBeUndefined();
  });
});

function cloudStat(real: FileStat): FileStat {
  return { size: real.size, blocks: 0, isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false };
}

describe('scanDocuments on Windows semantics (simulated)', () => {
  /** libuv lists every reparse point as a link; lstat then tells a real link from a Cloud Files placeholder. */
  function windowsFs(): { fs: DocumentFs; opened: string[]; localBytes: number } {
    const opened: string[] = [];
    const entry = (name: string, type: 'file' | 'dir' | 'link'): DirEntry => ({
      name, isFile: () => type === 'file', isDirectory: () => type === 'dir', isSymbolicLink: () => type === 'link',
    });
    const stat = (type: 'file' | 'dir' | 'link', size = 0, blocks = 8): FileStat => ({
      size, blocks, isFile: () => type === 'file', isDirectory: () => type === 'dir', isSymbolicLink: () => type === 'link',
    });
    const listings: Record<string, DirEntry[]> = {
      [path.join('C:', 'Users', 'anna', 'Documents')]: [
        entry('OneDrive report.docx', 'link'), // cloud placeholder: a reparse point that is not a link
        entry('Shortcut.docx', 'link'), // a real symbolic link
        entry('My Music', 'dir'), // a junction: lists as a folder
        entry('Local.docx', 'file'),
      ],
    };
    const docx = ooxmlPackage('word', true);
    const stats: Record<string, FileStat> = {
      'OneDrive report.docx': stat('file', 120_000, 0),
      'Shortcut.docx': stat('link'),
      'My Music': stat('link'),
      'Local.docx': stat('file', docx.length, 16),
    };
    const fs: DocumentFs = {
      opendir: (target) => {
        const entries = listings[target];
        if (!entries) throw denied('opendir', target);
        let next = 0;
        return { read: () => entries[next++] ?? null, close: () => undefined };
      },
      lstat: (target) => stats[path.basename(target)] ?? stat('dir'),
      open: (target) => {
        opened.push(path.basename(target));
        return {
          read: (buffer, offset, length, position) => docx.copy(buffer, offset, position, position + length),
          close: () => undefined,
        };
      },
    };
    return { fs, opened, localBytes: docx.length };
  }

  it('counts cloud files without opening them and does not enter junctions', async () => {
    const { fs, opened, localBytes } = windowsFs();
    const root = path.join('C:', 'Users', 'anna', 'Documents');
    const summary = await scanDocumentsWith({ fs, platform: 'windows' }, { roots: [root], keepPaths: false });
    expect(summary.byKind['ooxml-document']).toEqual({ count: 2, bytes: 120_000 + localBytes });
    expect(summary.skipped).toEqual({ cloudPlaceholders: 1, unreadable: 0, symlinks: 2 });
    expect(opened).toEqual(['Local.docx']);
    expect(summary.macroEnabled.count).toBe(1);
  });
});
