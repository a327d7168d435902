/**
 * Builds the documents the document-scan tests need, from the published formats, in memory:
 *  - zips with stored (uncompressed) entries per PKWARE APPNOTE.TXT 4.3 (local header, central directory, EOCD),
 *    since yauzl only reads;
 *  - OOXML packages per ECMA-376 Part 2 (Open Packaging Conventions), with or without a vbaProject.bin part;
 *  - compound files with cfb's writer (CFB.utils.cfb_new / cfb_add / CFB.write) per MS-CFB, with the VBA
 *    storage layout of MS-OVBA 2.2, and a PowerPoint Document stream holding a VBAInfoContainer per MS-PPT 2.4.10.
 */
import { crc32 } from 'node:zlib';
import * as CFB from 'cfb';

export function storedZip(entries: Array<{ name: string; data: Buffer | string }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDirectory, end]);
}

const MAIN_PART = {
  word: { part: 'word/document.xml', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' },
  xl: { part: 'xl/workbook.xml', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
  ppt: { part: 'ppt/presentation.xml', type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml' },
  visio: { part: 'visio/document.xml', type: 'application/vnd.ms-visio.drawing.main+xml' },
} as const;

/** A minimal OOXML package; `padding` grows the main part so the file is larger than yauzl's 64 KiB tail read. */
export function ooxmlPackage(app: keyof typeof MAIN_PART, withVba: boolean, padding = 0): Buffer {
  const main = MAIN_PART[app];
  const overrides = [`<Override PartName="/${main.part}" ContentType="${main.type}"/>`];
  if (withVba) overrides.push(`<Override PartName="/${app}/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>`);
  const contentTypes = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + `<Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`;
  const rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main.part}"/>`
    + '</Relationships>';
  const entries: Array<{ name: string; data: Buffer | string }> = [
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rels },
    { name: main.part, data: `<?xml version="1.0"?><root>${' '.repeat(padding)}</root>` },
  ];
  if (withVba) entries.push({ name: `${app}/vbaProject.bin`, data: oleFile({ '/VBA/_VBA_PROJECT': Buffer.from([0xcc, 0x61, 0xff, 0xff, 0, 0, 0]) }) });
  return storedZip(entries);
}

export function oleFile(streams: Record<string, Buffer>): Buffer {
  const container = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(container, name, data);
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** Word 97-2003: macros live in Macros/VBA (MS-OVBA 2.2.1). */
export function legacyWord(withVba: boolean): Buffer {
  const streams: Record<string, Buffer> = { '/WordDocument': Buffer.alloc(600, 1), '/1Table': Buffer.alloc(100, 2) };
  if (withVba) {
    streams['/Macros/VBA/_VBA_PROJECT'] = Buffer.from([0xcc, 0x61, 0xff, 0xff, 0, 0, 0]);
    streams['/Macros/VBA/dir'] = Buffer.alloc(40, 3);
    streams['/Macros/PROJECT'] = Buffer.from('ID="{00000000-0000-0000-0000-000000000000}"\r\n');
  }
  return oleFile(streams);
}

/** Excel 97-2003: macros live in _VBA_PROJECT_CUR/VBA. */
export function legacyExcel(withVba: boolean): Buffer {
  const streams: Record<string, Buffer> = { '/Workbook': Buffer.alloc(700, 1) };
  if (withVba) {
    streams['/_VBA_PROJECT_CUR/VBA/_VBA_PROJECT'] = Buffer.from([0xcc, 0x61, 0xff, 0xff, 0, 0, 0]);
    streams['/_VBA_PROJECT_CUR/VBA/dir'] = Buffer.alloc(40, 3);
  }
  return oleFile(streams);
}

/** PowerPoint 97-2003: a VBAInfoContainer (recInstance 1, RT_VbaInfo) holding a VBAInfoAtom (MS-PPT 2.4.10/2.4.11). */
export function legacyPowerPoint(hasMacros: boolean): Buffer {
  const record = Buffer.alloc(28);
  record.writeUInt16LE(0x001f, 0); // recVer 0xF, recInstance 0x001
  record.writeUInt16LE(0x03ff, 2); // RT_VbaInfo
  record.writeUInt32LE(0x14, 4);
  record.writeUInt16LE(0x0002, 8); // recVer 0x2, recInstance 0
  record.writeUInt16LE(0x0400, 10); // RT_VbaInfoAtom
  record.writeUInt32LE(0x0c, 12);
  record.writeUInt32LE(7, 16); // persistIdRef
  record.writeUInt32LE(hasMacros ? 1 : 0, 20); // fHasMacros
  record.writeUInt32LE(2, 24); // version
  const stream = Buffer.concat([Buffer.alloc(300, 0x11), record, Buffer.alloc(300, 0x22)]);
  return oleFile({ '/PowerPoint Document': stream, '/Current User': Buffer.alloc(40, 5) });
}
