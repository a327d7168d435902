/** Builds the valid fixture sources (test/fixtures/catalogue/valid) into a temporary catalogue for a test file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildCatalogue } from '../../../../data/build/build';
import { openCatalogueRepository, type CatalogueRepository } from '../../../../electron/core/catalogue/repository';

export const VALID_SOURCES = path.resolve('test/fixtures/catalogue/valid');

export function buildFixtureCatalogue(): { file: string; dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'catalogue-fixture-'));
  const file = path.join(dir, 'catalogue.sqlite');
  const result = buildCatalogue({ sourcesDir: VALID_SOURCES, outFile: file, displayRoot: VALID_SOURCES });
  if (!result.ok) throw new Error(`the valid fixture does not build: ${JSON.stringify(result.errors)}`);
  return { file, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For a describe block: builds the fixture catalogue before its tests, opens it, and removes both after.
 * The returned getter gives the open repository inside the tests.
 */
export function useFixtureRepository(): () => CatalogueRepository {
  let fixture: ReturnType<typeof buildFixtureCatalogue> | undefined;
  let repo: CatalogueRepository | undefined;
  beforeAll(() => {
    fixture = buildFixtureCatalogue();
    const opened = openCatalogueRepository(fixture.file);
    if (!opened.ok) throw new Error(JSON.stringify(opened.status));
    repo = opened.repository;
  });
  afterAll(() => {
    repo?.close();
    fixture?.cleanup();
  });
  return () => {
    if (!repo) throw new Error('the fixture repository is only open inside the tests');
    return repo;
  };
}
