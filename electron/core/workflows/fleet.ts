/**
 * The fleet pipeline: import files from the tools IT already runs (each file in its own transaction; a bad
 * file is reported and the rest still land), match every software row once at import, merge the machines
 * across tools, and answer "how many machines have X, and use it" with one GROUP BY.
 */
import type { CsvPreview } from '../../shared/contract';
import type { FleetImportFileResult, FleetImportResult, FleetSummary } from '../../shared/fleet';
import type { InventoryItem } from '../../shared/inventory';
import type { MatchOutcome } from '../../shared/matching';
import type { Checklist } from '../../shared/planning';
import type { CatalogueRepository } from '../catalogue/repository';
import { hostKey, mergeHosts } from '../fleet/host-identity';
import { mapHeaders } from '../fleet/csv-headers';
import { guessCsvMapping, parseCsvRecords, type CsvDelimiter, type CsvMapping } from '../fleet/csv-mapping';
import { decodeBytes } from '../fleet/decode';
import type { ImportedHost, Importer } from '../fleet/importer';
import { genericCsvImporter, parseGenericCsv } from '../fleet/importers/generic-csv';
import { importEachFile } from '../fleet/import-files';
import { readImportFile } from '../fleet/read-file';
import { isZip } from '../fleet/unzip';
import { createMatcher, type Matcher } from '../matching/matcher';
import { normaliseName } from '../matching/normalise';
import { assembleChecklist } from '../planning/assemble';
import type { FindingLike } from '../planning/plan-inputs';
import { readChoices, readProgress } from '../store/checklist-progress';
import { listCorrections } from '../store/corrections';
import {
  aggregateCounts, countMachines, countOtherTitles, countProducts, insertImport, listHostIdentities, listImports, listMachines, listPlatforms, listTags,
  updateMachineKeys, updateProductKeys, type HostFilter, type StoredHost,
} from '../store/fleet';
import { readSetting, writeSetting } from '../store/settings';
import type { StateDb } from '../store/state-db';
import { deriveFacts } from '../planning/facts';
import type { Priorities } from '../planning/priorities';
import { z } from 'zod';

const MATCHED_BUILD_SETTING = 'fleet.matchedCatalogueBuild';

/** What a software row counts as: a catalogue entry, an ignored family, or its normalised name. */
export function productKeyOf(outcome: MatchOutcome, item: Pick<InventoryItem, 'name'>): string {
  if (outcome.kind !== 'ignored') return `${outcome.kind}:${outcome.catalogueId}`;
  if (outcome.reason !== 'not in the catalogue') return `ignored:${outcome.reason}`;
  return `name:${normaliseName(item.name) || item.name.toLowerCase()}`;
}

function fleetMatcher(db: StateDb, catalogue: CatalogueRepository): Matcher {
  return createMatcher(catalogue.listMatchables(), listCorrections(db));
}

/** Re-derives every machine key from all hosts of all imports, so a machine seen by two tools is one. */
export function remergeMachines(db: StateDb): void {
  const rows = listHostIdentities(db);
  const asHosts: ImportedHost[] = rows.map((row) => ({
    identity: {
      serial: row.serial ?? undefined, hardwareUuid: row.hardwareUuid ?? undefined, toolName: row.toolName ?? undefined,
      toolId: row.toolId ?? undefined, hostname: row.hostname ?? undefined,
    },
    tags: [],
    // The row id travels as the host's only item, so each merged machine tells which rows it joined.
    items: [{ id: String(row.id), platform: 'windows', source: 'import', name: '', identifiers: {}, linkedTo: [], evidence: {} }],
  }));
  const keys = new Map<number, string>();
  for (const machine of mergeHosts(asHosts)) {
    for (const item of machine.items) keys.set(Number(item.id), machine.key === 'unknown' ? `row:${item.id}` : machine.key);
  }
  updateMachineKeys(db, keys);
}

/** After the catalogue or the user's corrections changed, re-match the stored rows once. */
export function rematchIfNeeded(db: StateDb, catalogue: CatalogueRepository, force = false): number {
  const build = catalogue.stats().buildId;
  if (!force && readSetting(db, MATCHED_BUILD_SETTING, z.string(), '') === build) return 0;
  const matcher = fleetMatcher(db, catalogue);
  const changed = updateProductKeys(db, (json) => {
    const item = JSON.parse(json) as InventoryItem;
    return productKeyOf(matcher.match(item).outcome, item);
  });
  writeSetting(db, MATCHED_BUILD_SETTING, build);
  return changed;
}

export interface FleetImportOptions {
  signal?: AbortSignal;
  onFile?: (result: FleetImportFileResult) => void;
  now?: () => Date;
  /** Reads every given file as CSV with this column mapping (the user's correction of the guess) instead of detecting its format. */
  mapping?: CsvColumnMapping;
}

