/**
 * The matching corpus (test/fixtures/matching/corpus.csv): real inventory strings with the catalogue entry they
 * should match, turned into the InventoryItems a collector or importer would produce, and scored.
 * Shared by the precision/recall test and the matching benchmark, so both measure the same thing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { InventoryItem, ItemIdentifiers, ObservationSource, Platform } from '../../../electron/shared/inventory';
import type { ItemMatch } from '../../../electron/shared/matching';
import { buildCatalogue } from '../../../data/build/build';
import { openCatalogueRepository } from '../../../electron/core/catalogue/repository';
import type { MatchableEntry } from '../../../electron/core/catalogue/types';

export const CORPUS_FILE = path.resolve('test/fixtures/matching/corpus.csv');

export const INPUT_KINDS = ['display_name', 'bundle_id', 'winget', 'appx_family', 'deb', 'rpm', 'flatpak', 'snap', 'exe', 'homebrew_cask'] as const;

const CorpusRowSchema = z.object({
  input_kind: z.enum(INPUT_KINDS),
  value: z.string().min(1),
  publisher: z.string(),
  platform: z.enum(['windows', 'macos', 'linux']),
  expected_kind: z.enum(['product', 'alternative', 'ignored']),
  expected_id: z.string(),
  ambiguous: z.enum(['0', '1']),
  seen_at: z.string().min(1),
}).strict().refine((row) => (row.expected_kind === 'ignored') === (row.expected_id === ''), {
  message: 'expected_id must be empty exactly when expected_kind is ignored',
});
export type CorpusRow = z.infer<typeof CorpusRowSchema>;

/** Parses the corpus; a malformed row throws with its line number, because the corpus is hand-edited. */
export function readCorpus(file = CORPUS_FILE): CorpusRow[] {
  const records = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as unknown[];
  return records.map((record, index) => {
    const parsed = CorpusRowSchema.safeParse(record);
    if (!parsed.success) throw new Error(`${path.basename(file)} line ${index + 2}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    return parsed.data;
  });
}

/** Where each kind of string comes from on a real machine, and which identifier field carries it. */
const ITEM_SHAPE: Record<CorpusRow['input_kind'], { source: ObservationSource; identifier?: keyof ItemIdentifiers }> = {
  display_name: { source: 'uninstall-registry' },
  bundle_id: { source: 'app-bundle', identifier: 'bundleId' },
  winget: { source: 'import', identifier: 'wingetId' },
  appx_family: { source: 'appx', identifier: 'appxFamily' },
  deb: { source: 'dpkg', identifier: 'packageName' },
  rpm: { source: 'rpm', identifier: 'packageName' },
  flatpak: { source: 'flatpak', identifier: 'flatpakId' },
  snap: { source: 'snap', identifier: 'snapName' },
  exe: { source: 'process', identifier: 'exe' },
  homebrew_cask: { source: 'homebrew', identifier: 'packageName' },
};

/**
 * The item a collector would report for this string. Identifier rows carry no better name than the identifier
 * itself (an import of a winget export, a flatpak without a Name), which is the hardest case for the name tiers.
 */
export function corpusItem(row: CorpusRow, id: string, name = row.value): InventoryItem {
  const shape = ITEM_SHAPE[row.input_kind];
  return {
    id,
    platform: row.platform as Platform,
    source: shape.source,
    name,
    ...(row.publisher ? { publisher: row.publisher } : {}),
    identifiers: shape.identifier ? { [shape.identifier]: row.value } : {},
    linkedTo: [],
    evidence: {},
  };
}

export interface CorpusMiss {
  row: CorpusRow;
  expected: string;
  got: string;
  tier: string;
  explanation: string;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  positives: number;
  negatives: number;
  ambiguous: number;
  correct: number;
  predicted: number;
  misses: CorpusMiss[];
  /** Ambiguous rows are not scored; their outcomes are listed so a reader can judge them. */
  ambiguousOutcomes: CorpusMiss[];
}

const label = (kind: string, id: string): string => (kind === 'ignored' ? 'ignored' : `${kind}:${id}`);

/**
 * Precision = correct positive matches / all positive predictions; recall = correct positive matches / all
 * expected positives. A positive matched to the wrong entry counts against both.
 */
export function scoreCorpus(rows: readonly CorpusRow[], matches: readonly ItemMatch[]): CorpusScore {
  const score: CorpusScore = { precision: 0, recall: 0, positives: 0, negatives: 0, ambiguous: 0, correct: 0, predicted: 0, misses: [], ambiguousOutcomes: [] };
  rows.forEach((row, index) => {
    const outcome = matches[index]!.outcome;
    const got = outcome.kind === 'ignored' ? 'ignored' : label(outcome.kind, outcome.catalogueId);
    const expected = label(row.expected_kind, row.expected_id);
    const detail: CorpusMiss = { row, expected, got, tier: outcome.tier ?? '-', explanation: outcome.explanation };
    if (row.ambiguous === '1') {
      score.ambiguous++;
      score.ambiguousOutcomes.push(detail);
      return;
    }
    const expectedPositive = row.expected_kind !== 'ignored';
    const predictedPositive = outcome.kind !== 'ignored';
    if (expectedPositive) score.positives++;
    else score.negatives++;
    if (predictedPositive) score.predicted++;
    if (expectedPositive && got === expected) score.correct++;
    else if (expectedPositive || predictedPositive) score.misses.push(detail);
  });
  score.precision = score.predicted === 0 ? 0 : score.correct / score.predicted;
  score.recall = score.positives === 0 ? 0 : score.correct / score.positives;
  return score;
}

export function formatMiss(miss: CorpusMiss): string {
  return `${miss.row.input_kind} '${miss.row.value}': expected ${miss.expected}, got ${miss.got} [${miss.tier}] ${miss.explanation}`;
}

function loadEntries(file: string): MatchableEntry[] {
  const opened = openCatalogueRepository(file);
  if (!opened.ok) return [];
  try {
    return opened.repository.listMatchables();
  } finally {
    opened.repository.close();
  }
}

/** The catalogue `npm run build:catalogue` wrote; when there is none (or it is empty), one built from data/sources into scratch. */
export function catalogueEntries(scratch: string): MatchableEntry[] {
  const dist = path.resolve('data/dist/catalogue.sqlite');
  const built = existsSync(dist) ? loadEntries(dist) : [];
  if (built.length > 0) return built;
  const outFile = path.join(scratch, 'catalogue.sqlite');
  const result = buildCatalogue({ sourcesDir: path.resolve('data/sources'), outFile, displayRoot: process.cwd() });
  if (!result.ok) {
    throw new Error(`the catalogue does not build:\n${result.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n')}`);
  }
  return loadEntries(outFile);
}
