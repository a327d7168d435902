/**
 * Reads just enough of a document to let macro-structure.ts decide whether it holds a VBA project.
 *  - OOXML: the file's last 64 KiB are read once; that is where yauzl looks for the end-of-central-directory
 *    record, and the central directory of an Office package almost always sits inside it too, so yauzl's
 *    reads are served from memory. Entry data is never read or inflated.
 *  - Compound files: the first read checks the signature; cfb then needs the whole container, so files above
 *    MAX_OLE_PROBE_BYTES are left unprobed rather than held in memory.
 */
import * as yauzl from 'yauzl';
import type { ProbeFile } from './document-fs';
import { CFB_SIGNATURE, oleHasVbaProject, zipEntriesHaveVbaProject } from './macro-structure';

export type ProbeResult = 'vba' | 'no-vba' | 'failed' | 'too-large';

/** yauzl reads min(size, 22 + 20 + 65535) bytes from the end to find the end-of-central-directory record. */
const ZIP_TAIL_BYTES = 22 + 20 + 0xffff;
/** An empty zip is one 22-byte end-of-central-directory record (APPNOTE.TXT 4.3.16). */
const ZIP_MIN_BYTES = 22;
/** A version 3 compound file is at least its header, one FAT sector and one directory sector (MS-CFB 2.2). */
const OLE_MIN_BYTES = 3 * 512;

/** Files too small to be the container their name claims are answered without opening them. */
export function tooSmallToProbe(container: 'zip' | 'ole', size: number): boolean {
  return size < (container === 'zip' ? ZIP_MIN_BYTES : OLE_MIN_BYTES);
}

/**
 * cfb parses the whole compound file. Legacy Word/Excel files with macros are rarely above a few MB;
 * 32 MiB keeps a probe's memory bounded while covering nearly all of them.
 */
export const MAX_OLE_PROBE_BYTES = 32 * 1024 * 1024;

/** Office packages have tens of parts; a zip with far more is not an Office document worth walking. */
const MAX_ZIP_ENTRIES = 10_000;

/** Serves yauzl's reads from the tail already read when they fall inside it, and from the file otherwise. */
class TailCachedReader extends yauzl.RandomAccessReader {
  constructor(private readonly file: ProbeFile, private readonly tailStart: number, private readonly tail: Buffer) {
    super();
  }

  override read(
    buffer: Buffer, offset: number, length: number, position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    let bytesRead: number;
    try {
      if (position >= this.tailStart && position + length <= this.tailStart + this.tail.length) {
        bytesRead = this.tail.copy(buffer, offset, position - this.tailStart, position - this.tailStart + length);
      } else {
        bytesRead = this.file.read(buffer, offset, length, position);
      }
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback(null, bytesRead);
  }
}

const LOCAL_FILE_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/**
 * Reads the tail once and rejects what cannot be a zip before yauzl searches it byte by byte: an Office
 * package starts with a local file header and ends with an end-of-central-directory record.
 */
export function probeZip(file: ProbeFile, size: number): Promise<ProbeResult> {
  if (tooSmallToProbe('zip', size)) return Promise.resolve('failed');
  let tail: Buffer;
  const tailStart = size - Math.min(size, ZIP_TAIL_BYTES);
  try {
    // Unzeroed: readFully fills every byte or throws. Most probes are small files, served from Node's buffer pool.
    tail = Buffer.allocUnsafe(size - tailStart);
    readFully(file, tail, tailStart);
    const head = tailStart === 0 ? tail.subarray(0, LOCAL_FILE_HEADER.length) : Buffer.allocUnsafe(LOCAL_FILE_HEADER.length);
    if (tailStart > 0) readFully(file, head, 0);
    if (!LOCAL_FILE_HEADER.equals(head) || tail.lastIndexOf(END_OF_CENTRAL_DIRECTORY) === -1) {
      return Promise.resolve('failed');
    }
  } catch {
    return Promise.resolve('failed');
  }
  return walkCentralDirectory(new TailCachedReader(file, tailStart, tail), size);
}

/** Walks the central directory entry by entry and stops at the first vbaProject.bin. */
function walkCentralDirectory(reader: TailCachedReader, size: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const options = { autoClose: false, lazyEntries: true, decodeStrings: true };
    try {
      yauzl.fromRandomAccessReader(reader, size, options, (openError, zip) => {
        if (openError) {
          resolve('failed');
          return;
        }
        const finish = (result: ProbeResult): void => {
          zip.close();
          resolve(result);
        };
        if (zip.entryCount > MAX_ZIP_ENTRIES) return finish('failed');
        if (zip.entryCount === 0) return finish('no-vba');
        zip.on('error', () => finish('failed'));
        zip.on('entry', (entry: yauzl.Entry) => {
          if (zipEntriesHaveVbaProject([entry.fileName])) finish('vba');
          else if (zip.entriesRead >= zip.entryCount) finish('no-vba');
          // Reads are synchronous, so ask for the next entry on a fresh stack rather than recursing.
          else queueMicrotask(() => zip.readEntry());
        });
        zip.readEntry();
      });
    } catch {
      resolve('failed');
    }
  });
}

export function probeOle(file: ProbeFile, size: number): ProbeResult {
  if (tooSmallToProbe('ole', size)) return 'failed';
  try {
    const head = Buffer.allocUnsafe(Math.min(size, CFB_SIGNATURE.length));
    readFully(file, head, 0);
    if (!CFB_SIGNATURE.equals(head)) return 'failed';
    if (size > MAX_OLE_PROBE_BYTES) return 'too-large';
    const whole = Buffer.allocUnsafe(size);
    head.copy(whole);
    readFully(file, whole.subarray(head.length), head.length);
    return oleHasVbaProject(whole) === 'vba' ? 'vba' : 'no-vba';
  } catch {
    return 'failed';
  }
}

function readFully(file: ProbeFile, target: Buffer, position: number): void {
  let done = 0;
  while (done < target.length) {
    const bytesRead = file.read(target, done, target.length - done, position + done);
    if (bytesRead === 0) throw new Error('file ended early');
    done += bytesRead;
  }
}
