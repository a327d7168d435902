import { describe, expect, it } from 'vitest';
import { hostKey, mergeHosts, normaliseHostname, normaliseSerial, normaliseUuid, PLACEHOLDER_UUIDS } from '../../../../electron/core/fleet/host-identity';
import type { ImportedHost } from '../../../../electron/core/fleet/importer';
import { makeItem } from '../../../../electron/core/fleet/import-record';

function host(identity: ImportedHost['identity'], name: string, extra: Partial<ImportedHost> = {}): ImportedHost {
  return { identity, tags: [], items: [makeItem('test', 'windows', { name })], ...extra };
}

describe('identity normalisation', () => {
  it('ignores firmware placeholder serials and UUIDs', () => {
    expect(normaliseSerial('To Be Filled By O.E.M.')).toBeUndefined();
    expect(normaliseSerial('Default string')).toBeUndefined();
    expect(normaliseSerial('0')).toBeUndefined();
    expect(normaliseSerial('System Serial Number')).toBeUndefined();
    expect(normaliseSerial(' 5cg1234xyz ')).toBe('5CG1234XYZ');
    for (const uuid of PLACEHOLDER_UUIDS) expect(normaliseUuid(uuid.toUpperCase())).toBeUndefined();
    expect(normaliseUuid('{4C4C4544-0034-3010-8048-B6C04F503732}')).toBe('4c4c4544-0034-3010-8048-b6c04f503732');
  });

  it('compares hostnames case-insensitively without the domain, and ignores IP addresses', () => {
    expect(normaliseHostname('PC-FIN-042.kreis.local')).toBe('pc-fin-042');
    expect(normaliseHostname('10.20.3.42')).toBeUndefined();
  });

  it('keys by serial, then UUID, then tool id, then hostname', () => {
    expect(hostKey({ serial: '5CG1', hardwareUuid: '4c4c4544-0034-3010-8048-b6c04f503732', hostname: 'a' })).toEqual({ key: 'serial:5CG1', kind: 'serial' });
    expect(hostKey({ serial: 'Default string', hardwareUuid: '4C4C4544-0034-3010-8048-B6C04F503732' })).toEqual({ key: 'uuid:4c4c4544-0034-3010-8048-b6c04f503732', kind: 'uuid' });
    expect(hostKey({ hardwareUuid: '03000200-0400-0500-0006-000700080009', toolId: '42', toolName: 'sccm' })).toEqual({ key: 'sccm:42', kind: 'tool' });
    expect(hostKey({ hostname: 'PC-1.corp' })).toEqual({ key: 'host:pc-1', kind: 'hostname' });
    expect(hostKey({})).toEqual({ key: 'unknown', kind: 'none' });
  });
});

describe('mergeHosts', () => {
  it('merges the same machine seen by Intune (name only) and GLPI (serial and UUID)', () => {
    const merged = mergeHosts([
      host({ hostname: 'PC-FIN-042', toolId: '5f1c', toolName: 'intune' }, 'Visio', { tags: ['Finanzen'], lastSeen: '2026-10-16T00:00:00.000Z', os: { platform: 'windows' } }),
      host({ serial: '5CG1234XYZ', hardwareUuid: '4C4C4544-0034-3010-8048-B6C04F503732', hostname: 'pc-fin-042.kreis.local', toolId: 'PC-FIN-042-2026', toolName: 'glpi' }, 'Zoom', { lastSeen: '2026-10-17T08:12:44.000Z', os: { platform: 'windows', name: 'Microsoft Windows 11 Pro', version: '10.0.22631' } }),
      host({ hardwareUuid: '4c4c4544-0034-3010-8048-b6c04f503732', toolName: 'osquery', toolId: '4C4C4544-0034-3010-8048-B6C04F503732' }, 'Firefox'),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      key: 'serial:5CG1234XYZ', identityKind: 'serial', serial: '5CG1234XYZ', hardwareUuid: '4c4c4544-0034-3010-8048-b6c04f503732', hostname: 'PC-FIN-042',
      toolIds: { intune: '5f1c', glpi: 'PC-FIN-042-2026', osquery: '4C4C4544-0034-3010-8048-B6C04F503732' },
      os: { platform: 'windows', name: 'Microsoft Windows 11 Pro', version: '10.0.22631' },
      tags: ['Finanzen'], lastSeen: '2026-10-17T08:12:44.000Z',
    });
    expect(merged[0]?.items.map((item) => item.name)).toEqual(['Visio', 'Zoom', 'Firefox']);
  });

  it('does not merge different machines that share a placeholder serial or UUID', () => {
    const merged = mergeHosts([
      host({ serial: 'To Be Filled By O.E.M.', hardwareUuid: '03000200-0400-0500-0006-000700080009', hostname: 'ws-1' }, 'A'),
      host({ serial: 'To Be Filled By O.E.M.', hardwareUuid: '03000200-0400-0500-0006-000700080009', hostname: 'ws-2' }, 'B'),
    ]);
    expect(merged.map((entry) => entry.key)).toEqual(['host:ws-1', 'host:ws-2']);
  });

  it('does not merge by hostname when serials disagree (a reused name)', () => {
    const merged = mergeHosts([
      host({ serial: 'AAA111', hostname: 'PC-OLD' }, 'A'),
      host({ serial: 'BBB222', hostname: 'pc-old' }, 'B'),
      host({ hostname: 'PC-OLD', toolId: '9', toolName: 'intune' }, 'C'),
    ]);
    expect(merged.map((entry) => [entry.key, entry.items.map((item) => item.name)])).toEqual([
      ['serial:AAA111', ['A', 'C']],
      ['serial:BBB222', ['B']],
    ]);
  });

  it('does not merge cloned VMs that share a UUID but have different serials', () => {
    const merged = mergeHosts([
      host({ serial: 'VM-1', hardwareUuid: '11111111-2222-3333-4444-555555555555' }, 'A'),
      host({ serial: 'VM-2', hardwareUuid: '11111111-2222-3333-4444-555555555555' }, 'B'),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('merges files of one tool for one device id', () => {
    const merged = mergeHosts([
      host({ toolId: '16777220', toolName: 'sccm' }, 'A'),
      host({ toolId: '16777220', toolName: 'sccm', hostname: 'PC-FIN-042' }, 'B'),
      host({ toolId: '16777220', toolName: 'intune' }, 'C'),
    ]);
    expect(merged.map((entry) => entry.items.length)).toEqual([2, 1]);
  });
});

describe('mergeHosts across real exports', () => {
  it('joins Intune apps to a GLPI inventory through the Intune device list', async () => {
    const { intuneCsvImporter } = await import('../../../../electron/core/fleet/importers/intune-csv');
    const { glpiJsonImporter } = await import('../../../../electron/core/fleet/importers/glpi-json');
    const { fixture } = await import('./read-fixture');
    const hosts = [
      ...intuneCsvImporter.parse(fixture('intune/AppInvRawData.csv')).hosts,
      ...intuneCsvImporter.parse(fixture('intune/AllDevices.csv')).hosts,
      ...glpiJsonImporter.parse(fixture('glpi/PC-FIN-042.json')).hosts,
    ];
    const merged = mergeHosts(hosts);
    expect(merged.map((entry) => [entry.key, entry.items.length, Object.keys(entry.toolIds).sort()])).toEqual([
      ['serial:5CG1234XYZ', 7, ['glpi', 'intune']],
      ['serial:C02XL0GHJGH5', 1, ['intune']],
    ]);
  });
});
