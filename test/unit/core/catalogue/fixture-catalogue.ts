/** Builds the valid fixture sources (test/fixtures/catalogue/valid) into a temporary catalogue for a test file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCatalogue } from '../../../../data/build/build';

export const VALID_SOURCES = path.resolve('test/fixtures/catalogue/valid');

export function buildFixtureCatalogue(): { file: string; dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'catalogue-fixture-'));
  const file = path.join(dir, 'catalogue.sqlite');
  const result = buildCatalogue({ sourcesDir: VALID_SOURCES, outFile: file, displayRoot: VALID_SOURCES });
  if (!result.ok) throw new Error(`the valid fixture does not build: ${JSON.stringify(result.errors)}`);
  return { file, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
