/**
 * Pure decisions "does this container hold a VBA project?", taken from structure, never from the file name.
 *  - OOXML: the package has a part named vbaProject.bin (word/, xl/, ppt/, visio/ ...) [ECMA-376 / MS-OFFMACRO].
 *  - Word and Excel 97-2003: the compound file has a storage named VBA (Macros/VBA, _VBA_PROJECT_CUR/VBA)
 *    or a _VBA_PROJECT stream [MS-OVBA 2.2].
 *  - PowerPoint 97-2003 keeps its VBA storage compressed inside the "PowerPoint Document" stream, so the
 *    compound-file directory shows nothing; the stream carries a VBAInfoContainer whose VBAInfoAtom has
 *    fHasMacros = 1 [MS-PPT 2.4.10, 2.4.11].
 */
import * as CFB from 'cfb';

const VBA_PROJECT_PART = 'vbaproject.bin';

export function zipEntriesHaveVbaProject(entryNames: Iterable<string>): boolean {
  for (const name of entryNames) {
    const lower = name.toLowerCase();
    if (lower === VBA_PROJECT_PART || lower.endsWith(`/${VBA_PROJECT_PART}`)) return true;
  }
  return false;
}

/** The 8-byte signature every Compound File Binary starts with [MS-CFB 2.2]. */
export const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * VBAInfoContainer header (recVer 0xF, recInstance 0x001, recType RT_VbaInfo 0x03FF, recLen 0x14) followed by
 * the VBAInfoAtom header (recVer 0x2, recInstance 0, recType RT_VbaInfoAtom 0x0400, recLen 0x0C), little-endian.
 */
const PPT_VBA_INFO_HEADERS = Buffer.from([
  0x1f, 0x00, 0xff, 0x03, 0x14, 0x00, 0x00, 0x00,
  0x02, 0x00, 0x00, 0x04, 0x0c, 0x00, 0x00, 0x00,
]);
/** After the headers: persistIdRef (4 bytes), then fHasMacros (4 bytes). */
const PPT_HAS_MACROS_OFFSET = PPT_VBA_INFO_HEADERS.length + 4;

export type OleVerdict = 'vba' | 'no-vba' | 'not-ole';

/** Parses a whole compound file (cfb needs every sector to follow the allocation chains). Throws on corrupt input. */
export function oleHasVbaProject(bytes: Uint8Array): OleVerdict {
  if (bytes.length < CFB_SIGNATURE.length || !CFB_SIGNATURE.equals(bytes.subarray(0, CFB_SIGNATURE.length))) {
    return 'not-ole';
  }
  const container = CFB.parse(bytes, { type: 'buffer' });
  for (let i = 0; i < container.FileIndex.length; i++) {
    const entry = container.FileIndex[i];
    if (!entry) continue;
    const name = entry.name.toUpperCase();
    if ((name === 'VBA' && entry.type === STORAGE) || name === '_VBA_PROJECT') return 'vba';
    if (entry.name === 'PowerPoint Document' && entry.type === STREAM && pptStreamHasMacros(entry.content)) return 'vba';
  }
  return 'no-vba';
}

// CFB$EntryType values as cfb reports them (the .d.ts declares the enum but the module does not export it).
const STORAGE = 1;
const STREAM = 2;

function pptStreamHasMacros(content: CFB.CFB$Blob): boolean {
  const stream = Buffer.isBuffer(content) ? content : Buffer.from(content);
  for (let at = stream.indexOf(PPT_VBA_INFO_HEADERS); at !== -1; at = stream.indexOf(PPT_VBA_INFO_HEADERS, at + 1)) {
    const flagAt = at + PPT_HAS_MACROS_OFFSET;
    if (flagAt + 4 <= stream.length && stream.readUInt32LE(flagAt) === 1) return true;
  }
  return false;
}
