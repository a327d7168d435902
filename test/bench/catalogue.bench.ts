/**
 * Catalogue benchmarks: opening the catalogue plus its first query, and search-as-you-type over the full catalogue.
 * Baselines measured in the same run: a bare better-sqlite3 open + COUNT(*), and an FTS5 prefix query on the
 * catalogue's own search_index table. Targets: search p95 under 16 ms (one frame at 60 Hz).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { parse } from 'yaml';
import { buildCatalogue } from '../../data/build/build';
import { openCatalogueRepository } from '../../electron/core/catalogue/repository';
import { createCatalogueSearch, type SearchCategory, type SearchDocument } from '../../electron/core/catalogue/search';

const OPEN_REPEATS = 30;
const SEARCH_TARGET_P95_MS = 16;
const PREFIX_LENGTHS = [1, 2, 3, 4, 5, 6];
const WARM_UP_QUERIES = 200;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

const ms = (value: number): string => `${value.toFixed(3)} ms`;

interface SearchSubject {
  label: string;
  names: string[];
  search(query: string): unknown;
  fts(match: string): unknown;
  close(): void;
}

/** Search over the built catalogue: the repository's cached fuse.js index, and its own FTS5 table as the baseline. */
function catalogueSubject(file: string, label: string): SearchSubject {
  const opened = openCatalogueRepository(file);
  if (!opened.ok) throw new Error(opened.status.state);
  const db = new Database(file, { readonly: true });
  const fts = db.prepare('SELECT entity_kind, entity_id FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20');
  return {
    label, names: opened.repository.listMatchables().map((entry) => entry.name),
    search: (query) => opened.repository.search(query), fts: (match) => fts.all(match),
    close: () => { opened.repository.close(); db.close(); },
  };
}

/**
 * While data/sources does not build yet, search is still measured over its real names: the entries of every file
 * that parses, indexed the same way (fuse.js with the app's tuning; an in-memory FTS5 table as the baseline).
 */
function rawSourcesSubject(sourcesDir: string): SearchSubject {
  const documents: SearchDocument[] = [];
  const categories: SearchCategory[] = [];
  for (const name of readdirSync(sourcesDir).filter((file) => file.endsWith('.yaml')).sort()) {
    const data = parseQuietly(readFileSync(path.join(sourcesDir, name), 'utf8'));
    for (const category of data.categories ?? []) {
      categories.push({ id: String(category.id), names: [String(category.name_en), String(category.name_de)] });
    }
    for (const [kind, entries] of [['product', data.products ?? []], ['alternative', data.alternatives ?? []]] as const) {
      for (const entry of entries) {
        documents.push({ kind, id: String(entry.id), name: String(entry.name), aliases: (entry.aliases ?? []).map(String),
          vendor: String(entry.vendor), category: String(entry.category),
          categories: [String(entry.category), ...(entry.also_categories ?? []).map(String)] });
      }
    }
  }
  const index = createCatalogueSearch(documents, categories);
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE search_index USING fts5(id UNINDEXED, name, aliases, vendor, category, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
  const insert = db.prepare('INSERT INTO search_index VALUES (?, ?, ?, ?, ?)');
  for (const doc of documents) insert.run(doc.id, doc.name, doc.aliases.join(' '), doc.vendor, doc.categories.join(' '));
  const fts = db.prepare('SELECT id FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20');
  return {
    label: `${documents.length} entries parsed from data/sources (it does not build yet)`, names: documents.map((doc) => doc.name),
    search: (query) => index.search(query), fts: (match) => fts.all(match), close: () => db.close(),
  };
}

interface RawSource {
  categories?: { id?: unknown; name_en?: unknown; name_de?: unknown }[];
  products?: RawEntry[];
  alternatives?: RawEntry[];
}

/** A file that is not valid YAML counts as empty here; the build reports it. */
function parseQuietly(text: string): RawSource {
  try {
    return (parse(text) as RawSource | null) ?? {};
  } catch {
    return {};
  }
}

interface RawEntry {
  id?: unknown;
  name?: unknown;
  vendor?: unknown;
  category?: unknown;
  aliases?: unknown[];
  also_categories?: unknown[];
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'catalogue-bench-'));
  try {
    const sourcesDir = path.resolve('data/sources');
    const file = path.join(dir, 'catalogue.sqlite');
    const real = buildCatalogue({ sourcesDir, outFile: file, displayRoot: process.cwd() });
    if (!real.ok) {
      const fixture = path.resolve('test/fixtures/catalogue/valid');
      buildCatalogue({ sourcesDir: fixture, outFile: file, displayRoot: fixture });
    }
    console.log(real.ok
      ? `catalogue: data/sources (${real.counts.products} products, ${real.counts.alternatives} alternatives)`
      : `catalogue: data/sources does not build (${real.errors.length} errors, see npm run build:catalogue); open is measured on the test fixture`);

    const baselineOpen: number[] = [];
    const appOpen: number[] = [];
    for (let i = 0; i < OPEN_REPEATS; i += 1) {
      baselineOpen.push(time(() => {
        const db = new Database(file, { readonly: true });
        db.prepare('SELECT COUNT(*) FROM products').get();
        db.close();
      }));
      appOpen.push(time(() => {
        const opened = openCatalogueRepository(file);
        if (!opened.ok) throw new Error(opened.status.state);
        opened.repository.stats();
        opened.repository.close();
      }));
    }
    const openP50 = percentile(appOpen, 50);
    const baseOpenP50 = percentile(baselineOpen, 50);
    console.log(`open + first query (stats): p50 ${ms(openP50)}, p95 ${ms(percentile(appOpen, 95))}; ` +
      `baseline bare open + COUNT(*): p50 ${ms(baseOpenP50)}; ratio ${(openP50 / baseOpenP50).toFixed(1)}x`);

    const subject = real.ok ? catalogueSubject(file, 'the built catalogue') : rawSourcesSubject(sourcesDir);
    const prefixes = [...new Set(subject.names.flatMap((name) => PREFIX_LENGTHS.map((length) => name.slice(0, length).trim()).filter(Boolean)))];
    const indexBuild = time(() => subject.search('warm-up'));
    console.log(`search subject: ${subject.label}; index build (first search) ${ms(indexBuild)} for ${subject.names.length} entries`);
    // Steady-state typing is what a user feels: warm the JIT on a sample before timing every prefix once.
    for (const prefix of prefixes.slice(0, WARM_UP_QUERIES)) subject.search(prefix);
    const fuseTimes = prefixes.map((prefix) => time(() => subject.search(prefix)));
    const ftsTimes = prefixes.map((prefix) => {
      const match = `"${prefix.replace(/"/g, '""')}"*`;
      return time(() => subject.fts(match));
    });
    subject.close();

    const p50 = percentile(fuseTimes, 50);
    const p95 = percentile(fuseTimes, 95);
    const ftsP50 = percentile(ftsTimes, 50);
    const ftsP95 = percentile(ftsTimes, 95);
    console.log(`search-as-you-type over ${prefixes.length} prefixes (1-6 chars of real names): ` +
      `fuse.js p50 ${ms(p50)}, p95 ${ms(p95)} (target < ${SEARCH_TARGET_P95_MS} ms: ${p95 < SEARCH_TARGET_P95_MS ? 'met' : 'MISSED'}); ` +
      `baseline FTS5 prefix p50 ${ms(ftsP50)}, p95 ${ms(ftsP95)}; ratio p95 ${(p95 / ftsP95).toFixed(1)}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
