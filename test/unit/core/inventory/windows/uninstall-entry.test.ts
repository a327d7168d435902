import { describe, expect, it } from 'vitest';
import { decodeConsoleOutput } from '../../../../../electron/core/inventory/windows/decode-console-output';
import { parseRegQuery } from '../../../../../electron/core/inventory/windows/parse-reg-query';
import type { UninstallEntry } from '../../../../../electron/core/inventory/windows/uninstall-entry';
import {
  isVisibleUninstallEntry, locateUninstallKey, parseInstallDate, uninstallEntriesFromRegKeys, uninstallEntryFromValues,
} from '../../../../../electron/core/inventory/windows/uninstall-entry';
import { fixtureBytes } from './fixtures';

const base: UninstallEntry = { scope: 'machine64', key: 'k', displayName: 'App', systemComponent: false, windowsInstaller: false };

describe('isVisibleUninstallEntry', () => {
  it.each([
    ['a plain program', base, true],
    ['an MSI product with a name', { ...base, windowsInstaller: true }, true],
    ['no DisplayName', { ...base, displayName: undefined }, false],
    ['SystemComponent = 1', { ...base, systemComponent: true }, false],
    ['an update nested under its parent', { ...base, parentKeyName: 'Office16.PROPLUS' }, false],
    ['ReleaseType Security Update', { ...base, releaseType: 'Security Update' }, false],
    ['ReleaseType Hotfix (any case)', { ...base, releaseType: 'hotfix' }, false],
    ['ReleaseType Service Pack', { ...base, releaseType: 'Service Pack' }, false],
    ['a KB article name', { ...base, displayName: 'Update for Windows (KB2468871)' }, false],
    ['a name that only contains KB letters', { ...base, displayName: 'KBackup 2' }, true],
  ])('%s → %s', (_label, entry, visible) => {
    expect(isVisibleUninstallEntry(entry as UninstallEntry)).toBe(visible);
  });
});

describe('parseInstallDate', () => {
  it.each([
    ['20250311', '2025-03-11'],
    ['2025-03-11', '2025-03-11'],
    ['3/11/2025', '2025-03-11'],
    [' 20241212 ', '2024-12-12'],
    ['20250230', undefined],
    ['2025311', undefined],
    ['gestern', undefined],
    [20250311, '2025-03-11'],
    [null, undefined],
  ])('%j → %s', (raw, iso) => {
    expect(parseInstallDate(raw)).toBe(iso);
  });
});

describe('locateUninstallKey', () => {
  it.each([
    ['HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\7-Zip', { scope: 'machine64', key: '7-Zip' }],
    ['HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{X}', { scope: 'machine32', key: '{X}' }],
    ['Microsoft.PowerShell.Core\\Registry::HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\slack', { scope: 'user', key: 'slack' }],
    ['HKU:\\S-1-5-21-1-2-3-1001\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Zoom', { scope: 'user', sid: 'S-1-5-21-1-2-3-1001', key: 'Zoom' }],
    ['HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Git_is1', { scope: 'machine64', key: 'Git_is1' }],
    ['HKEY_CLASSES_ROOT\\Installer\\Products\\X', undefined],
    ['7-Zip', undefined],
  ])('%s', (path, location) => {
    expect(locateUninstallKey(path)).toEqual(location);
  });
});

describe('uninstallEntryFromValues', () => {
  it('matches value names case-insensitively, cuts control characters and reads string DWORDs', () => {
    const entry = uninstallEntryFromValues({ scope: 'user', key: 'x' }, {
      displayname: 'Tool', DisplayVersion: '1.2.3\u0001garbage', SYSTEMCOMPONENT: '0x1', WindowsInstaller: '1', EstimatedSize: '42',
      Publisher: '   ', InstallDate: '20240101',
    });
    expect(entry).toEqual({
      scope: 'user', key: 'x', displayName: 'Tool', displayVersion: '1.2.3', systemComponent: true, windowsInstaller: true,
      estimatedSizeKb: 42, installDate: '2024-01-01',
    });
  });
});

describe('uninstallEntriesFromRegKeys', () => {
  const entries = uninstallEntriesFromRegKeys(parseRegQuery(decodeConsoleOutput(fixtureBytes('reg-query-uninstall-hklm-de.utf16le.txt'))));

  it('takes only direct children of Uninstall (not the /s sub-subkey)', () => {
    expect(entries).toHaveLength(11);
    expect(entries.some((e) => e.displayName?.startsWith('Not an entry'))).toBe(false);
  });

  it('normalises German values, M/D/YYYY dates and drops impossible dates', () => {
    const stadtplan = entries.find((e) => e.key === 'Stadtplan Köln');
    expect(stadtplan).toMatchObject({
      displayName: 'Straßenverzeichnis Köln – Bürgerausgabe', publisher: 'Stadtverwaltung Köln, Amt für Geoinformation',
      installDate: '2025-03-11', installLocation: '%ProgramFiles%\\Stadtplan Köln', scope: 'machine64',
    });
    const runtime = entries.find((e) => e.key === '{6C1D8E5F-3A2B-4F90-B7C4-1E9D0A3F5B82}');
    expect(runtime?.installDate).toBeUndefined();
    expect(runtime).toMatchObject({ systemComponent: true, windowsInstaller: true, estimatedSizeKb: 0x8a4 });
  });

  it('leaves exactly the programs ARP would list', () => {
    expect(entries.filter(isVisibleUninstallEntry).map((e) => e.key)).toEqual([
      '7-Zip', 'O365ProPlusRetail - de-de', 'O365ProPlusRetail - en-us', 'Stadtplan Köln',
      '{2B6F1C4A-8E3D-4C7B-9A51-6D0E8F2A1B37}', '{9E4A7C21-5D3F-4B8E-A6C0-2F1B7D9E3A54}',
    ]);
  });
});
