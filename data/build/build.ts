/**
 * The catalogue build: read every data/sources/**.yaml, validate each file and then the whole set, and only when
 * nothing is wrong write catalogue.sqlite. Reading files is the only I/O here; parsing and validation are pure.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUE_SCHEMA_VERSION } from '../../electron/core/catalogue/schema-version';
import { compareBuildErrors, type BuildError } from './build-error';
import { parseSource, type ParsedSource } from './parse-source';
import { validateCatalogue } from './validate-catalogue';
import { countModel, latestVerifiedOn, writeCatalogue, type CatalogueCounts } from './write-catalogue';

export interface BuildOptions {
  sourcesDir: string;
  outFile: string;
  /** File names in errors are shown relative to this folder (the repository root when run by npm). */
  displayRoot: string;
}

export type BuildResult =
  | { ok: true; outFile: string; buildId: string; buildDate: string | null; counts: CatalogueCounts; files: number }
  | { ok: false; errors: BuildError[] };

interface SourceText {
  file: string;
  bytes: Buffer;
}

function listSourceFiles(sourcesDir: string): string[] {
  // A fresh checkout may have no data/sources folder at all (git keeps no empty folders): that is an empty catalogue.
  if (!existsSync(sourcesDir)) return [];
  return readdirSync(sourcesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/i.test(name))
    .map((name) => path.join(sourcesDir, name))
    .sort();
}

function readSource(file: string, shownAs: string): { ok: true; source: SourceText } | { ok: false; error: BuildError } {
  try {
    return { ok: true, source: { file: shownAs, bytes: readFileSync(file) } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    return { ok: false, error: { file: shownAs, line: 1, field: '', message: `cannot read the file: ${reason}` } };
  }
}

function decodeUtf8(source: SourceText): { ok: true; text: string } | { ok: false; error: BuildError } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(source.bytes) };
  } catch {
    return { ok: false, error: { file: source.file, line: 1, field: '', message: 'the file is not UTF-8 text; save it as UTF-8' } };
  }
}

/** Hash of every source file's name and bytes, in name order: equal sources give an equal build id. */
export function hashSources(sources: SourceText[]): string {
  const hash = createHash('sha256');
  for (const source of sources) hash.update(`${source.file}\n`).update(source.bytes).update('\n');
  return hash.digest('hex');
}

export function buildCatalogue(options: BuildOptions): BuildResult {
  const errors: BuildError[] = [];
  const texts: SourceText[] = [];
  for (const file of listSourceFiles(options.sourcesDir)) {
    const shownAs = path.relative(options.displayRoot, file).split(path.sep).join('/');
    const read = readSource(file, shownAs);
    if (read.ok) texts.push(read.source);
    else errors.push(read.error);
  }
  const parsed: ParsedSource[] = [];
  for (const source of texts) {
    const decoded = decodeUtf8(source);
    if (!decoded.ok) {
      errors.push(decoded.error);
      continue;
    }
    const result = parseSource(source.file, decoded.text);
    if (!result.ok) errors.push(...result.errors);
    if (result.source) parsed.push(result.source);
  }
  // Cross-file checks run even when some files failed, so one run shows every problem that can be found.
  const validation = validateCatalogue(parsed);
  if (!validation.ok) errors.push(...validation.errors);
  if (errors.length > 0 || !validation.ok) return { ok: false, errors: errors.sort(compareBuildErrors) };

  const sourceHash = hashSources(texts);
  const buildId = createHash('sha256').update(`${CATALOGUE_SCHEMA_VERSION}\n${sourceHash}`).digest('hex').slice(0, 16);
  const buildDate = latestVerifiedOn(validation.model);
  try {
    mkdirSync(path.dirname(options.outFile), { recursive: true });
    writeCatalogue(validation.model, { buildId, sourceHash, buildDate }, options.outFile);
  } catch (error) {
    // The sources are fine; the output folder is not (read-only, full, locked). The previous catalogue is untouched.
    const shownAs = path.relative(options.displayRoot, options.outFile).split(path.sep).join('/');
    return { ok: false, errors: [{ file: shownAs, line: 1, field: '', message: `cannot write the catalogue: ${(error as Error).message}` }] };
  }
  return { ok: true, outFile: options.outFile, buildId, buildDate, counts: countModel(validation.model), files: texts.length };
}
