/**
 * A full Linux scan of this machine against two baselines measured in the same run:
 *  - `dpkg-query -W` alone: the cheapest possible package list;
 *  - raw reads of the package database (/var/lib/dpkg/status and every info/*.list, which map files to
 *    packages) plus every .desktop file, without parsing: the I/O a scan that links menu entries to
 *    packages cannot avoid.
 * Target: the full scan within 2x of the second baseline. Medians of several rounds after a warm-up.
 */
import { readFile } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCommand } from '../../electron/core/inventory/run-command';
import { scanWorkstation } from '../../electron/core/inventory/scan';

const ROUNDS = 7;
const INFO_DIR = '/var/lib/dpkg/info';
const MENU_DIRS = ['/usr/share/applications', '/usr/local/share/applications', '/var/lib/flatpak/exports/share/applications', '/var/lib/snapd/desktop/applications'];
const read = promisify(readFile);

async function median(task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function filesIn(dir: string, suffix: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith(suffix)).map((name) => join(dir, name));
}

async function readPackageDatabaseAndMenus(): Promise<void> {
  const paths = ['/var/lib/dpkg/status', ...await filesIn(INFO_DIR, '.list')];
  for (const dir of MENU_DIRS) paths.push(...await filesIn(dir, '.desktop'));
  await Promise.all(paths.map((path) => read(path)));
}

export async function run(): Promise<void> {
  const dpkgOnly = await median(() => runCommand('dpkg-query', ['-W']));
  const rawReads = await median(readPackageDatabaseAndMenus);
  let observations = 0;
  const fullScan = await median(async () => {
    observations = (await scanWorkstation({ generator: { name: 'Switchyard', version: 'bench' } })).items.length;
  });
  console.log(`scan.bench (median of ${ROUNDS} rounds)`);
  console.log(`  dpkg-query -W alone                          ${dpkgOnly.toFixed(1)} ms`);
  console.log(`  raw reads: dpkg status + lists + .desktop    ${rawReads.toFixed(1)} ms`);
  console.log(`  full scan, ${observations} observations, 10 collectors   ${fullScan.toFixed(1)} ms`);
  console.log(`  full scan / dpkg-query -W                    ${(fullScan / dpkgOnly).toFixed(2)}x`);
  console.log(`  full scan / raw reads                        ${(fullScan / rawReads).toFixed(2)}x (target <= 2x)`);
}
