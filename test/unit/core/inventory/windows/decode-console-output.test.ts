import { describe, expect, it } from 'vitest';
import { decodeConsoleOutput } from '../../../../../electron/core/inventory/windows/decode-console-output';
import { fixtureBytes } from './fixtures';

describe('decodeConsoleOutput', () => {
  it('decodes UTF-16LE with BOM (PowerShell 5.1 redirection) and normalises CRLF', () => {
    const text = decodeConsoleOutput(fixtureBytes('reg-query-uninstall-hklm-de.utf16le.txt'));
    expect(text).toContain('Straßenverzeichnis Köln – Bürgerausgabe');
    expect(text).not.toContain('\r');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('decodes OEM code page 850 (piped reg.exe on a German Windows)', () => {
    const text = decodeConsoleOutput(fixtureBytes('reg-query-uninstall-hkcu-de.cp850.txt'));
    expect(text).toContain('Bürokalender für Ämter');
    expect(text).toContain('Schäfer & Söhne GmbH');
    expect(text).toContain('C:\\Users\\jürgen\\AppData\\Local\\slack');
  });

  it('decodes Windows-1252 when the accented bytes sit in the ANSI range', () => {
    expect(decodeConsoleOutput(Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0xc4, 0x72, 0x7a, 0x74, 0x65]))).toBe('Müller Ärzte');
  });

  it('keeps valid UTF-8 (chcp 65001) and strips a UTF-8 BOM', () => {
    expect(decodeConsoleOutput(Buffer.from('Grüße\r\n', 'utf8'))).toBe('Grüße\n');
    expect(decodeConsoleOutput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ä', 'utf8')]))).toBe('Ä');
  });

  it('recognises UTF-16LE without a BOM by its zero high bytes', () => {
    expect(decodeConsoleOutput(Buffer.from('HKEY_CURRENT_USER\\Software\r\n', 'utf16le'))).toBe('HKEY_CURRENT_USER\\Software\n');
  });

  it('returns empty text for empty output', () => {
    expect(decodeConsoleOutput(new Uint8Array())).toBe('');
  });
});
