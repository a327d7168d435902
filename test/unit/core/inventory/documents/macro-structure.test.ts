import { describe, expect, it } from 'vitest';
import { oleHasVbaProject, zipEntriesHaveVbaProject } from '../../../../../electron/core/inventory/documents/macro-structure';
import { legacyExcel, legacyPowerPoint, legacyWord, oleFile } from './helpers/build-documents';

describe('zipEntriesHaveVbaProject', () => {
  it('finds the VBA part in any Office application folder, whatever its case', () => {
    expect(zipEntriesHaveVbaProject(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin'])).toBe(true);
    expect(zipEntriesHaveVbaProject(['xl/VBAProject.bin'])).toBe(true);
    expect(zipEntriesHaveVbaProject(['visio/vbaProject.bin'])).toBe(true);
  });

  it('does not mistake similar names for a VBA project', () => {
    expect(zipEntriesHaveVbaProject(['word/document.xml', 'word/vbaData.xml', 'word/myvbaProject.bin.bak'])).toBe(false);
    expect(zipEntriesHaveVbaProject([])).toBe(false);
  });
});

describe('oleHasVbaProject', () => {
  it('finds the Word and Excel VBA storages', () => {
    expect(oleHasVbaProject(legacyWord(true))).toBe('vba');
    expect(oleHasVbaProject(legacyExcel(true))).toBe('vba');
  });

  it('reports compound files without a VBA storage as macro-free', () => {
    expect(oleHasVbaProject(legacyWord(false))).toBe('no-vba');
    expect(oleHasVbaProject(legacyExcel(false))).toBe('no-vba');
    expect(oleHasVbaProject(oleFile({ '/VBAish': Buffer.from('x') }))).toBe('no-vba');
  });

  it('reads fHasMacros from the PowerPoint VBAInfoAtom', () => {
    expect(oleHasVbaProject(legacyPowerPoint(true))).toBe('vba');
    expect(oleHasVbaProject(legacyPowerPoint(false))).toBe('no-vba');
  });

  it('says not-ole for anything without the compound-file signature', () => {
    expect(oleHasVbaProject(Buffer.from('{\\rtf1\\ansi hello}'))).toBe('not-ole');
    expect(oleHasVbaProject(Buffer.alloc(0))).toBe('not-ole');
  });

  it('throws on a damaged compound file so the caller can count it as failed', () => {
    const damaged = Buffer.from(legacyWord(true));
    damaged.fill(0xff, 0x30, 0x200);
    expect(() => oleHasVbaProject(damaged)).toThrow();
  });
});
