/**
 * Reads the members of a ZIP held in memory (Intune report exports arrive as a ZIP with one CSV; a zipped
 * GLPI _inventories folder holds one JSON per host). Bounded against ZIP bombs: member count, member size
 * and total size are capped, and sizes are checked while inflating, not trusted from the header.
 */
import yauzl from 'yauzl';
import { formatSize } from './read-file';

export interface ZipLimits {
  maxMembers: number;
  maxMemberBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxMembers: 20_000, maxMemberBytes: 256 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024 };

export interface ZipMember {
  name: string;
  bytes: Buffer;
}

export interface ZipContents {
  members: ZipMember[];
  errors: { member?: string; reason: string }[];
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}


export function readZip(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipContents> {
  return new Promise((resolve) => {
    const contents: ZipContents = { members: [], errors: [] };
    let total = 0;
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) {
        contents.errors.push({ reason: `The ZIP archive is damaged and could not be opened (${openError?.message ?? 'unknown error'}).` });
        resolve(contents);
        return;
      }
      const finish = (): void => {
        zip.close();
        resolve(contents);
      };
      zip.on('error', (error: Error) => {
        contents.errors.push({ reason: `The ZIP archive is damaged: ${error.message}` });
        finish();
      });
      zip.on('end', () => resolve(contents));
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        // Folders and the resource forks macOS adds when zipping carry no data.
        if (name.endsWith('/') || name.startsWith('__MACOSX/') || name.split('/').pop()?.startsWith('.')) {
          zip.readEntry();
          return;
        }
        if (contents.members.length >= limits.maxMembers) {
          contents.errors.push({ reason: `The ZIP holds more than ${limits.maxMembers} files; only the first ${limits.maxMembers} were read.` });
          finish();
          return;
        }
        if (entry.uncompressedSize > limits.maxMemberBytes || total + entry.uncompressedSize > limits.maxTotalBytes) {
          contents.errors.push({ member: name, reason: `This file in the ZIP is too large to import (over ${formatSize(limits.maxMemberBytes)}, or the archive over ${formatSize(limits.maxTotalBytes)} unpacked); skipped.` });
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            contents.errors.push({ member: name, reason: `This file in the ZIP could not be unpacked (${streamError?.message ?? 'unknown error'}); skipped.` });
            zip.readEntry();
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', (error: Error) => {
            contents.errors.push({ member: name, reason: `This file in the ZIP is damaged (${error.message}); skipped.` });
            zip.readEntry();
          });
          stream.on('end', () => {
            const data = Buffer.concat(chunks);
            total += data.length;
            contents.members.push({ name, bytes: data });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
