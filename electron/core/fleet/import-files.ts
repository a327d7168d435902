/**
 * Imports the files a user names: folders expanded, ZIPs opened, each file decoded, detected and parsed
 * on its own. One bad file becomes an error naming it and the rest still import. Results come out one
 * file at a time (importEachFile) so a caller can store them without holding the whole fleet in memory.
 */
import { decodeBytes } from './decode';
import { detectFormat } from './detect-format';
import type { Importer, ImportResult } from './importer';
import { IMPORTERS } from './importers/index';
import { DEFAULT_READ_LIMITS, listImportFiles, readImportFile, type ReadLimits } from './read-file';
import { DEFAULT_ZIP_LIMITS, isZip, readZip, type ZipLimits } from './unzip';

export interface ImportFilesOptions {
  readLimits?: ReadLimits;
  zipLimits?: ZipLimits;
  importers?: readonly Importer[];
  signal?: AbortSignal;
}

export interface FileImport {
  /** The path, or `archive.zip › member` for a file inside a ZIP. */
  file: string;
  importer?: { id: string; label: string };
  encoding?: string;
  result: ImportResult;
}

function failed(file: string, reason: string): FileImport {
  return { file, result: { hosts: [], aggregates: [], errors: [{ file, reason }] } };
}

function importBytes(file: string, bytes: Uint8Array, importers: readonly Importer[]): FileImport {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failed(file, decoded.reason);
  const input = { fileName: file, text: decoded.text };
  const detected = detectFormat(input, importers);
  if (!detected.ok) return failed(file, detected.reason);
  try {
    return {
      file,
      importer: { id: detected.importer.id, label: detected.importer.label },
      encoding: decoded.encoding,
      result: detected.importer.parse(input),
    };
  } catch (error) {
    // Importers report problems as data; this only catches a defect, and keeps it to this one file.
    return failed(file, `Switchyard could not read this ${detected.importer.label} file (${error instanceof Error ? error.message : String(error)}). Please report this.`);
  }
}

export async function* importEachFile(paths: readonly string[], options: ImportFilesOptions = {}): AsyncGenerator<FileImport> {
  const importers = options.importers ?? IMPORTERS;
  const limits = options.readLimits ?? DEFAULT_READ_LIMITS;
  const listed = await listImportFiles(paths, limits);
  for (const error of listed.errors) yield failed(error.file, error.reason);
  // The next file is read while this one is parsed, so disk and CPU work overlap; one file ahead bounds memory.
  let next = listed.files[0] === undefined ? undefined : readImportFile(listed.files[0], limits);
  for (const [index, path] of listed.files.entries()) {
    if (options.signal?.aborted || !next) return;
    const read = await next;
    const following = listed.files[index + 1];
    next = following === undefined ? undefined : readImportFile(following, limits);
    if (!read.ok) {
      yield failed(path, read.reason);
      continue;
    }
    if (!isZip(read.bytes)) {
      yield importBytes(path, read.bytes, importers);
      continue;
    }
    const zip = await readZip(read.bytes, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
    for (const error of zip.errors) yield failed(error.member ? `${path} › ${error.member}` : path, error.reason);
    for (const member of zip.members) {
      if (options.signal?.aborted) return;
      yield importBytes(`${path} › ${member.name}`, member.bytes, importers);
    }
  }
}

/** All files' results in one list, for callers that want everything at once (tests, small imports). */
export async function importFiles(paths: readonly string[], options: ImportFilesOptions = {}): Promise<ImportResult & { files: Omit<FileImport, 'result'>[] }> {
  const combined: ImportResult & { files: Omit<FileImport, 'result'>[] } = { hosts: [], aggregates: [], errors: [], files: [] };
  for await (const { result, ...file } of importEachFile(paths, options)) {
    combined.files.push(file);
    combined.hosts.push(...result.hosts);
    combined.aggregates.push(...result.aggregates);
    combined.errors.push(...result.errors);
  }
  return combined;
}
