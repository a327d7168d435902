/**
 * The only file-system calls the document scan makes, behind an interface so tests can simulate what a root
 * user cannot: folders that refuse to be listed, files that refuse to open, Windows reparse points.
 *
 * The calls are synchronous on purpose. An asynchronous call costs a round trip through libuv's thread pool;
 * listing the 100,000-file benchmark tree took 166-230 ms that way against 75-90 ms synchronously, and a stat per
 * document multiplies the gap. The scan therefore works in short time slices and yields to the event loop
 * between them (scan-documents.ts), which keeps progress and cancellation responsive. The price: a call on an
 * unresponsive network share blocks until the share answers, so the scan belongs in a utility process or the
 * CLI rather than in the window's main process.
 */
import { closeSync, lstatSync, openSync, opendirSync, readSync, type Dir } from 'node:fs';

export interface DirEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** An open directory, read a batch at a time: memory does not grow with the folder's size. */
export interface DirHandle {
  /** The next entry, or null at the end. */
  read(): DirEntry | null;
  close(): void;
}

export interface FileStat {
  size: number;
  /** Allocated 512-byte blocks; 0 with size > 0 means the content is not on this disk (cloud placeholder). */
  blocks: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** A file opened for positional reads. */
export interface ProbeFile {
  /** Bytes actually read (0 at the end of the file). */
  read(buffer: Buffer, offset: number, length: number, position: number): number;
  close(): void;
}

export interface DocumentFs {
  opendir(path: string): DirHandle;
  lstat(path: string): FileStat;
  open(path: string): ProbeFile;
}

/** Entries fetched per directory read: fewer system calls than Node's default of 32. */
const DIR_BUFFER_SIZE = 256;

/** A class rather than an object of closures: a scan opens thousands of files, each closure is an allocation. */
class NodeProbeFile implements ProbeFile {
  private readonly fd: number;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  read(buffer: Buffer, offset: number, length: number, position: number): number {
    return readSync(this.fd, buffer, offset, length, position);
  }

  close(): void {
    closeSync(this.fd);
  }
}

class NodeDirHandle implements DirHandle {
  private readonly dir: Dir;

  constructor(path: string) {
    this.dir = opendirSync(path, { bufferSize: DIR_BUFFER_SIZE });
  }

  read(): DirEntry | null {
    return this.dir.readSync();
  }

  close(): void {
    this.dir.closeSync();
  }
}

export const nodeDocumentFs: DocumentFs = {
  opendir: (path) => new NodeDirHandle(path),
  lstat: (path) => lstatSync(path),
  open: (path) => new NodeProbeFile(path),
};
