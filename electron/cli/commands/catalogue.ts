/**
 * `switchyard catalogue stats | search QUERY | show ID [--json] [--catalogue FILE]`
 * Reads the catalogue through the same core repository as the app. Human output is a plain table; --json output
 * is the repository's data as documented in data/SCHEMA.md ("CLI JSON output"), so scripts can rely on it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { locateCatalogue, CATALOGUE_ENV_VAR } from '../../core/catalogue/locate-catalogue';
import { openCatalogueRepository, type CatalogueRepository } from '../../core/catalogue/repository';
import type {
  AlternativeDetail, CatalogueStats, CatalogueStatus, ProductDetail, SearchResult, SourceRecord,
} from '../../core/catalogue/types';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../io';

export const CATALOGUE_USAGE = `usage: switchyard catalogue stats [--json] [--catalogue FILE]
       switchyard catalogue search QUERY [--json] [--catalogue FILE]
       switchyard catalogue show ID [--json] [--catalogue FILE]`;

export interface CatalogueCommandContext {
  env: Readonly<Record<string, string | undefined>>;
  /** The packaged app's resources folder, when the CLI runs inside it. */
  resourcesDir?: string;
  repoRoot: string;
}

type Row = readonly string[];

/** Left-aligned columns two spaces apart; the last column is not padded so long names do not leave trailing blanks. */
export function formatTable(headers: Row, rows: readonly Row[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: Row): string =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function describeUnavailable(status: Exclude<CatalogueStatus, { state: 'ok' }>): string {
  return status.state === 'missing'
    ? `no catalogue at ${status.path}; build it with \`npm run build:catalogue\`, or point ${CATALOGUE_ENV_VAR} or --catalogue at one`
    : `cannot use the catalogue at ${status.path}: ${status.message}`;
}

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');
const sourceLines = (label: string, sources: readonly SourceRecord[]): string[] =>
  sources.map((source) => `  ${label}: ${source.url} (verified ${source.verifiedOn}; covers ${source.covers.join(', ')})`);

function renderStats(stats: CatalogueStats): string {
  const rows: Row[] = [
    ['file', stats.path],
    ['build', stats.buildId],
    ['data as of', stats.buildDate ?? 'no sources yet'],
    ['schema version', String(stats.schemaVersion)],
    ['data licence', stats.dataLicence],
    ['categories', String(stats.counts.categories)],
    ['organisations', String(stats.counts.organisations)],
    ['products', String(stats.counts.products)],
    ['alternatives', String(stats.counts.alternatives)],
    ['  European vendor', String(stats.europeanAlternatives)],
    ['  open source', String(stats.openSourceAlternatives)],
    ['  self-hostable', String(stats.selfHostableAlternatives)],
    ['relations', String(stats.counts.relations)],
    ['step templates', String(stats.counts.stepTemplates)],
    ['identifiers', String(stats.counts.identifiers)],
  ];
  return formatTable(['', 'value'], rows);
}

function renderSearch(query: string, results: readonly SearchResult[]): string {
  if (results.length === 0) return `no product or alternative matches '${query}'`;
  return formatTable(['kind', 'id', 'name', 'vendor', 'category'],
    results.map((result) => [result.kind, result.id, result.name, result.vendor, result.category]));
}

function renderProduct(product: ProductDetail): string {
  const lines = [
    `${product.name} (${product.id}) — product`,
    `vendor: ${product.vendor}, headquarters ${product.country}, owner ${product.ownerCountry}`,
    `category: ${product.categories.join(', ')}; kind ${product.kind}; data location ${product.dataLocation}`,
  ];
  if (product.jurisdictionNote ?? product.vendorOrganisation.jurisdictionNote) {
    lines.push(`jurisdiction: ${product.jurisdictionNote ?? product.vendorOrganisation.jurisdictionNote}`);
  }
  if (product.eolDate) lines.push(`end of life: ${product.eolDate}`);
  if (product.partOf.length) lines.push(`part of: ${product.partOf.join(', ')}`);
  if (product.members.length) lines.push(`members: ${product.members.join(', ')}`);
  for (const flag of product.flags) lines.push(`flag (${flag.severity}, ${flag.kind}): ${flag.text}`);
  lines.push('', 'alternatives:');
  lines.push(product.alternatives.length === 0 ? '  none' : formatTable(
    ['id', 'name', 'vendor', 'hq', 'open source', 'self-host', 'fit', 'effort'],
    product.alternatives.map(({ alternative, relation }) => [
      alternative.id, alternative.name, alternative.vendor, alternative.country, alternative.openSource,
      alternative.selfHostable, relation.fit, relation.effort,
    ])));
  lines.push('', 'sources:', ...sourceLines('product', product.sources), ...sourceLines('vendor', product.vendorOrganisation.sources));
  for (const { alternative, relation, alternativeSources, vendorSources } of product.alternatives) {
    lines.push(...sourceLines(`${alternative.id} fit`, relation.sources), ...sourceLines(alternative.id, alternativeSources),
      ...sourceLines(`${alternative.id} vendor`, vendorSources));
  }
  return lines.join('\n');
}

function renderAlternative(alternative: AlternativeDetail): string {
  const lines = [
    `${alternative.name} (${alternative.id}) — alternative`,
    `vendor: ${alternative.vendor}, headquarters ${alternative.country}, owner ${alternative.ownerCountry}; European ${yesNo(alternative.inEurope)}, EU ${yesNo(alternative.inEu)}`,
    `category: ${alternative.categories.join(', ')}; kind ${alternative.kind}`,
    `open source: ${alternative.openSource} (${alternative.licence}); self-hostable: ${alternative.selfHostable}; pricing: ${alternative.pricing}`,
    `platforms: ${alternative.platforms.join(', ')}`,
    `website: ${alternative.website}`,
  ];
  if (alternative.tags.length) lines.push(`tags: ${alternative.tags.join(', ')}`);
  if (alternative.bundleOf.length) lines.push(`bundles: ${alternative.bundleOf.join(', ')}`);
  if (alternative.partOfBundles.length) lines.push(`part of: ${alternative.partOfBundles.join(', ')}`);
  lines.push(`EU hosting: ${alternative.euHosting === 'listed' ? alternative.hostingOffers.map((offer) => `${offer.provider} (${offer.country})`).join(', ') : alternative.euHosting}`);
  lines.push(`certifications: ${alternative.certifications === 'listed' ? alternative.certificationList.map((cert) => cert.scheme).join(', ') : alternative.certifications}`);
  for (const flag of alternative.flags) lines.push(`flag (${flag.severity}, ${flag.kind}): ${flag.text}`);
  if (alternative.replaces.length) {
    lines.push('', 'replaces:', formatTable(['product', 'name', 'fit', 'effort'],
      alternative.replaces.map((item) => [item.productId, item.productName, item.fit, item.effort])));
  }
  lines.push('', 'sources:', ...sourceLines('alternative', alternative.sources), ...sourceLines('vendor', alternative.vendorOrganisation.sources));
  return lines.join('\n');
}

function run(repository: CatalogueRepository, command: string, operands: string[], json: boolean, io: CliIo): number {
  const print = (value: unknown, human: () => string): void => io.stdout(json ? JSON.stringify(value, null, 2) : human());
  switch (command) {
    case 'stats': {
      const stats = repository.stats();
      print(stats, () => renderStats(stats));
      return EXIT_OK;
    }
    case 'search': {
      const query = operands.join(' ');
      const results = repository.search(query);
      print({ query, results }, () => renderSearch(query, results));
      return EXIT_OK;
    }
    default: {
      const id = operands[0] ?? '';
      const product = repository.getProduct(id);
      if (product) {
        print({ kind: 'product', product }, () => renderProduct(product));
        return EXIT_OK;
      }
      const alternative = repository.getAlternative(id);
      if (alternative) {
        print({ kind: 'alternative', alternative }, () => renderAlternative(alternative));
        return EXIT_OK;
      }
      io.stderr(`no product or alternative with id '${id}'; find ids with \`switchyard catalogue search ${id}\``);
      return EXIT_FAILURE;
    }
  }
}

export function createCatalogueCommand(context: CatalogueCommandContext): CliCommand {
  return async (args, io) => {
    let parsed;
    try {
      parsed = parseArgs({
        args, allowPositionals: true, strict: true,
        options: { json: { type: 'boolean', default: false }, catalogue: { type: 'string' } },
      });
    } catch (error) {
      io.stderr(`${(error as Error).message}\n${CATALOGUE_USAGE}`);
      return EXIT_USAGE;
    }
    const [command, ...operands] = parsed.positionals;
    const operandsNeeded: Record<string, [number, number]> = { stats: [0, 0], search: [1, Infinity], show: [1, 1] };
    const needed = command ? operandsNeeded[command] : undefined;
    if (!command || !needed || operands.length < needed[0] || operands.length > needed[1]) {
      io.stderr(CATALOGUE_USAGE);
      return EXIT_USAGE;
    }
    const file = parsed.values.catalogue ? path.resolve(parsed.values.catalogue) : locateCatalogue(context);
    const opened = openCatalogueRepository(file);
    if (!opened.ok) {
      io.stderr(describeUnavailable(opened.status));
      return EXIT_FAILURE;
    }
    try {
      return run(opened.repository, command, operands, parsed.values.json, io);
    } finally {
      opened.repository.close();
    }
  };
}
