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

/** Accents and case ignored. Most inventory text is ASCII, which has no accents to fold and skips normalising. */
const fold = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();

/**
 * Folding is the costly part of a search (Unicode normalisation), so each row's text is folded once and
 * reused for every keystroke. Rows are immutable; a new audit view makes new rows.
 */
const haystacks = new WeakMap<InventoryRow, string>();
function haystack(row: InventoryRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = fold([row.name, row.version, row.publisher, row.source, row.catalogueName, row.explanation].join('\n'));
    haystacks.set(row, text);
  }
  return text;
}

/** Every word of the search must appear in one of the visible columns, in any order. Keeps the rows' order. */
export function filterRows(rows: readonly InventoryRow[], filter: RowFilter): InventoryRow[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.outcome !== 'all' && row.outcome.kind !== filter.outcome) return false;
    return words.every((word) => haystack(row).includes(word));
  });
}

const SORT_LAST = Object.keys(TIER_RANK).length;
/** Wide enough for any version or build number, so "App 10" sorts after "App 9". */
const NUMBER_WIDTH = 12;

/**
 * A text's sort key: accents folded, case ignored, numbers padded so they compare by value. Comparing keys with
 * < is many times faster than Intl.Collator.compare, which keeps a click on a header quick at 10,000 rows.
 */
const textKey = (text: string) => fold(text).replace(/\d+/g, (digits) => digits.padStart(NUMBER_WIDTH, '0'));

/** Keys in column order: the column's own value first, the name to break ties. */
function sortKey(row: InventoryRow, column: SortColumn): Array<string | number> {
  const name = textKey(row.name);
  switch (column) {
    case 'outcome': return [OUTCOME_RANK[row.outcome.kind], name];
    // Unmatched rows have no tier and sink to the end; within a tier, higher confidence first.
    case 'tier': return [row.tier ? TIER_RANK[row.tier] : SORT_LAST, -(row.confidence ?? 0), name];
    case 'catalogue': return [textKey(row.catalogueName), name];
    default: return [textKey(row[column]), name];
  }
}

function compareKeys(a: Array<string | number>, b: Array<string | number>): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/** A row's key per column, computed on the first sort by that column and reused when the user clicks back. */
const sortKeys = new WeakMap<InventoryRow, Map<SortColumn, Array<string | number>>>();
function cachedSortKey(row: InventoryRow, column: SortColumn): Array<string | number> {
  let keys = sortKeys.get(row);
  if (!keys) {
    keys = new Map();
    sortKeys.set(row, keys);
  }
  let key = keys.get(column);
  if (!key) {
    key = sortKey(row, column);
    keys.set(column, key);
  }
  return key;
}

/** Stable: rows whose keys are equal keep their order. Keys are computed once per row, never per comparison. */
export function sortRows(rows: readonly InventoryRow[], sort: TableSort): InventoryRow[] {
  const column = (SORT_COLUMNS as readonly string[]).includes(sort.column) ? (sort.column as SortColumn) : 'name';
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: cachedSortKey(row, column) }))
    .sort((a, b) => sign * compareKeys(a.key, b.key) || a.index - b.index)
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
