import { describe, expect, it } from 'vitest';
import type { AuditView } from '../../../../electron/shared/audit';
import type { InventoryItem } from '../../../../electron/shared/inventory';
import type { MatchOutcome } from '../../../../electron/shared/matching';
import { buildRows, filterRows, groupRows, nextSort, sortRows, type InventoryRow } from '../../../../renderer/features/inventory/inventory-rows';

const item = (id: string, name: string, extra: Partial<InventoryItem> = {}): InventoryItem => ({
  id, platform: 'windows', source: id.split(':')[0] as InventoryItem['source'], name, identifiers: {}, linkedTo: [], evidence: {}, ...extra,
});
const product = (name: string, tier: 'identifier' | 'pattern' | 'fuzzy', confidence: number): MatchOutcome => ({
  kind: 'product', catalogueId: name.toLowerCase().replace(/\s+/g, '-'), name, tier, confidence, explanation: `matched ${name}`,
});
const ignored: MatchOutcome = { kind: 'ignored', reason: 'not in the catalogue', explanation: 'not tracked' };

function view(entries: Array<[InventoryItem, MatchOutcome]>, derived: Array<[string, MatchOutcome]> = []): AuditView {
  return {
    summary: { id: 'a1', createdAt: '', kind: 'import', label: 'x', hostname: 'pc', scannedAt: '', itemCount: entries.length },
    inventory: {
      format: 'switchyard-inventory', formatVersion: 1, generator: { name: 'test', version: '1' }, scannedAt: '2026-11-27T09:00:00Z',
      host: { hostname: 'pc', os: { platform: 'windows', name: 'Windows', version: '10', arch: 'x64' } },
      items: entries.map(([i]) => i), diagnostics: [],
    },
    matches: [...entries.map(([i, outcome]) => ({ itemId: i.id, matchKey: `k|${i.name}`, outcome })), ...derived.map(([itemId, outcome]) => ({ itemId, matchKey: `k|${itemId}`, outcome }))],
    findings: [],
    counts: { rows: 0, products: 0, alternatives: 0, ignored: 0 },
  };
}

const sample = view([
  [item('uninstall-registry:1', 'Zoom Workplace', { version: '6.2', publisher: 'Zoom Video' }), product('Zoom Workplace', 'pattern', 0.97)],
  [item('userassist:2', 'WINWORD.EXE'), product('Microsoft Word', 'identifier', 1)],
  [item('uninstall-registry:3', '7-Zip 24.08', { version: '24.08', publisher: 'Igor Pavlov' }), ignored],
  [item('uninstall-registry:4', 'Mozilla Thunderbird', { version: '128.5' }), { kind: 'alternative', catalogueId: 'thunderbird', name: 'Thunderbird', tier: 'pattern', confidence: 0.97, explanation: 'pattern' }],
  [item('process:5', 'Écrit Fuzzy'), product('Ecrit', 'fuzzy', 0.8)],
], [['browser-history:docs.google.com', product('Google Docs', 'identifier', 1)]]);
const rows = buildRows(sample);
const names = (list: readonly InventoryRow[]) => list.map((r) => r.name);

describe('buildRows', () => {
  it('joins every match with its item and keeps the match key', () => {
    const zoom = rows.find((r) => r.id === 'uninstall-registry:1')!;
    expect(zoom).toMatchObject({ name: 'Zoom Workplace', version: '6.2', publisher: 'Zoom Video', source: 'uninstall-registry', catalogueName: 'Zoom Workplace', tier: 'pattern', matchKey: 'k|Zoom Workplace' });
    expect(rows.find((r) => r.id === 'uninstall-registry:3')).toMatchObject({ catalogueName: '', tier: undefined, explanation: 'not tracked' });
  });

  it('reads source and name of rows the core derived from browser usage from their id', () => {
    expect(rows.find((r) => r.id === 'browser-history:docs.google.com')).toMatchObject({ name: 'docs.google.com', source: 'browser-history', item: undefined });
  });
});

describe('filterRows', () => {
  it('filters by outcome', () => {
    expect(names(filterRows(rows, { text: '', outcome: 'alternative' }))).toEqual(['Mozilla Thunderbird']);
    expect(filterRows(rows, { text: '', outcome: 'product' })).toHaveLength(4);
  });

  it('needs every word somewhere in the row, in any order, ignoring case and accents', () => {
    expect(names(filterRows(rows, { text: 'word microsoft', outcome: 'all' }))).toEqual(['WINWORD.EXE']);
    expect(names(filterRows(rows, { text: 'ecrit', outcome: 'all' }))).toEqual(['Écrit Fuzzy']);
    expect(names(filterRows(rows, { text: 'pavlov', outcome: 'ignored' }))).toEqual(['7-Zip 24.08']);
    expect(filterRows(rows, { text: 'pavlov', outcome: 'product' })).toEqual([]);
  });
});

