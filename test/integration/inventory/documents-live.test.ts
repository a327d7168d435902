/**
 * The document scan against this machine's real file system and real commands: a tree cross-checked with
 * `find`, the user's default roots, and a system folder full of links, bounded by file count and time.
 */
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentSummarySchema } from '../../../electron/shared/inventory';
import { runCommand } from '../../../electron/core/inventory/run-command';
import { defaultDocumentRoots, scanDocuments } from '../../../electron/core/inventory/documents/scan-documents';
import { ooxmlPackage } from '../../unit/core/inventory/documents/helpers/build-documents';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'switchyard-live-docs-'));
});
afterEach(async () => {
  await chmod(path.join(root, 'locked'), 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

describe('scanDocuments on this machine', () => {
  it('counts the same .docx files as find, without following the link find is told not to follow', async () => {
    const docx = ooxmlPackage('word', false);
    for (let i = 0; i < 60; i++) {
      const dir = path.join(root, `team-${i % 6}`, `year-${i % 3}`);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `report-${i}.docx`), docx);
      await writeFile(path.join(dir, `notes-${i}.txt`), 'x');
    }
    await symlink(root, path.join(root, 'team-0', 'back-to-top'));

    const find = await runCommand('find', [root, '-type', 'f', '-name', '*.docx']);
    expect(find.ok).toBe(true);
    const expected = find.ok ? find.stdout.split('\n').filter(Boolean).length : -1;

    const summary = await scanDocuments({ roots: [root], keepPaths: false });
    expect(summary.byKind['ooxml-document'].count).toBe(expected);
    expect(summary.byKind['ooxml-document'].bytes).toBe(expected * docx.length);
    expect(summary.skipped.symlinks).toBe(1);
    expect(summary.macroEvidence?.probed).toBe(expected);
  });

  it('counts a folder it may not list (or lists it when running as root, who may)', async () => {
    await mkdir(path.join(root, 'locked'));
    await writeFile(path.join(root, 'locked', 'Secret.docx'), ooxmlPackage('word', false));
    await chmod(path.join(root, 'locked'), 0o000);
    const summary = await scanDocuments({ roots: [root], keepPaths: false });
    const isRoot = process.getuid?.() === 0;
    expect(summary.skipped.unreadable).toBe(isRoot ? 0 : 1);
    expect(summary.byKind['ooxml-document'].count).toBe(isRoot ? 1 : 0);
  });

  it('scans the default roots of the current user without failing', async () => {
    const roots = await defaultDocumentRoots(homedir(), 'linux');
    const summary = await scanDocuments({ roots, keepPaths: false, maxFiles: 20_000, timeBudgetMs: 20_000 });
    expect(() => DocumentSummarySchema.parse(summary)).not.toThrow();
    expect(summary.roots).toEqual(roots);
  });

  it('stays within its bounds on a large system folder full of links', async () => {
    const progress: number[] = [];
    const summary = await scanDocuments({
      roots: ['/usr/share'], keepPaths: false, maxFiles: 5_000, timeBudgetMs: 20_000, onProgress: (seen) => progress.push(seen),
    });
    expect(() => DocumentSummarySchema.parse(summary)).not.toThrow();
    expect(summary.truncated).toBe(true);
    expect(progress.at(-1)).toBeLessThanOrEqual(5_000);
  });
});
