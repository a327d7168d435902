import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../electron/core/fleet/decode';
import { FIXTURES } from './read-fixture';

const bytes = (path: string): Buffer => readFileSync(join(FIXTURES, path));

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeBytes(Buffer.from('name,version\n'))).toEqual({ ok: true, text: 'name,version\n', encoding: 'utf-8' });
    const bom = decodeBytes(bytes('intune/AppInvRawData.csv'));
    expect(bom.ok && bom.encoding).toBe('utf-8-bom');
    expect(bom.ok && bom.text.startsWith('"ApplicationKey"')).toBe(true);
  });

  it('reads UTF-16LE with BOM (regedit) and without BOM (PowerShell script)', () => {
    const reg = decodeBytes(bytes('reg/PC-FIN-042.reg'));
    expect(reg.ok && reg.encoding).toBe('utf-16le');
    expect(reg.ok && reg.text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    const appx = decodeBytes(bytes('powershell/PC-MKT-019-appx.txt'));
    expect(appx.ok && appx.encoding).toBe('utf-16le');
    expect(appx.ok && appx.text.trimStart().startsWith('[')).toBe(true);
  });

  it('reads UTF-16BE with BOM', () => {
    const result = decodeBytes(bytes('corrupt/AppInvRawData-utf16be.csv'));
    expect(result.ok && result.encoding).toBe('utf-16be');
    expect(result.ok && result.text.startsWith('"ApplicationKey"')).toBe(true);
  });

  it('falls back to Windows-1252 for ANSI CSV saved by Excel', () => {
    const result = decodeBytes(bytes('csv/pdq-de-ansi.csv'));
    expect(result.ok && result.encoding).toBe('windows-1252');
    expect(result.ok && result.text).toContain('Gerätename;Anzeigename');
    expect(result.ok && result.text).toContain('Kämmerei');
  });

  it('refuses empty, blank and binary files with a message', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'The file is empty.' });
    expect(decodeBytes(Buffer.from('  \r\n\t'))).toEqual({ ok: false, reason: 'The file contains only blank space.' });
    const garbage = decodeBytes(bytes('corrupt/garbage.bin'));
    expect(garbage.ok).toBe(false);
    expect(!garbage.ok && garbage.reason).toMatch(/not text \(it contains binary data\)/);
  });
});
