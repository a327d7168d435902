/**
 * Precision and recall of the matching engine on real inventory strings (test/fixtures/matching/corpus.csv)
 * against the real catalogue. Every miss is printed with what was expected, what came out, the tier and the
 * explanation, so a failing run says which rule or which catalogue entry to look at.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchableEntry } from '../../../electron/core/catalogue/types';
import { createMatcher } from '../../../electron/core/matching/matcher';
import { matchInventory } from '../../../electron/core/matching/match-inventory';
import { INPUT_KINDS, catalogueEntries, corpusItem, formatMiss, readCorpus, scoreCorpus, type CorpusRow } from './corpus';

const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;

describe('the matching corpus', () => {
  const rows: CorpusRow[] = readCorpus();

  it('holds at least 500 real strings of every common kind, about half of them confusing negatives, each with its source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(500);
    const negatives = rows.filter((row) => row.expected_kind === 'ignored').length;
    expect(negatives / rows.length).toBeGreaterThan(0.4);
    expect(negatives / rows.length).toBeLessThan(0.7);
    const kinds = new Set(rows.map((row) => row.input_kind));
    for (const kind of ['display_name', 'bundle_id', 'winget', 'appx_family', 'deb', 'flatpak', 'homebrew_cask'] as const) expect(kinds).toContain(kind);
    expect([...kinds].every((kind) => (INPUT_KINDS as readonly string[]).includes(kind))).toBe(true);
    expect(rows.filter((row) => !/^https:\/\/|^Debian /.test(row.seen_at)).map((row) => row.value)).toEqual([]);
    const keys = rows.map((row) => `${row.input_kind}|${row.value}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe('against the real catalogue', () => {
    let scratch = '';
    let entries: MatchableEntry[] = [];
    beforeAll(() => {
      scratch = mkdtempSync(path.join(tmpdir(), 'matching-corpus-'));
      entries = catalogueEntries(scratch);
    });
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('names only catalogue entries that exist', () => {
      const known = new Set(entries.map((entry) => `${entry.kind}:${entry.id}`));
      const unknown = rows.filter((row) => row.expected_kind !== 'ignored' && !known.has(`${row.expected_kind}:${row.expected_id}`));
      expect(unknown.map((row) => `${row.value} -> ${row.expected_kind}:${row.expected_id}`)).toEqual([]);
    });

    it(`matches with precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL}, and lists every miss`, () => {
      const matcher = createMatcher(entries);
      const result = matchInventory(matcher, rows.map((row, index) => corpusItem(row, `corpus:${index}`)));
      const score = scoreCorpus(rows, result.matches);
      const report = [
        `corpus: ${rows.length} rows, ${score.positives} positives, ${score.negatives} negatives, ${score.ambiguous} ambiguous (not scored)`,
        `precision ${score.precision.toFixed(4)} (${score.correct}/${score.predicted}), recall ${score.recall.toFixed(4)} (${score.correct}/${score.positives})`,
        `misses (${score.misses.length}):`,
        ...score.misses.map((miss) => `  ${formatMiss(miss)}`),
        'ambiguous rows:',
        ...score.ambiguousOutcomes.map((miss) => `  ${formatMiss(miss)}`),
      ].join('\n');
      console.log(report);
      expect(score.precision, report).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(score.recall, report).toBeGreaterThanOrEqual(MIN_RECALL);
    });
  });
});
