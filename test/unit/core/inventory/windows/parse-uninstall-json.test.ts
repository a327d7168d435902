import { describe, expect, it } from 'vitest';
import { parseUninstallJson } from '../../../../../electron/core/inventory/windows/parse-uninstall-json';
import { fixtureText } from './fixtures';

describe('parseUninstallJson', () => {
  it('reads our envelope: entries of every root plus the Click-to-Run values', () => {
    const result = parseUninstallJson(fixtureText('uninstall-powershell.json'));
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => [e.scope, e.sid ?? '', e.key])).toEqual([
      ['machine64', '', '7-Zip'],
      ['machine64', '', 'AddressBook'],
      ['machine64', '', 'O365ProPlusRetail - de-de'],
      ['machine64', '', 'O365ProPlusRetail - en-us'],
      ['machine64', '', '{6C1D8E5F-3A2B-4F90-B7C4-1E9D0A3F5B82}'],
      ['machine32', '', 'Microsoft Edge'],
      ['machine32', '', '{731F6BAA-A986-45A4-8936-7C3AAAAA760B}'],
      ['user', '', 'slack'],
      ['user', 'S-1-5-21-3623811015-3361044348-30300820-1013', 'ZoomUMX'],
    ]);
    expect(result.clickToRun?.releaseIds).toEqual(['O365ProPlusRetail', 'VisioProRetail']);
  });

  it('treats null as missing, empty strings as missing, numbers and numeric strings alike', () => {
    const { entries } = parseUninstallJson(fixtureText('uninstall-powershell.json'));
    expect(entries.find((e) => e.key === 'AddressBook')).toEqual({ scope: 'machine64', key: 'AddressBook', systemComponent: false, windowsInstaller: false });
    expect(entries.find((e) => e.key === '7-Zip')?.estimatedSizeKb).toBe(5622);
    const teams = entries.find((e) => e.key.startsWith('{731F6BAA'));
    expect(teams).toMatchObject({ estimatedSizeKb: 162562, systemComponent: false, windowsInstaller: true, installDate: '2024-02-12' });
    expect(teams?.installLocation).toBeUndefined();
  });

  it('accepts a single object (PowerShell 5.1 prints one result without brackets)', () => {
    const single = JSON.stringify({ PSPath: 'Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Git_is1', PSChildName: 'Git_is1', DisplayName: 'Git', DisplayVersion: '2.51.0', InstallDate: '20250901' });
    expect(parseUninstallJson(single).entries).toEqual([
      { scope: 'machine64', key: 'Git_is1', displayName: 'Git', displayVersion: '2.51.0', installDate: '2025-09-01', systemComponent: false, windowsInstaller: false },
    ]);
  });

  it('accepts key + scope records and an envelope holding a lone entry object', () => {
    const records = JSON.stringify([{ scope: 'machine32', key: 'Foo', DisplayName: 'Foo' }, { scope: 'bogus', key: 'Bar', DisplayName: 'Bar' }]);
    expect(parseUninstallJson(records).entries.map((e) => e.scope)).toEqual(['machine32', 'machine64']);
    const lone = JSON.stringify({ entries: { path: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\x', DisplayName: 'X' }, clickToRun: null });
    expect(parseUninstallJson(lone)).toEqual({ entries: [{ scope: 'user', key: 'x', displayName: 'X', systemComponent: false, windowsInstaller: false }], problems: [] });
  });

  it('returns nothing, without complaint, for null or empty output', () => {
    expect(parseUninstallJson('null')).toEqual({ entries: [], problems: [] });
    expect(parseUninstallJson('  \r\n')).toEqual({ entries: [], problems: [] });
    expect(parseUninstallJson('\uFEFF[]')).toEqual({ entries: [], problems: [] });
  });

  it('reports unreadable JSON and records without a key in plain words instead of throwing', () => {
    expect(parseUninstallJson('{"entries":[').problems[0]).toMatch(/^The list of installed programs is not readable JSON/);
    const result = parseUninstallJson('[{"DisplayName":"no key"}, 42, {"key":"ok","DisplayName":"Ok"}]');
    expect(result.entries.map((e) => e.key)).toEqual(['ok']);
    expect(result.problems).toEqual(['2 record(s) in the program list had no registry key and were skipped.']);
  });
});
