import { describe, expect, it } from 'vitest';
import { decodeConsoleOutput } from '../../../../../electron/core/inventory/windows/decode-console-output';
import { parseRegQuery, regValueData, regValuesByName } from '../../../../../electron/core/inventory/windows/parse-reg-query';
import { fixtureBytes } from './fixtures';

const UNINSTALL = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

describe('parseRegQuery', () => {
  const keys = parseRegQuery(decodeConsoleOutput(fixtureBytes('reg-query-uninstall-hklm-de.utf16le.txt')));
  const key = (name: string) => keys.find((k) => k.path === `${UNINSTALL}\\${name}`);

  it('finds every key line, including empty keys and sub-subkeys', () => {
    expect(keys).toHaveLength(12);
    expect(key('AddressBook')?.values).toEqual([]);
    expect(key('{2B6F1C4A-8E3D-4C7B-9A51-6D0E8F2A1B37}\\Extras')?.values).toHaveLength(1);
  });

  it('reads name, type and data, keeping spaces inside data', () => {
    expect(key('7-Zip')?.values[0]).toEqual({ name: 'DisplayName', type: 'REG_SZ', raw: '7-Zip 24.09 (x64)' });
    expect(regValuesByName(key('7-Zip')!).UninstallString).toBe('"C:\\Program Files\\7-Zip\\Uninstall.exe"');
  });

  it('accepts empty data with and without the trailing separator', () => {
    const withSeparator = regValuesByName(key('{2B6F1C4A-8E3D-4C7B-9A51-6D0E8F2A1B37}')!);
    const without = regValuesByName(key('{6C1D8E5F-3A2B-4F90-B7C4-1E9D0A3F5B82}')!);
    expect(withSeparator.Comments).toBe('');
    expect(without.Comments).toBe('');
    expect(without.DisplayName).toBe('Microsoft Visual C++ 2022 X64 Minimum Runtime - 14.42.34438');
  });

  it('types DWORD, QWORD, MULTI_SZ, BINARY and EXPAND_SZ data', () => {
    const values = regValuesByName(key('Stadtplan Köln')!);
    expect(values.InstallTime).toBe('0x1db8f3d3d319c00'); // a FILETIME does not fit a double exactly
    expect(values.InstallLocation).toBe('%ProgramFiles%\\Stadtplan Köln');
    expect(Array.from(values.DigitalProductID as Uint8Array)).toEqual([0xa4, 0, 0, 0, 3, 0, 0, 0, 0x30, 0x30, 0x30, 0x30]);
    const bundle = regValuesByName(key('{9E4A7C21-5D3F-4B8E-A6C0-2F1B7D9E3A54}')!);
    expect(bundle.BundleUpgradeCode).toEqual(['{C146EF48-4D31-3C3D-A2C5-1E91AF8A0A9B}', '{F899BAD3-98ED-308E-A905-56B5338963FF}']);
    expect(bundle.BundleAddonCode).toEqual([]);
    expect(bundle.Installed).toBe(1);
    expect(regValuesByName(key('7-Zip')!).EstimatedSize).toBe(5622);
  });

  it('keeps a localised default-value label as an ordinary value name', () => {
    expect(key('Stadtplan Köln')?.values[0]).toEqual({ name: '(Standard)', type: 'REG_SZ', raw: '' });
  });

  it('ignores text that is neither a key nor a value line', () => {
    const parsed = parseRegQuery('FEHLER: Der angegebene Registrierungsschlüssel wurde nicht gefunden.\n    Orphan    REG_SZ    x\nEnd of search: 0 match(es) found.\n');
    expect(parsed).toEqual([]);
  });

  it('leaves a QWORD beyond 2^53 as its hex text and bad hex BINARY as empty bytes', () => {
    expect(regValueData({ name: 'q', type: 'REG_QWORD', raw: '0xffffffffffffffff' })).toBe('0xffffffffffffffff');
    expect(regValueData({ name: 'b', type: 'REG_BINARY', raw: 'XYZ' })).toEqual(new Uint8Array());
  });
});
