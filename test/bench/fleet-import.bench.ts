/**
 * Fleet import at estate scale: 1,000 hosts x 300 software rows, half as osqueryi JSON files and half as
 * Switchyard scan files, imported file by file (read, decode, detect, parse), then merged and aggregated.
 * Baseline in the same run: reading the same files and JSON.parse alone, the floor any importer pays.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregateHosts } from '../../electron/core/fleet/aggregate';
import { mergeHosts } from '../../electron/core/fleet/host-identity';
import type { ImportedHost } from '../../electron/core/fleet/importer';
import { importEachFile } from '../../electron/core/fleet/import-files';

const HOSTS = 1_000;
const ROWS = 300;
/** A realistic spread: a few products on every machine, a long tail on few. */
const CATALOGUE = Array.from({ length: 2_000 }, (_, i) => ({ name: `Product ${i}`, publisher: `Vendor ${i % 97}` }));

function pick(host: number, row: number): { name: string; publisher: string } {
  const index = row < 40 ? row : (host * 7919 + row * 104_729) % CATALOGUE.length;
  return CATALOGUE[index] ?? { name: 'Product', publisher: 'Vendor' };
}

function osqueryFile(host: number): string {
  const rows = Array.from({ length: ROWS }, (_, row) => {
    const app = pick(host, row);
    return `  ${JSON.stringify({ install_date: '20260102', install_location: `C:\\Program Files\\${app.name}`, name: app.name, publisher: app.publisher, uninstall_string: '', version: `1.${row}.0` })}`;
  });
  return `[\n${rows.join(',\n')}\n]\n`;
}

function ownScanFile(host: number): string {
  return JSON.stringify({
    format: 'switchyard-inventory', formatVersion: 1, generator: { name: 'switchyard', version: '0.1.0' },
    scannedAt: '2026-10-17T08:00:00.000Z',
    host: { hostname: `MAC-${host}`, serial: `C02X${String(host).padStart(6, '0')}`, os: { platform: 'macos', name: 'macOS', version: '15.0', arch: 'arm64' } },
    items: Array.from({ length: ROWS }, (_, row) => {
      const app = pick(host, row);
      return {
        id: `app-bundle:${app.name}`, platform: 'macos', source: 'app-bundle', name: app.name, version: `2.${row}`, publisher: app.publisher,
        identifiers: { bundleId: `com.vendor.p${row}` }, linkedTo: [], evidence: {},
        lastUsed: row % 3 === 0 ? '2026-10-01T00:00:00.000Z' : undefined,
      };
    }),
    diagnostics: [],
  });
}

function sampleRss(peak: { value: number }): void {
  peak.value = Math.max(peak.value, process.memoryUsage().rss);
}

async function measure<T>(label: string, work: (peak: { value: number }) => Promise<T>): Promise<{ ms: number; peakMb: number; value: T }> {
  const peak = { value: process.memoryUsage().rss };
  const timer = setInterval(() => sampleRss(peak), 5);
  const start = performance.now();
  const value = await work(peak);
  const ms = performance.now() - start;
  clearInterval(timer);
  sampleRss(peak);
  const peakMb = peak.value / 1024 / 1024;
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms   peak RSS ${peakMb.toFixed(0)} MB`);
  return { ms, peakMb, value };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-fleet-bench-'));
  try {
    for (let host = 0; host < HOSTS; host += 1) {
      if (host % 2 === 0) writeFileSync(join(dir, `PC-${host}.json`), osqueryFile(host));
      else writeFileSync(join(dir, `MAC-${host}.switchyard.json`), ownScanFile(host));
    }
    const files = readdirSync(dir).map((name) => join(dir, name));
    console.log(`fleet import: ${HOSTS} hosts x ${ROWS} rows (${files.length} files, half osqueryi JSON, half Switchyard scans)`);

    const baseline = await measure('baseline: read + JSON.parse', async (peak) => {
      let rows = 0;
      for (const file of files) {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown[] | { items: unknown[] };
        rows += Array.isArray(parsed) ? parsed.length : parsed.items.length;
        sampleRss(peak);
      }
      return rows;
    });

    const imported = await measure('import: read, decode, detect, parse', async (peak) => {
      const hosts: ImportedHost[] = [];
      for await (const file of importEachFile([dir])) {
        hosts.push(...file.result.hosts);
        sampleRss(peak);
      }
      return hosts;
    });
    const merged = await measure('merge hosts', async () => mergeHosts(imported.value));
    const summary = await measure('aggregate (key = lower-cased name)', async () =>
      aggregateHosts(merged.value, [], { keyOf: (item) => item.name.toLowerCase(), now: new Date('2026-10-20T00:00:00Z') }));

    const items = imported.value.reduce((sum, host) => sum + host.items.length, 0);
    const total = imported.ms + merged.ms + summary.ms;
    console.log(`rows: baseline ${baseline.value}, imported ${items}; hosts after merge ${merged.value.length}; products ${summary.value.entries.length}`);
    console.log(`import + merge + aggregate ${total.toFixed(0)} ms = ${(total / baseline.ms).toFixed(1)}x the JSON.parse baseline; `
      + `${(items / (total / 1000)).toFixed(0)} rows/s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