describe('sortRows', () => {
  it('sorts by name both ways, numbers in numeric order', () => {
    expect(names(sortRows(rows, { column: 'name', direction: 'asc' }))[0]).toBe('7-Zip 24.08');
    expect(names(sortRows(rows, { column: 'name', direction: 'desc' }))[0]).toBe('Zoom Workplace');
  });

  it('compares numbers by value and ignores case and accents', () => {
    const list = buildRows(view([
      [item('dpkg:1', 'app 10'), ignored], [item('dpkg:2', 'App 9'), ignored], [item('dpkg:3', 'Éditeur'), ignored], [item('dpkg:4', 'editor'), ignored],
    ]));
    expect(names(sortRows(list, { column: 'name', direction: 'asc' }))).toEqual(['App 9', 'app 10', 'Éditeur', 'editor']);
  });

  it('puts products first by outcome, then names in order', () => {
    expect(sortRows(rows, { column: 'outcome', direction: 'asc' }).map((r) => r.outcome.kind)).toEqual(['product', 'product', 'product', 'product', 'alternative', 'ignored']);
  });

  it('sorts by tier from most certain to least, unmatched last', () => {
    expect(sortRows(rows, { column: 'tier', direction: 'asc' }).map((r) => r.tier ?? 'none')).toEqual(['identifier', 'identifier', 'pattern', 'pattern', 'fuzzy', 'none']);
  });

  it('leaves its input untouched and falls back to the name for an unknown column', () => {
    const before = names(rows);
    expect(names(sortRows(rows, { column: 'nonsense', direction: 'asc' }))).toEqual(names(sortRows(rows, { column: 'name', direction: 'asc' })));
    expect(names(rows)).toEqual(before);
  });

  it('flips the direction on the same column and starts ascending on another', () => {
    expect(nextSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({ column: 'name', direction: 'desc' });
    expect(nextSort({ column: 'name', direction: 'desc' }, 'source')).toEqual({ column: 'source', direction: 'asc' });
  });
});

describe('groupRows', () => {
  const label = (source: string) => `[${source}]`;

  it('gives plain rows when not grouping', () => {
    expect(groupRows(rows, false, new Set(), label).every((e) => e.type === 'row')).toBe(true);
  });

  it('puts a header before each source, in order of first appearance, with its count', () => {
    const entries = groupRows(rows, true, new Set(), label);
    const groups = entries.filter((e) => e.type === 'group');
    expect(groups.map((g) => g.type === 'group' && [g.label, g.count])).toEqual([
      ['[uninstall-registry]', 3], ['[userassist]', 1], ['[process]', 1], ['[browser-history]', 1],
    ]);
    expect(entries).toHaveLength(rows.length + 4);
  });

  it('hides the rows of a collapsed group but keeps its header', () => {
    const entries = groupRows(rows, true, new Set(['uninstall-registry']), label);
    expect(entries[0]).toMatchObject({ type: 'group', key: 'group:uninstall-registry', expanded: false, count: 3 });
    expect(entries[1]).toMatchObject({ type: 'group', key: 'group:userassist' });
    expect(entries).toHaveLength(rows.length - 3 + 4);
  });
});

describe('at 10,000 rows', () => {
  it('filters, sorts and groups every row', () => {
    const many = view(Array.from({ length: 10_000 }, (_, i): [InventoryItem, MatchOutcome] => [
      item(`${i % 2 ? 'dpkg' : 'process'}:${i}`, `App ${i}`), i % 3 ? ignored : product(`Product ${i}`, 'identifier', 1),
    ]));
    const all = buildRows(many);
    expect(filterRows(all, { text: 'app 9999', outcome: 'all' }).map((r) => r.name)).toEqual(['App 9999']);
    expect(filterRows(all, { text: '', outcome: 'product' })).toHaveLength(3_334);
    expect(sortRows(all, { column: 'name', direction: 'desc' })[0]!.name).toBe('App 9999');
    expect(groupRows(all, true, new Set(['dpkg']), String)).toHaveLength(5_000 + 2);
  });
});
