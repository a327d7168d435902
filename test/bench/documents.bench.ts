/**
 * Document scan speed on 100,000 files against `find <dir> -type f`, which lists the same tree without
 * looking at any file. Target: within 2x of find. Also prints the scan's peak RSS.
 * The tree: 2,000 folders up to four levels deep; 55% of files are not documents (text, images, PDFs),
 * the rest spread over every kind, with 2,000 real OOXML packages (a quarter with vbaProject.bin) and 200 real
 * compound files; the other "documents" are 2 KiB of filler, so the .docx/.xlsx/.xls/.ppt among them are
 * really opened and probed (and reported as failed), as corrupt or mislabelled files would be.
 * A second baseline, `find -printf '%s %b'`, stats every file, which is closer to the work the scan must do.
 * A third, "unavoidable I/O", is a plain loop doing only the system calls the scan cannot skip without losing
 * a figure: list every folder, lstat every document (sizes, placeholders), open each Office container and read
 * what its probe reads first (the zip tail, the compound-file signature). No parsing, no accounting: a floor.
 */
import { closeSync, lstatSync, openSync, opendirSync, readSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCommand } from '../../electron/core/inventory/run-command';
import { classifyFileName } from '../../electron/core/inventory/documents/document-kinds';
import { scanDocuments } from '../../electron/core/inventory/documents/scan-documents';
import { legacyWord, ooxmlPackage } from '../unit/core/inventory/documents/helpers/build-documents';

const TOTAL_FILES = 100_000;
const FOLDERS = 2_000;
const REAL_OOXML = 2_000;
const REAL_OLE = 200;
const OTHER_EXTENSIONS = ['txt', 'jpg', 'png', 'pdf', 'md', 'csv', 'zip', 'json', 'html'];
const DOCUMENT_EXTENSIONS = ['odt', 'ods', 'odp', 'pst', 'one', 'vsd', 'mpp', 'accdb', 'pub', 'xls', 'ppt', 'docx', 'xlsx'];

async function buildTree(root: string): Promise<void> {
  const folders: string[] = [];
  for (let i = 0; i < FOLDERS; i++) {
    const depth = 1 + (i % 4);
    const parts = Array.from({ length: depth }, (_, level) => `d${level}-${Math.floor(i / (level + 1)) % 50}`);
    folders.push(path.join(root, ...parts, `f${i}`));
  }
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const plain = ooxmlPackage('word', false);
  const macro = ooxmlPackage('xl', true);
  const ole = legacyWord(true);
  const filler = Buffer.alloc(2048, 0x2a);
  const writes: Promise<void>[] = [];
  for (let i = 0; i < TOTAL_FILES; i++) {
    const folder = folders[i % FOLDERS]!;
    let name: string;
    let data: Buffer | string;
    if (i < REAL_OOXML) {
      name = `real-${i}.${i % 4 === 0 ? 'xlsm' : 'docx'}`;
      data = i % 4 === 0 ? macro : plain;
    } else if (i < REAL_OOXML + REAL_OLE) {
      name = `legacy-${i}.doc`;
      data = ole;
    } else if (i % 100 < 55) {
      name = `file-${i}.${OTHER_EXTENSIONS[i % OTHER_EXTENSIONS.length]}`;
      data = 'x';
    } else {
      name = `doc-${i}.${DOCUMENT_EXTENSIONS[i % DOCUMENT_EXTENSIONS.length]}`;
      data = filler;
    }
    writes.push(writeFile(path.join(folder, name), data));
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}

/** What yauzl reads from the end of a zip to find its central directory (22 + 20 + 65535 bytes). */
const ZIP_TAIL_BYTES = 65_577;
const OLE_SIGNATURE_BYTES = 8;

async function unavoidableIo(root: string): Promise<void> {
  const buffer = Buffer.allocUnsafe(ZIP_TAIL_BYTES);
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const handle = opendirSync(dir, { bufferSize: 256 });
    for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
      if (entry.isDirectory()) pending.push(path.join(dir, entry.name));
      const fileClass = entry.isFile() ? classifyFileName(entry.name) : undefined;
      if (!fileClass) continue;
      const full = path.join(dir, entry.name);
      const { size } = lstatSync(full);
      if (fileClass.container === 'none') continue;
      const length = Math.min(size, fileClass.container === 'zip' ? ZIP_TAIL_BYTES : OLE_SIGNATURE_BYTES);
      const fd = openSync(full, 'r');
      readSync(fd, buffer, 0, length, fileClass.container === 'zip' ? size - length : 0);
      closeSync(fd);
    }
    handle.closeSync();
  }
}

const RUNS = 3;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Median of RUNS timings, after one untimed warm-up (page cache for both, JIT for the scan). */
async function median<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  await work();
  const runs: Array<{ ms: number; value: T }> = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timed(work));
  return runs.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
}

export async function run(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'switchyard-bench-docs-'));
  try {
    await buildTree(root);
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 5);
    const scan = await median(() => scanDocuments({ roots: [root], keepPaths: false, maxFiles: TOTAL_FILES + 1 }));
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);

    const find = await median(() => runCommand('find', [root, '-type', 'f'], { timeoutMs: 120_000 }));
    const found = find.value.ok ? find.value.stdout.split('\n').filter(Boolean).length : 0;
    const findStat = await median(() => runCommand('find', [root, '-type', 'f', '-printf', '%s %b\n'], { timeoutMs: 120_000 }));
    const floor = await median(() => unavoidableIo(root));
    const documents = Object.values(scan.value.byKind).reduce((sum, kind) => sum + kind.count, 0);

    console.log(`documents: ${TOTAL_FILES} files, ${documents} documents, ${scan.value.macroEnabled.count} macro-enabled, truncated=${scan.value.truncated}`);
    console.log(`documents: median of ${RUNS}: scanDocuments ${scan.ms.toFixed(0)} ms; find -type f ${find.ms.toFixed(0)} ms (${found} files)`);
    console.log(`documents: ratio scan/find ${(scan.ms / find.ms).toFixed(2)}x (target <= 2x)`);
    console.log(`documents: find -printf '%s %b' (stats every file) ${findStat.ms.toFixed(0)} ms; ratio scan/that ${(scan.ms / findStat.ms).toFixed(2)}x`);
    console.log(`documents: unavoidable I/O alone ${floor.ms.toFixed(0)} ms (${(floor.ms / find.ms).toFixed(2)}x find); ratio scan/that ${(scan.ms / floor.ms).toFixed(2)}x`);
    console.log(`documents: peak RSS during scans ${(peakRss / 1024 / 1024).toFixed(0)} MiB (before: ${(rssBefore / 1024 / 1024).toFixed(0)} MiB)`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
