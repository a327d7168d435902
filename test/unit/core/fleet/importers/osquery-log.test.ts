import { describe, expect, it } from 'vitest';
import { osqueryLogImporter } from '../../../../../electron/core/fleet/importers/osquery-log';
import { fixture } from '../read-fixture';

describe('osqueryd result log importer', () => {
  it('replays added/removed events in time order per host, with decorations as identity', () => {
    const { hosts, errors } = osqueryLogImporter.parse(fixture('osquery/osqueryd.results.log'));
    expect(hosts).toHaveLength(2);
    const fin = hosts.find((host) => host.identity.hostname === 'PC-FIN-042');
    expect(fin?.identity).toEqual({
      hardwareUuid: '4C4C4544-0034-3010-8048-B6C04F503732', hostname: 'PC-FIN-042', serial: undefined,
      toolId: '4C4C4544-0034-3010-8048-B6C04F503732', toolName: 'osquery',
    });
    expect(fin?.lastSeen).toBe('2026-10-18T08:12:47.000Z');
    expect(fin?.os).toEqual({ platform: 'windows' });
    expect(fin?.items.map((item) => `${item.name} ${item.version}`).sort()).toEqual([
      'Microsoft Visio - de-de 16.0.18025.20160',
      'Mozilla Firefox (x64 de) 131.0.3',
    ]);
    expect(fin?.items[0]?.evidence).toMatchObject({ importer: 'osquery-log', query: 'pack/Global/Installed programs' });
    expect(errors).toEqual([{
      file: 'osquery/osqueryd.results.log', record: 'query "pack/Global/Logged in users"',
      reason: 'This scheduled query does not return a software table (programs, apps, deb_packages, rpm_packages, homebrew_packages, chocolatey_packages); its rows were skipped.',
    }]);
  });

  it('replaces state with each snapshot and applies batch diffResults', () => {
    const { hosts } = osqueryLogImporter.parse(fixture('osquery/osqueryd.snapshots.log'));
    const byName = Object.fromEntries(hosts.map((host) => [host.identity.hostname, host.items.map((item) => item.name)]));
    expect(byName).toEqual({ 'PC-FIN-042': ['LibreOffice 24.8.2.1'], 'PC-LAGER-003': ['Thunderbird'] });
  });

  it('starts over when osqueryd restarts its differential (new epoch)', () => {
    const line = (epoch: number, counter: number, time: number, name: string): string => JSON.stringify({
      name: 'software', hostIdentifier: 'pc-1', unixTime: time, epoch, counter, numerics: false,
      columns: { name, publisher: 'X', version: '1' }, action: 'added',
    });
    const text = [line(1, 0, 100, 'Old App'), line(2, 0, 200, 'New App')].join('\n');
    expect(osqueryLogImporter.parse({ fileName: 'r.log', text }).hosts[0]?.items.map((item) => item.name)).toEqual(['New App']);
  });

  it('skips damaged lines with their line number and keeps the rest', () => {
    const good = fixture('osquery/osqueryd.results.log').text.split('\n')[0] ?? '';
    const result = osqueryLogImporter.parse({ fileName: 'r.log', text: `${good}\n{"name":"software","hostIdent\n${good}\n` });
    expect(result.hosts[0]?.items).toHaveLength(1);
    expect(result.errors).toEqual([{ file: 'r.log', line: 2, reason: 'The JSON ends too early: the file looks cut off. Export it again and check it was copied completely. This line was skipped.' }]);
  });

  it('detects result logs, not osqueryi arrays', () => {
    expect(osqueryLogImporter.detect(fixture('osquery/osqueryd.results.log'))).toBeGreaterThan(0.9);
    expect(osqueryLogImporter.detect(fixture('osquery/osqueryd.snapshots.log'))).toBeGreaterThan(0.9);
    expect(osqueryLogImporter.detect(fixture('osquery/PC-FIN-042.json'))).toBe(0);
  });
});
