import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEachFile, importFiles } from '../../../../electron/core/fleet/import-files';
import { InventoryItemSchema } from '../../../../electron/shared/inventory';
import { FIXTURES } from './read-fixture';

describe('importFiles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'switchyard-fleet-'));
    mkdirSync(join(dir, 'exports', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'exports', 'PC-FIN-042.json'), readFileSync(join(FIXTURES, 'glpi/PC-FIN-042.json')));
    writeFileSync(join(dir, 'exports', 'deep', 'broken.json'), readFileSync(join(FIXTURES, 'corrupt/truncated-osquery.txt')));
    writeFileSync(join(dir, 'exports', '.DS_Store'), 'junk');
    writeFileSync(join(dir, 'exports', 'garbage.bin'), readFileSync(join(FIXTURES, 'corrupt/garbage.bin')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('expands folders, skips hidden files, and lets one bad file fail alone', async () => {
    const result = await importFiles([join(dir, 'exports')]);
    expect(result.files.map((file) => [file.file.slice(dir.length + 1), file.importer?.id])).toEqual([
      ['exports/deep/broken.json', 'osquery-json'],
      ['exports/garbage.bin', undefined],
      ['exports/PC-FIN-042.json', 'glpi-json'],
    ]);
    expect(result.hosts.map((host) => host.identity.hostname)).toEqual(['PC-FIN-042']);
    expect(result.errors.map((error) => [error.file.slice(dir.length + 1), error.reason.slice(0, 40)])).toEqual([
      ['exports/deep/broken.json', 'The JSON ends too early: the file looks '],
      ['exports/garbage.bin', 'The file is not text (it contains binary'],
    ]);
  });

  it('opens the Intune ZIP and imports the CSV inside', async () => {
    const zip = join(FIXTURES, 'intune/DiscoveredApps-export.zip');
    const result = await importFiles([zip]);
    expect(result.files).toEqual([{ file: `${zip} › AppInvRawData_3b1a9c2e-0d4f-4e8a-9b6c-5d2e1f0a7b8c.csv`, importer: { id: 'intune-csv', label: 'Intune discovered apps export (CSV)' }, encoding: 'utf-8-bom' }]);
    expect(result.hosts.map((host) => host.identity.hostname)).toEqual(['PC-FIN-042', 'MBP-KOMM-07']);
  });

  it('reports a damaged ZIP, a missing path and an oversized file in words', async () => {
    const damaged = join(dir, 'damaged.zip');
    writeFileSync(damaged, readFileSync(join(FIXTURES, 'intune/DiscoveredApps-export.zip')).subarray(0, 200));
    const big = join(dir, 'big.csv');
    writeFileSync(big, 'Name,Version\n'.padEnd(2048, 'x'));
    const result = await importFiles([damaged, join(dir, 'missing.csv'), big], { readLimits: { maxFiles: 10, maxDepth: 2, maxFileBytes: 1024 } });
    expect(result.errors.map((error) => [error.file.slice(dir.length + 1), error.reason])).toEqual([
      ['missing.csv', 'The file or folder does not exist.'],
      ['damaged.zip', expect.stringMatching(/^The ZIP archive is damaged/)],
      ['big.csv', 'The file is larger than 1 KB. Export it in parts (for example per device group) and import the parts.'],
    ]);
  });

  it('refuses ZIP members over the size limit without unpacking them', async () => {
    const zip = join(FIXTURES, 'intune/DiscoveredApps-export.zip');
    const result = await importFiles([zip], { zipLimits: { maxMembers: 10, maxMemberBytes: 100, maxTotalBytes: 1000 } });
    expect(result.hosts).toEqual([]);
    expect(result.errors[0]?.reason).toMatch(/^This file in the ZIP is too large to import/);
  });

  it('turns every fixture into valid inventory items with unique ids per host', async () => {
    const result = await importFiles([FIXTURES]);
    const items = result.hosts.flatMap((host) => host.items);
    expect(items.length).toBeGreaterThan(100);
    for (const item of items) expect(InventoryItemSchema.safeParse(item).error).toBeUndefined();
    for (const host of result.hosts) expect(new Set(host.items.map((item) => item.id)).size).toBe(host.items.length);
    // Only the damaged fixtures and the READMEs fail; every other file is recognised.
    const failedFiles = new Set(result.errors.filter((error) => /Unrecognised|not text|empty|cut off/.test(error.reason)).map((error) => error.file.slice(FIXTURES.length + 1)));
    expect([...failedFiles].filter((file) => !file.endsWith('README.md')).sort()).toEqual([
      'corrupt/empty.json', 'corrupt/garbage.bin', 'corrupt/notes.txt', 'corrupt/truncated-osquery.txt', 'corrupt/truncated.ocs',
    ]);
  });

  it('yields results file by file and stops when cancelled', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const file of importEachFile([join(FIXTURES, 'osquery')], { signal: controller.signal })) {
      seen.push(file.file);
      controller.abort();
    }
    expect(seen).toHaveLength(1);
  });
});
