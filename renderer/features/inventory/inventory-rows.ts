/**
 * The Inventory table's rows: each match joined with the observation it was made for, then filtered,
 * sorted and grouped. Pure functions, so 10,000 rows can be tested without a DOM.
 */
import type { AuditView } from '../../../electron/shared/audit';
import type { InventoryItem } from '../../../electron/shared/inventory';
import type { MatchOutcome, MatchTier } from '../../../electron/shared/matching';
import type { TableSort, VirtualEntry } from '../../components/VirtualTable';

export type OutcomeKind = MatchOutcome['kind'];
export const OUTCOME_KINDS: readonly OutcomeKind[] = ['product', 'alternative', 'ignored'];

export interface InventoryRow {
  id: string;
  matchKey: string;
  name: string;
  version: string;
  publisher: string;
  source: string;
  outcome: MatchOutcome;
  /** The catalogue entry's name, empty when ignored. */
  catalogueName: string;
  tier?: MatchTier;
  confidence?: number;
  explanation: string;
  /** Absent for rows the core derives from other data (browser usage becomes one row per domain). */
  item?: InventoryItem;
}

export const SORT_COLUMNS = ['name', 'version', 'publisher', 'source', 'outcome', 'catalogue', 'tier', 'explanation'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** Most certain first, as electron/shared/matching.ts orders the tiers. */
const TIER_RANK: Record<MatchTier, number> = { correction: 0, identifier: 1, pattern: 2, alias: 3, tokens: 4, fuzzy: 5, suite: 6, linked: 7 };
/** Products first: they are what the switch is about. */
const OUTCOME_RANK: Record<OutcomeKind, number> = { product: 0, alternative: 1, ignored: 2 };

export function buildRows(view: AuditView): InventoryRow[] {
  const items = new Map(view.inventory.items.map((item) => [item.id, item]));
  return view.matches.map((match) => {
    const item = items.get(match.itemId);
    const outcome = match.outcome;
    // Derived rows carry their source in the id ("browser-history:docs.google.com").
    const separator = match.itemId.indexOf(':');
    return {
      id: match.itemId,
      matchKey: match.matchKey,
      name: item?.name ?? match.itemId.slice(separator + 1),
      version: item?.version ?? '',
      publisher: item?.publisher ?? '',
      source: item?.source ?? (separator > 0 ? match.itemId.slice(0, separator) : ''),
      outcome,
      catalogueName: outcome.kind === 'ignored' ? '' : outcome.name,
      tier: outcome.tier,
      confidence: outcome.confidence,
      explanation: outcome.explanation,
      item,
    };
  });
}

export interface RowFilter {
  text: string;
  outcome: OutcomeKind | 'all';
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word of the search must appear in one of the visible columns, in any order. */
export function filterRows(rows: readonly InventoryRow[], filter: RowFilter): InventoryRow[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.outcome !== 'all' && row.outcome.kind !== filter.outcome) return false;
    if (!words.length) return true;
    const haystack = fold([row.name, row.version, row.publisher, row.source, row.catalogueName, row.explanation].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}

const SORT_LAST = Object.keys(TIER_RANK).length;
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compare(a: InventoryRow, b: InventoryRow, column: SortColumn): number {
  switch (column) {
    case 'outcome': return OUTCOME_RANK[a.outcome.kind] - OUTCOME_RANK[b.outcome.kind];
    case 'tier': {
      // Unmatched rows have no tier and sink to the end; within a tier, higher confidence first.
      const rank = (row: InventoryRow) => (row.tier ? TIER_RANK[row.tier] : SORT_LAST);
      return rank(a) - rank(b) || (b.confidence ?? 0) - (a.confidence ?? 0);
    }
    case 'catalogue': return collator.compare(a.catalogueName, b.catalogueName);
    default: return collator.compare(a[column], b[column]);
  }
}

/** Stable: rows that compare equal keep their order, and ties fall back to the name. */
export function sortRows(rows: readonly InventoryRow[], sort: TableSort): InventoryRow[] {
  const column = (SORT_COLUMNS as readonly string[]).includes(sort.column) ? (sort.column as SortColumn) : 'name';
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * (compare(a.row, b.row, column) || collator.compare(a.row.name, b.row.name)) || a.index - b.index)
    .map(({ row }) => row);
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function nextSort(current: TableSort, column: string): TableSort {
  return current.column === column ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' };
}

/**
 * Table entries: plain rows, or one group row per source (in order of first appearance in the sorted
 * rows) followed by its rows unless the group is collapsed.
 */
export function groupRows(
  rows: readonly InventoryRow[], groupBySource: boolean, collapsed: ReadonlySet<string>, groupLabel: (source: string) => string,
): VirtualEntry<InventoryRow>[] {
  if (!groupBySource) return rows.map((row) => ({ type: 'row', key: row.id, row }));
  const groups = new Map<string, InventoryRow[]>();
  for (const row of rows) {
    const group = groups.get(row.source);
    if (group) group.push(row);
    else groups.set(row.source, [row]);
  }
  const entries: VirtualEntry<InventoryRow>[] = [];
  for (const [source, members] of groups) {
    const expanded = !collapsed.has(source);
    entries.push({ type: 'group', key: `group:${source}`, label: groupLabel(source), count: members.length, expanded });
    if (expanded) for (const row of members) entries.push({ type: 'row', key: row.id, row });
  }
  return entries;
}
