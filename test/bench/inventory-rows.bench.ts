/**
 * Inventory table at 10,000 rows: what one keystroke in the search box costs before React renders (filter and
 * group; the screen sorts once per header click and filtering keeps that order), and what a click on a column
 * header costs (sort). Baseline in the same run: what a first draft would do per keystroke, a lower-cased
 * name-only `includes` filter then a `localeCompare` sort; it searches one column and folds no accents.
 */
import type { AuditView } from '../../electron/shared/audit';
import type { InventoryItem } from '../../electron/shared/inventory';
import type { MatchOutcome } from '../../electron/shared/matching';
import { buildRows, filterRows, groupRows, sortRows, type InventoryRow } from '../../renderer/features/inventory/inventory-rows';

const ROWS = 10_000;
const QUERIES = ['m', 'mi', 'mic', 'micr', 'micro', 'micros', 'microso', 'microsof', 'microsoft', 'microsoft w'];
const ROUNDS = 5;
const SOURCES: InventoryItem['source'][] = ['dpkg', 'desktop-entry', 'process', 'uninstall-registry', 'userassist', 'appx'];
const NAMES = ['Microsoft Word', 'Zoom Workplace', 'LibreOffice Writer', 'Google Chrome', 'Thunderbird', '7-Zip', 'Slack', 'Visual C++ Runtime'];

function syntheticView(): AuditView {
  const items: InventoryItem[] = Array.from({ length: ROWS }, (_, i) => ({
    id: `${SOURCES[i % SOURCES.length]}:${i}`, platform: 'linux', source: SOURCES[i % SOURCES.length]!, name: `${NAMES[i % NAMES.length]} ${i}`,
    version: `${i % 30}.${i % 7}`, publisher: `Publisher ${i % 97}`, identifiers: {}, linkedTo: [], evidence: {},
  }));
  const outcome = (i: number): MatchOutcome => (i % 3 === 0
    ? { kind: 'ignored', reason: 'not in the catalogue', explanation: 'not a product the catalogue tracks' }
    : { kind: i % 3 === 1 ? 'product' : 'alternative', catalogueId: `entry-${i % 50}`, name: `Entry ${i % 50}`, tier: 'identifier', confidence: 1, explanation: `identifier of entry ${i % 50}` });
  return {
    summary: { id: 'bench', createdAt: '', kind: 'import', label: 'bench', hostname: 'bench', scannedAt: '', itemCount: ROWS },
    inventory: {
      format: 'switchyard-inventory', formatVersion: 1, generator: { name: 'bench', version: '1' }, scannedAt: '2026-11-27T09:00:00Z',
      host: { hostname: 'bench', os: { platform: 'linux', name: 'Linux', version: '1', arch: 'x64' } }, items, diagnostics: [],
    },
    matches: items.map((item, i) => ({ itemId: item.id, matchKey: `k|${i}`, outcome: outcome(i) })),
    findings: [],
    counts: { rows: ROWS, products: 0, alternatives: 0, ignored: 0 },
  };
}

function naive(rows: readonly InventoryRow[], text: string): InventoryRow[] {
  const needle = text.toLowerCase();
  return rows.filter((row) => row.name.toLowerCase().includes(needle)).sort((a, b) => a.name.localeCompare(b.name));
}

function time(label: string, work: (query: string) => unknown): number[] {
  const samples: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      work(query);
      // The first round warms up the JIT and the collator; it is not counted.
      if (round > 0) samples.push(performance.now() - started);
    }
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = sorted[Math.floor(sorted.length / 2)]!;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
  console.log(`  ${label.padEnd(44)} p50 ${p50.toFixed(2)} ms   p95 ${p95.toFixed(2)} ms`);
  return [p50, p95];
}

export async function run(): Promise<void> {
  const view = syntheticView();
  const started = performance.now();
  const rows = buildRows(view);
  console.log(`inventory rows: ${ROWS} rows joined with their matches in ${(performance.now() - started).toFixed(1)} ms`);
  console.log(`per keystroke (${QUERIES.length} prefixes x ${ROUNDS} rounds):`);
  const [base50, base95] = time('baseline: name includes + localeCompare', (q) => naive(rows, q));
  // As the screen does it: rows sorted once per click, then filtered (order kept) and grouped per keystroke.
  const sorted = sortRows(rows, { column: 'name', direction: 'asc' });
  const [ours50, ours95] = time('filter all columns + group, on sorted rows', (q) => groupRows(filterRows(sorted, { text: q, outcome: 'all' }), true, new Set(), String));
  console.log(`  ratio to baseline: p50 ${(ours50! / base50!).toFixed(2)}x, p95 ${(ours95! / base95!).toFixed(2)}x`);
  const first = performance.now();
  sortRows(rows, { column: 'publisher', direction: 'asc' });
  console.log(`  first sort by a column (keys computed)            ${(performance.now() - first).toFixed(2)} ms`);
  const sortOnly = time('sort again by a column (keys cached)', () => sortRows(rows, { column: 'explanation', direction: 'desc' }));
  console.log(`  frame budget 16.7 ms: keystroke p95 ${ours95! < 16.7 ? 'within' : 'over'}, sort p95 ${sortOnly[1]! < 16.7 ? 'within' : 'over'}`);
}