/** A mapping as the user confirms it: the header texts only label columns on screen, parsing reads by index. */
export type CsvColumnMapping = Omit<CsvMapping, 'headers'>;

function mappedCsvImporter(mapping: CsvColumnMapping): Importer {
  return {
    id: genericCsvImporter.id,
    label: genericCsvImporter.label,
    detect: () => 1,
    parse: ({ fileName, text }) => parseGenericCsv(text, { ...mapping, headers: [] }, { fileName }),
  };
}

export async function importFleetFiles(db: StateDb, catalogue: CatalogueRepository, paths: readonly string[], options: FleetImportOptions = {}): Promise<FleetImportResult> {
  rematchIfNeeded(db, catalogue);
  const matcher = fleetMatcher(db, catalogue);
  const files: FleetImportFileResult[] = [];
  const keyOf = (item: InventoryItem) => productKeyOf(matcher.match(item).outcome, item);
  // One transaction per file keeps every file whole; during a bulk import a process crash still loses nothing
  // committed (WAL), and syncing to disk at every checkpoint instead of every file makes a 1,000-file import
  // several times faster. Only a power cut mid-import can drop the last files, which the next import re-reads.
  const previousSync = db.pragma('synchronous', { simple: true });
  db.pragma('synchronous = NORMAL');
  try {
    for await (const imported of importEachFile(paths, { signal: options.signal, importers: options.mapping && [mappedCsvImporter(options.mapping)] })) {
      const warnings = imported.result.errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}${e.record ? ` (${e.record})` : ''}: ${e.reason}`);
      const { hosts, aggregates } = imported.result;
      let result: FleetImportFileResult;
      if (!imported.importer || (hosts.length === 0 && aggregates.length === 0)) {
        result = { file: imported.file, ok: false, format: imported.importer?.label, error: warnings[0] ?? `${imported.file}: no hosts or software rows found`, warnings: warnings.slice(1) };
      } else {
        const stored: StoredHost[] = hosts.map((host) => ({
          identity: host.identity, os: host.os, tags: host.tags, lastSeen: host.lastSeen,
          items: host.items.map((item) => ({ item, productKey: keyOf(item) })),
        }));
        try {
          insertImport(db, {
            file: imported.file, format: imported.importer.label, importedAt: (options.now?.() ?? new Date()).toISOString(), hosts: stored, warnings,
            aggregates: aggregates.map((row) => {
              const item: InventoryItem = { id: 'aggregate', platform: row.platform ?? 'windows', source: 'import', name: row.name, version: row.version, publisher: row.publisher, identifiers: row.identifiers, linkedTo: [], evidence: {} };
              return { reportedBy: row.reportedBy, name: row.name, version: row.version, publisher: row.publisher, platform: row.platform, deviceCount: row.deviceCount, productKey: keyOf(item), item: row };
            }),
          }, (host) => hostKey(host.identity).key);
          result = { file: imported.file, ok: true, format: imported.importer.label, hosts: hosts.length, items: stored.reduce((n, h) => n + h.items.length, 0), warnings };
        } catch (error) {
          result = { file: imported.file, ok: false, format: imported.importer.label, error: `${imported.file}: could not be saved (${(error as Error).message}); nothing from it was kept`, warnings };
        }
      }
      files.push(result);
      options.onFile?.(result);
    }
  } finally {
    db.pragma(`synchronous = ${Number(previousSync)}`);
  }
  remergeMachines(db);
  return { files, totalHosts: countMachines(db) };
}

/** The preview shows this many rows under the header, and no more of the file ever leaves the core. */
const PREVIEW_ROWS = 10;
/** Longer cells are cut: a wrong delimiter can turn a whole line into one cell. */
const PREVIEW_CELL_CHARS = 200;
const PREVIEW_COLUMNS = 100;
/** The header and ten rows sit within the start of the file; parsing a whole export for them would be wasted. */
const PREVIEW_SAMPLE_CHARS = 256 * 1024;

const clip = (cells: readonly string[]) => cells.slice(0, PREVIEW_COLUMNS).map((cell) => cell.slice(0, PREVIEW_CELL_CHARS));

/** The column-mapping step: the guessed (or the user's) delimiter and header row, the columns' meanings and the first rows. */
export async function previewFleetCsv(path: string, override: { delimiter?: CsvDelimiter; headerRow?: number } = {}): Promise<{ ok: true; preview: CsvPreview } | { ok: false; reason: string }> {
  const read = await readImportFile(path);
  if (!read.ok) return { ok: false, reason: `${path}: ${read.reason}` };
  if (isZip(read.bytes)) return { ok: false, reason: `${path}: this is a ZIP archive. Unpack it and map the columns of the CSV file inside.` };
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) return { ok: false, reason: `${path}: ${decoded.reason}` };
  const cut = decoded.text.length > PREVIEW_SAMPLE_CHARS ? decoded.text.lastIndexOf('\n', PREVIEW_SAMPLE_CHARS) : -1;
  const sample = cut > 0 ? decoded.text.slice(0, cut) : decoded.text.slice(0, PREVIEW_SAMPLE_CHARS);
  const guess = guessCsvMapping(sample);
  const delimiter = override.delimiter ?? guess.delimiter;
  const headerRow = override.headerRow ?? (delimiter === guess.delimiter ? guess.headerRow : 0);
  let records;
  try {
    records = parseCsvRecords(sample, delimiter);
  } catch (error) {
    return { ok: false, reason: `${path}: the file could not be read as CSV (${(error as Error).message}).` };
  }
  const headers = records[headerRow]?.cells ?? [];
  const guessed = delimiter === guess.delimiter && headerRow === guess.headerRow;
  return {
    ok: true,
    preview: {
      delimiter, headerRow, headers: clip(headers),
      sampleRows: records.slice(headerRow + 1, headerRow + 1 + PREVIEW_ROWS).map((record) => clip(record.cells)),
      columns: guessed ? guess.columns : mapHeaders(headers),
    },
  };
}

export function fleetSummary(db: StateDb, catalogue: CatalogueRepository, filter: HostFilter, now: Date): FleetSummary {
  rematchIfNeeded(db, catalogue);
  const entries = new Map(catalogue.listMatchables().map((e) => [`${e.kind}:${e.id}`, e]));
  const reported = new Map<string, Array<{ source: string; devices: number }>>();
  for (const row of aggregateCounts(db)) {
    const list = reported.get(row.productKey) ?? [];
    list.push({ source: row.reportedBy, devices: row.devices });
    reported.set(row.productKey, list);
  }
  const counted = countProducts(db, filter, now);
  const seen = new Set(counted.map((c) => c.productKey));
  const products: FleetSummary['products'] = [];
  for (const row of counted) {
    const entry = entries.get(row.productKey);
    if (!entry) continue; // a catalogue entry that a newer catalogue dropped
    products.push({
      key: row.productKey, kind: entry.kind, catalogueId: entry.id, name: entry.name, category: entry.category,
      hostsInstalled: row.installed, hostsUsed30: row.used30, hostsUsed90: row.used90, aggregateDevices: reported.get(row.productKey) ?? [],
    });
  }
  // Products only an aggregate-only source knows about still appear, with zero per-host counts beside them.
  for (const [key, sources] of reported) {
    const entry = entries.get(key);
    if (seen.has(key) || !entry) continue;
    products.push({ key, kind: entry.kind, catalogueId: entry.id, name: entry.name, category: entry.category,
      hostsInstalled: 0, hostsUsed30: 0, hostsUsed90: 0, aggregateDevices: sources });
  }
  return {
    totalHosts: countMachines(db, filter), otherTitles: countOtherTitles(db), products, hosts: listMachines(db, filter), imports: listImports(db),
    tags: listTags(db), platforms: listPlatforms(db),
  };
}

/** The organisation-level plan: one finding per product across machines, with "on N of M machines, used on K". */
export function fleetPlan(db: StateDb, catalogue: CatalogueRepository, lang: 'en' | 'de', priorities: Priorities, now: Date): { checklist: Checklist; label: string } | null {
  rematchIfNeeded(db, catalogue);
  const total = countMachines(db);
  if (total === 0) return null;
  const rows = countProducts(db, {}, now);
  const entries = new Map(catalogue.listMatchables().map((e) => [`${e.kind}:${e.id}`, e]));
  const findings: FindingLike[] = [];
  const hostsByProduct = new Map<string, { installed: number; used90: number; total: number }>();
  for (const row of rows) {
    const entry = entries.get(row.productKey);
    if (!entry) continue;
    findings.push({ kind: entry.kind, catalogueId: entry.id, name: entry.name, category: entry.category, vendor: entry.vendor,
      usage: { lastUsed: row.lastUsed ?? undefined, running: false } });
    hostsByProduct.set(entry.id, { installed: row.installed, used90: row.used90, total });
  }
  const checklist = assembleChecklist({
    scope: 'fleet', lang, now, scanDate: listImports(db)[0]?.importedAt ?? now.toISOString(), findings, catalogue,
    facts: deriveFacts({ devices: total, users: total }), priorities,
    choices: readChoices(db, 'fleet'), progress: readProgress(db, 'fleet'), platforms: listPlatforms(db), hostsByProduct,
  });
  return { checklist, label: lang === 'de' ? `${total} Rechner` : `${total} ${total === 1 ? 'machine' : 'machines'}` };
}

