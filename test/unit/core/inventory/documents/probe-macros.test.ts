import { describe, expect, it } from 'vitest';
import type { ProbeFile } from '../../../../../electron/core/inventory/documents/document-fs';
import { MAX_OLE_PROBE_BYTES, probeOle, probeZip } from '../../../../../electron/core/inventory/documents/probe-macros';
import { legacyExcel, legacyWord, ooxmlPackage } from './helpers/build-documents';

/** An in-memory file that records how many bytes were read, to prove probes stay small. */
function memoryFile(bytes: Buffer): ProbeFile & { bytesRead: number; closed: boolean } {
  const file = {
    bytesRead: 0,
    closed: false,
    read(buffer: Buffer, offset: number, length: number, position: number) {
      const copied = bytes.copy(buffer, offset, position, Math.min(bytes.length, position + length));
      file.bytesRead += copied;
      return copied;
    },
    close() {
      file.closed = true;
    },
  };
  return file;
}

describe('probeZip', () => {
  it('finds vbaProject.bin in a package, and nothing in a plain one', async () => {
    const withVba = ooxmlPackage('word', true);
    const without = ooxmlPackage('xl', false);
    expect(await probeZip(memoryFile(withVba), withVba.length)).toBe('vba');
    expect(await probeZip(memoryFile(without), without.length)).toBe('no-vba');
  });

  it('reads only the tail that holds the central directory of a large package', async () => {
    const large = ooxmlPackage('ppt', true, 400_000);
    const file = memoryFile(large);
    expect(await probeZip(file, large.length)).toBe('vba');
    expect(large.length).toBeGreaterThan(400_000);
    expect(file.bytesRead).toBeLessThanOrEqual(22 + 20 + 0xffff + 4); // the tail, plus the 4-byte signature at the start
  });

  it('reports files that are not zips, or are cut short, as failed', async () => {
    const notZip = Buffer.from('this is a text file renamed to .docx'.repeat(10));
    expect(await probeZip(memoryFile(notZip), notZip.length)).toBe('failed');
    const truncated = ooxmlPackage('word', false).subarray(0, 200);
    expect(await probeZip(memoryFile(truncated), truncated.length)).toBe('failed');
    expect(await probeZip(memoryFile(Buffer.alloc(0)), 0)).toBe('failed');
  });

  it('reports a read error as failed instead of throwing', async () => {
    const failing: ProbeFile = {
      read: () => {
        throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      },
      close: () => undefined,
    };
    expect(await probeZip(failing, 5000)).toBe('failed');
    expect(probeOle(failing, 5000)).toBe('failed');
  });
});

describe('probeOle', () => {
  it('finds VBA storages in legacy Word and Excel files', async () => {
    const word = legacyWord(true);
    const excel = legacyExcel(false);
    expect(probeOle(memoryFile(word), word.length)).toBe('vba');
    expect(probeOle(memoryFile(excel), excel.length)).toBe('no-vba');
  });

  it('reads only the signature of a file that is not a compound file', async () => {
    const html = Buffer.from('<html><body>An HTML table saved as .xls</body></html>'.repeat(1000));
    const file = memoryFile(html);
    expect(probeOle(file, html.length)).toBe('failed');
    expect(file.bytesRead).toBe(8);
  });

  it('leaves compound files above the size cap unprobed without reading them', async () => {
    const word = legacyWord(true);
    const file = memoryFile(word);
    expect(probeOle(file, MAX_OLE_PROBE_BYTES + 1)).toBe('too-large');
    expect(file.bytesRead).toBe(8);
  });

  it('reports a damaged compound file as failed', async () => {
    const damaged = Buffer.from(legacyWord(true));
    damaged.fill(0xff, 0x30, 0x200);
    expect(probeOle(memoryFile(damaged), damaged.length)).toBe('failed');
  });
});
