/**
 * The real sources in data/sources, as other editors commit them. While they have errors, the build must name the
 * file, line and field of each; once they build, the compiled catalogue must be deterministic and every entry must be
 * reachable through the repository and the search.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue, type BuildResult } from '../../../data/build/build';
import { openCatalogueRepository } from '../../../electron/core/catalogue/repository';

const SOURCES = path.resolve('data/sources');

describe('the real catalogue sources', () => {
  let dir = '';
  let first: BuildResult;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'catalogue-real-'));
    first = buildCatalogue({ sourcesDir: SOURCES, outFile: path.join(dir, 'first.sqlite'), displayRoot: process.cwd() });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('either build, or report every problem with a source file, a line and a message', () => {
    if (first.ok) return;
    for (const error of first.errors) {
      expect(error.file).toMatch(/^data\/sources\/.+\.ya?ml$/);
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.message.length).toBeGreaterThan(10);
    }
  });

  it('build to the same bytes twice', () => {
    if (!first.ok) return;
    const second = buildCatalogue({ sourcesDir: SOURCES, outFile: path.join(dir, 'second.sqlite'), displayRoot: process.cwd() });
    expect(second.ok).toBe(true);
    expect(readFileSync(path.join(dir, 'first.sqlite')).equals(readFileSync(path.join(dir, 'second.sqlite')))).toBe(true);
  });

  it('give every product at least two alternatives, one European, and find every entry by its name', () => {
    if (!first.ok) return;
    const opened = openCatalogueRepository(path.join(dir, 'first.sqlite'));
    if (!opened.ok) throw new Error(JSON.stringify(opened.status));
    const repo = opened.repository;
    try {
      const entries = repo.listMatchables();
      expect(entries).toHaveLength(first.counts.products + first.counts.alternatives);
      for (const entry of entries.filter((item) => item.kind === 'product')) {
        const alternatives = repo.getProduct(entry.id)?.alternatives ?? [];
        expect(alternatives.length, entry.id).toBeGreaterThanOrEqual(2);
        expect(alternatives[0]?.alternative.inEurope, `${entry.id} lists a European alternative first`).toBe(true);
      }
      const missed = entries.filter((entry) => !repo.search(entry.name).some((result) => result.id === entry.id));
      expect(missed.map((entry) => `${entry.id} (${entry.name})`)).toEqual([]);
    } finally {
      repo.close();
    }
  });
});
