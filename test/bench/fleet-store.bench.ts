/**
 * The whole fleet import into the state database at estate scale (issue: Fleet): 1,000 hosts x 300 software
 * rows as osqueryi JSON files, imported (read, detect, parse, match, one transaction per file, machine merge),
 * then `fleet summary` on that database. Baseline in the same run: JSON.parse of the same files plus one bulk
 * insert of all rows into a bare table. Targets: import < 10 s and < 1 GB peak RSS; summary < 200 ms.
 */
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCatalogueRepository } from '../../electron/core/catalogue/repository';
import { openStateDb } from '../../electron/core/store/state-db';
import { fleetSummary, importFleetFiles } from '../../electron/core/workflows/fleet';

const HOSTS = 1_000;
const ROWS = 300;
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Real product names as Windows shows them, so matching does real work; the rest is a long tail. */
const KNOWN = ['Zoom Workplace (64-bit)', 'Microsoft Visio Professional 2019 - de-de', 'Adobe Acrobat Reader DC - Deutsch', 'Google Chrome', 'Slack', 'Dropbox',
  'Microsoft Edge', 'Mozilla Firefox (x64 de)', 'LibreOffice 24.8.5.2', '7-Zip 24.08 (x64)', 'Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.40.33810'];

function hostFile(host: number): string {
  const rows = Array.from({ length: ROWS }, (_, row) => {
    const name = row < KNOWN.length ? KNOWN[row]! : `Tool ${(host * 7919 + row * 104_729) % 3_000}`;
    return JSON.stringify({ name, version: `1.${row}.0`, publisher: `Vendor ${row % 97}`, install_date: '20260102', install_location: '', uninstall_string: '' });
  });
  return `[\n${rows.join(',\n')}\n]\n`;
}

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<{ ms: number; peakMb: number; value: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms   peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`);
  return { ms, peakMb: peak / 1024 / 1024, value };
}

export async function run(): Promise<void> {
  const opened = openCatalogueRepository(path.join(REPO, 'data', 'dist', 'catalogue.sqlite'));
  if (!opened.ok) throw new Error('build the catalogue first: npm run build:catalogue');
  const dir = mkdtempSync(path.join(tmpdir(), 'switchyard-fleet-bench-'));
  try {
    const files = path.join(dir, 'files');
    mkdirSync(files);
    for (let host = 0; host < HOSTS; host++) writeFileSync(path.join(files, `PC-${String(host).padStart(4, '0')}.json`), hostFile(host));
    console.log(`${HOSTS} hosts x ${ROWS} rows = ${HOSTS * ROWS} rows in ${HOSTS} osqueryi JSON files`);

    const baseline = await timed('baseline: JSON.parse + one bulk insert', () => {
      const db = new Database(path.join(dir, 'baseline.sqlite'));
      db.exec('CREATE TABLE rows (host TEXT, name TEXT, version TEXT, publisher TEXT)');
      const insert = db.prepare('INSERT INTO rows VALUES (?, ?, ?, ?)');
      const parsed = readdirSync(files).map((f) => [f, JSON.parse(readFileSync(path.join(files, f), 'utf8')) as Array<{ name: string; version: string; publisher: string }>] as const);
      db.transaction(() => { for (const [f, rows] of parsed) for (const r of rows) insert.run(f, r.name, r.version, r.publisher); })();
      db.close();
    });

    const state = openStateDb(path.join(dir, 'state.sqlite'));
    const imported = await timed('switchyard: fleet import (match, store, merge)', () => importFleetFiles(state, opened.repository, [files]));
    const failed = imported.value.files.filter((f) => !f.ok).length;
    console.log(`  ${imported.value.files.length - failed} files imported, ${failed} failed, ${imported.value.totalHosts} machines`);
    console.log(`  ratio to baseline: ${(imported.ms / baseline.ms).toFixed(1)}x; target < 10,000 ms and < 1,024 MB`);

    fleetSummary(state, opened.repository, {}, new Date());
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      fleetSummary(state, opened.repository, {}, new Date());
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`fleet summary on that database: median ${times[2]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[4]!.toFixed(0)}); target < 200 ms`);
    state.close();
  } finally {
    opened.repository.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
