/**
 * `switchyard match --input FILE [--json]`: every row of any inventory format Switchyard reads, with its
 * outcome. The --json shape is stable and documented in README ("switchyard match --json"):
 *   { format: "switchyard-match", formatVersion: 1, input, catalogue: {buildId, buildDate},
 *     counts: {rows, products, alternatives, ignored},
 *     rows: [{ row: {name, version, publisher, platform, source, identifiers}, outcome: {kind, catalogueId, name, tier, confidence, explanation, reason} }],
 *     findings: [{ kind, catalogueId, name, category, confidence, evidence: number }] }
 */
import { parseArgs } from 'node:util';
import { openCatalogueRepository } from '../../core/catalogue/repository';
import { analyseInventory } from '../../core/workflows/analyse';
import { loadInventoryFile } from '../../core/workflows/load-inventory';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand } from '../io';
import { formatTable } from './catalogue';

const USAGE = 'usage: switchyard match --input FILE [--json]';
export const MATCH_JSON_FORMAT = 'switchyard-match';

export function createMatchCommand(cataloguePath: () => string): CliCommand {
  return async (args, io) => {
    let values: { input?: string; json?: boolean };
    try {
      ({ values } = parseArgs({ args, options: { input: { type: 'string' }, json: { type: 'boolean' } }, strict: true, allowPositionals: false }));
    } catch (error) {
      io.stderr(`switchyard match: ${(error as Error).message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (!values.input) {
      io.stderr(`switchyard match: --input is required\n${USAGE}`);
      return EXIT_USAGE;
    }
    const loaded = await loadInventoryFile(values.input);
    if (!loaded.ok) {
      io.stderr(`switchyard match: ${loaded.message}`);
      return EXIT_FAILURE;
    }
    const opened = openCatalogueRepository(cataloguePath());
    if (!opened.ok) {
      io.stderr(`switchyard match: the catalogue is ${opened.status.state} (${opened.status.path}); build it with npm run build:catalogue`);
      return EXIT_FAILURE;
    }
    try {
      const stats = opened.repository.stats();
      const result = analyseInventory(loaded.inventory, opened.repository.listMatchables());
      for (const warning of loaded.warnings) io.stderr(`warning: ${warning}`);
      if (values.json) {
        io.stdout(JSON.stringify({
          format: MATCH_JSON_FORMAT, formatVersion: 1, input: values.input, inputFormat: loaded.format,
          catalogue: { buildId: stats.buildId, buildDate: stats.buildDate }, counts: result.counts,
          rows: result.matches.map((m) => ({
            row: { name: m.item.name, version: m.item.version ?? null, publisher: m.item.publisher ?? null, platform: m.item.platform, source: m.item.source, identifiers: m.item.identifiers },
            outcome: m.outcome.kind === 'ignored'
              ? { kind: 'ignored', catalogueId: null, name: null, tier: m.outcome.tier ?? null, confidence: m.outcome.confidence ?? null, explanation: m.outcome.explanation, reason: m.outcome.reason }
              : { kind: m.outcome.kind, catalogueId: m.outcome.catalogueId, name: m.outcome.name, tier: m.outcome.tier, confidence: m.outcome.confidence, explanation: m.outcome.explanation, reason: null },
          })),
          findings: result.findings.map((f) => ({ kind: f.kind, catalogueId: f.catalogueId, name: f.name, category: f.category, confidence: f.confidence, impliedBy: f.impliedBy ?? null, evidence: f.evidence.length })),
        }, null, 2));
        return EXIT_OK;
      }
      const rows = result.findings.map((f) => [f.kind === 'product' ? 'product' : 'switched', f.name, f.category, f.confidence.toFixed(2), f.impliedBy ? `part of ${f.impliedBy}` : f.evidence[0]?.explanation ?? '']);
      io.stdout(formatTable(['outcome', 'name', 'category', 'conf.', 'why'], rows));
      io.stdout(`\n${result.counts.rows} rows: ${result.counts.products} proprietary products, ${result.counts.alternatives} alternatives already in use, ${result.counts.ignored} rows ignored.`);
      return EXIT_OK;
    } finally {
      opened.repository.close();
    }
  };
}
