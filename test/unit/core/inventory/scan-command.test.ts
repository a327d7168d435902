import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScanCommand, formatScanSummary } from '../../../../electron/cli/commands/scan';
import type { ScanOptions } from '../../../../electron/core/inventory/scan';
import type { CliIo } from '../../../../electron/cli/io';
import { InventoryFileSchema, type InventoryFile } from '../../../../electron/shared/inventory';

const sample: InventoryFile = {
  format: 'switchyard-inventory',
  formatVersion: 1,
  generator: { name: 'Switchyard', version: '0.1.0' },
  scannedAt: '2026-11-27T18:00:00.000Z',
  host: { hostname: 'desk-42', os: { platform: 'linux', name: 'Debian GNU/Linux', version: '12', arch: 'x64' } },
  items: [{ id: 'dpkg:vim', platform: 'linux', source: 'dpkg', name: 'vim', identifiers: { packageName: 'vim' }, linkedTo: [], evidence: {} }],
  diagnostics: [
    { collector: 'linux.dpkg', status: 'ok', durationMs: 180, itemCount: 1 },
    { collector: 'linux.snap', status: 'failed', durationMs: 15000, itemCount: 0, message: 'Snap packages could not be listed: timeout.' },
  ],
};

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('switchyard scan', () => {
  it('prints a summary per source with the notes of sources that did not succeed', async () => {
    const io = capture();
    expect(await createScanCommand(async () => sample)([], io)).toBe(0);
    const text = io.out.join('\n');
    expect(text).toContain('Scanned desk-42 (Debian GNU/Linux 12, x64): 1 observation.');
    expect(text).toMatch(/linux\.snap\s+failed\s+0\s+15\.0 s/);
    expect(text).toContain('linux.snap: Snap packages could not be listed: timeout.');
  });

  it('prints the file as JSON with --json and writes it atomically with --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-scan-'));
    dirs.push(dir);
    const out = join(dir, 'inventory.json');
    const io = capture();
    expect(await createScanCommand(async () => sample)(['--json', '--out', out], io)).toBe(0);
    expect(InventoryFileSchema.parse(JSON.parse(io.out.join('')))).toEqual(sample);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(sample);
    expect(readdirSync(dir)).toEqual(['inventory.json']);
  });

  it('passes document folders and --keep-paths to the scan', async () => {
    let seen: ScanOptions | undefined;
    const io = capture();
    await createScanCommand(async (options) => { seen = options; return sample; })(['--documents', '/a', '--documents', '/b', '--keep-paths'], io);
    expect(seen?.documents).toEqual({ roots: ['/a', '/b'], keepPaths: true });
    expect(seen?.generator.name).toBe('Switchyard');
  });

  it('answers bad usage with exit code 2 and the usage line', async () => {
    for (const args of [['--frobnicate'], ['extra'], ['--keep-paths'], ['--out']]) {
      const io = capture();
      expect(await createScanCommand(async () => sample)(args, io)).toBe(2);
      expect(io.err.join('\n')).toContain('usage: switchyard scan');
    }
  });

  it('fails with one line when the output folder does not exist, leaving no temp file', async () => {
    const io = capture();
    expect(await createScanCommand(async () => sample)(['--out', '/nonexistent-dir/inventory.json'], io)).toBe(1);
    expect(io.err).toEqual(['switchyard scan: could not write /nonexistent-dir/inventory.json: the folder does not exist']);
  });

  it('mentions documents in the summary when they were counted', () => {
    const withDocuments = { ...sample, documents: { roots: [], byKind: { 'odf-text': { count: 4, bytes: 1 } } as never, macroEnabled: { count: 1, byKind: {} }, skipped: { cloudPlaceholders: 0, unreadable: 0, symlinks: 0 }, truncated: false } };
    expect(formatScanSummary(withDocuments)).toContain('Documents: 4 Office-format files, 1 with macros.');
  });
});
