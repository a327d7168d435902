import { describe, expect, it } from 'vitest';
import { isRegExport, parseRegExport } from '../../../../electron/core/fleet/parse-reg-export';
import { fixture } from './read-fixture';

describe('parseRegExport', () => {
  const { keys, errors } = parseRegExport(fixture('reg/PC-FIN-042.reg').text);
  const key = (suffix: string) => keys.find((k) => k.path.endsWith(suffix));

  it('reads keys and typed values, skipping [-deleted] keys', () => {
    expect(errors).toEqual([]);
    expect(keys).toHaveLength(7);
    expect(keys.some((k) => k.path.includes('OldTool'))).toBe(false);
    const zip = key('\\7-Zip');
    expect(zip?.values.get('DisplayName')).toEqual({ type: 'sz', data: '7-Zip 24.08 (x64)' });
    expect(zip?.values.get('InstallLocation')).toEqual({ type: 'sz', data: 'C:\\Program Files\\7-Zip\\' });
    expect(zip?.values.get('UninstallString')).toEqual({ type: 'sz', data: '"C:\\Program Files\\7-Zip\\Uninstall.exe"' });
    expect(zip?.values.get('EstimatedSize')).toEqual({ type: 'dword', data: 0x15e4 });
  });

  it('joins wrapped hex lines and decodes hex(2), hex(7) and hex(b)', () => {
    expect(key('O365ProPlusRetail - de-de')?.values.get('DisplayIcon')).toEqual({
      type: 'expand-sz', data: '%ProgramFiles%\\Microsoft Office\\root\\Integration\\Addons\\accicons.exe',
    });
    const acrobat = key('{AC76BA86-7AD7-1031-7B44-AC0F074E4100}');
    expect(acrobat?.values.get('Languages')).toEqual({ type: 'multi-sz', data: ['de-DE', 'en-US'] });
    expect(acrobat?.values.get('InstallSizeQword')).toEqual({ type: 'qword', data: 123456789n });
    expect(acrobat?.values.get('Language')).toEqual({ type: 'dword', data: 0x407 });
  });

  it('reads REGEDIT4 files with ANSI hex strings and the default value', () => {
    const text = 'REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Software\\X]\r\n@="default"\r\n"Path"=hex(2):43,3a,5c,00\r\n';
    const [only] = parseRegExport(text).keys;
    expect(only?.values.get('')).toEqual({ type: 'sz', data: 'default' });
    expect(only?.values.get('Path')).toEqual({ type: 'expand-sz', data: 'C:\\' });
  });

  it('reports damaged lines with their line numbers and keeps the rest', () => {
    const text = [
      'Windows Registry Editor Version 5.00', '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]',
      '"Good"="yes"',
      '"Bad"=dword:zz',
      '"Unclosed="oops',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Y',
    ].join('\r\n');
    const result = parseRegExport(text);
    expect(result.keys[0]?.values.get('Good')).toEqual({ type: 'sz', data: 'yes' });
    expect(result.errors.map((error) => error.line)).toEqual([5, 6, 7]);
    expect(result.errors[0]?.reason).toBe('The value "Bad" of key HKEY_LOCAL_MACHINE\\SOFTWARE\\X could not be read; skipped.');
  });

  it('refuses text that is not a registry export', () => {
    expect(isRegExport('name,version')).toBe(false);
    expect(parseRegExport('name,version').errors).toEqual([{ line: 1, reason: 'This is not a registry export: the first line must be "Windows Registry Editor Version 5.00".' }]);
  });
});
