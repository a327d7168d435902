import { describe, expect, it } from 'vitest';
import type { FleetHostRow, FleetProductRow } from '../../../../electron/shared/fleet';
import { hostLabel, nextSort, readProductKey, sortHostItems, sortHosts, sortProducts } from '../../../../renderer/features/fleet/fleet-rows';

const product = (name: string, installed: number, extra: Partial<FleetProductRow> = {}): FleetProductRow => ({
  key: `product:${name.toLowerCase()}`, kind: 'product', catalogueId: name.toLowerCase(), name, category: null,
  hostsInstalled: installed, hostsUsed30: 0, hostsUsed90: 0, aggregateDevices: [], ...extra,
});
const host = (id: number, hostname: string | null, extra: Partial<FleetHostRow> = {}): FleetHostRow => ({
  id, machineKey: `m${id}`, hostname, serial: null, osPlatform: 'windows', osName: null, tags: [], lastSeen: null, itemCount: 0, sources: [], ...extra,
});

describe('sortProducts', () => {
  const rows = [product('Visio', 3), product('Excel', 10), product('Zoom', 3, { aggregateDevices: [{ source: 'Intune', devices: 40 }, { source: 'Fleet', devices: 2 }] })];

  it('sorts by machines, then by name', () => {
    expect(sortProducts(rows, { column: 'installed', direction: 'desc' }).map((r) => r.name)).toEqual(['Excel', 'Visio', 'Zoom']);
    expect(sortProducts(rows, { column: 'installed', direction: 'asc' }).map((r) => r.name)).toEqual(['Visio', 'Zoom', 'Excel']);
  });

  it('sorts by name without regard to case, and by tool-reported devices', () => {
    expect(sortProducts([product('visio', 1), product('Excel', 1)], { column: 'name', direction: 'asc' }).map((r) => r.name)).toEqual(['Excel', 'visio']);
    expect(sortProducts(rows, { column: 'reported', direction: 'desc' })[0]!.name).toBe('Zoom');
  });
});

describe('nextSort', () => {
  it('reverses the same column and starts counts largest first, names from A', () => {
    expect(nextSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({ column: 'name', direction: 'desc' });
    expect(nextSort({ column: 'name', direction: 'asc' }, 'used90')).toEqual({ column: 'used90', direction: 'desc' });
    expect(nextSort({ column: 'used90', direction: 'desc' }, 'hostname')).toEqual({ column: 'hostname', direction: 'asc' });
  });
});

describe('hosts', () => {
  it('names a machine by hostname, else serial, else its key', () => {
    expect(hostLabel(host(1, 'PC-1'))).toBe('PC-1');
    expect(hostLabel(host(2, null, { serial: 'CZC123' }))).toBe('CZC123');
    expect(hostLabel(host(3, null))).toBe('m3');
  });

  it('sorts hostnames in natural order and rows as numbers', () => {
    const rows = [host(1, 'PC-10', { itemCount: 5 }), host(2, 'PC-9', { itemCount: 50 }), host(3, 'pc-1', { itemCount: 7 })];
    expect(sortHosts(rows, { column: 'hostname', direction: 'asc' }).map(hostLabel)).toEqual(['pc-1', 'PC-9', 'PC-10']);
    expect(sortHosts(rows, { column: 'rows', direction: 'desc' }).map((r) => r.itemCount)).toEqual([50, 7, 5]);
  });
});

describe('readProductKey', () => {
  it('reads the four kinds of stored product key', () => {
    expect(readProductKey('product:ms-visio')).toEqual({ kind: 'product', value: 'ms-visio' });
    expect(readProductKey('alternative:libreoffice')).toEqual({ kind: 'alternative', value: 'libreoffice' });
    expect(readProductKey('ignored:runtime or driver')).toEqual({ kind: 'ignored', value: 'runtime or driver' });
    expect(readProductKey('name:acme tool')).toEqual({ kind: 'other', value: 'acme tool' });
  });
});

describe('sortHostItems', () => {
  it('puts rows never used last when the newest use comes first', () => {
    const items = [
      { name: 'A', version: null, publisher: null, lastUsed: null, productKey: 'name:a', source: 'x' },
      { name: 'B', version: null, publisher: null, lastUsed: '2026-11-01', productKey: 'name:b', source: 'x' },
    ];
    expect(sortHostItems(items, { column: 'lastUsed', direction: 'desc' }).map((r) => r.name)).toEqual(['B', 'A']);
  });
});
