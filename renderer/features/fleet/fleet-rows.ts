/**
 * Sorting and labelling for the fleet tables: products across machines, machines, and one machine's
 * software rows. Pure, so the order and the product-key reading are tested without a screen.
 */
import type { TableSort } from '../../components/VirtualTable';
import type { FleetHostDetail, FleetHostRow, FleetProductRow } from '../../../electron/shared/fleet';

export function nextSort(current: TableSort, column: string): TableSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  // Counts are read largest first; names from A.
  return { column, direction: column === 'name' || column === 'kind' || column === 'hostname' || column === 'os' ? 'asc' : 'desc' };
}

type Key = string | number;

function sortBy<T>(rows: readonly T[], sort: TableSort, keys: Record<string, (row: T) => Key>, tieBreak: (row: T) => string): T[] {
  const key = keys[sort.column] ?? keys[Object.keys(keys)[0]!]!;
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: Key, b: Key) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), undefined, { sensitivity: 'base', numeric: true }));
  return [...rows].sort((a, b) => sign * compare(key(a), key(b)) || tieBreak(a).localeCompare(tieBreak(b)));
}

/** The core sends null when no machine reported a last use; unknown sorts below zero. */
const usage = (count: number | null): number => count ?? -1;

/** Tool-reported device counts summed per product only to sort by; the screen shows them per tool. */
const reportedDevices = (row: FleetProductRow) => row.aggregateDevices.reduce((sum, source) => sum + source.devices, 0);

export function sortProducts(rows: readonly FleetProductRow[], sort: TableSort): FleetProductRow[] {
  return sortBy(rows, sort, {
    name: (r) => r.name, kind: (r) => r.kind, installed: (r) => r.hostsInstalled, used30: (r) => usage(r.hostsUsed30), used90: (r) => usage(r.hostsUsed90),
    reported: reportedDevices,
  }, (r) => r.name);
}

export const hostLabel = (host: Pick<FleetHostRow, 'hostname' | 'serial' | 'machineKey'>): string => host.hostname ?? host.serial ?? host.machineKey;

export function sortHosts(rows: readonly FleetHostRow[], sort: TableSort): FleetHostRow[] {
  return sortBy(rows, sort, {
    hostname: hostLabel, os: (r) => r.osName ?? r.osPlatform ?? '', tags: (r) => r.tags.join(', '), lastSeen: (r) => r.lastSeen ?? '',
    sources: (r) => r.sources.join(', '), rows: (r) => r.itemCount,
  }, hostLabel);
}

export type ProductKeyKind = 'product' | 'alternative' | 'ignored' | 'other';

/** A row's product key as stored by the fleet import: `product:<id>`, `alternative:<id>`, `ignored:<reason>` or `name:<title>`. */
export function readProductKey(key: string): { kind: ProductKeyKind; value: string } {
  const colon = key.indexOf(':');
  const prefix = key.slice(0, colon);
  const value = key.slice(colon + 1);
  if (prefix === 'product' || prefix === 'alternative' || prefix === 'ignored') return { kind: prefix, value };
  return { kind: 'other', value: colon < 0 ? key : value };
}

export type HostItem = FleetHostDetail['items'][number];

export function sortHostItems(rows: readonly HostItem[], sort: TableSort): HostItem[] {
  return sortBy(rows, sort, {
    name: (r) => r.name, version: (r) => r.version ?? '', publisher: (r) => r.publisher ?? '', lastUsed: (r) => r.lastUsed ?? '',
    match: (r) => r.productKey, source: (r) => r.source,
  }, (r) => `${r.name} ${r.version ?? ''}`);
}
