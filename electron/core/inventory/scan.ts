/**
 * Scans this workstation: runs the platform's collectors (at most COLLECTOR_CONCURRENCY at a time),
 * optionally counts documents, links observations of the same app, and returns the inventory file.
 *
 * Every collector is isolated. One that throws, exceeds its time budget, or returns something that is
 * not a list of valid items becomes a diagnostic in plain words, and the scan goes on.
 *
 * Cancellation: when `signal` aborts, the scan does not reject. It resolves with everything collected
 * so far; collectors that were running or had not started are listed with status 'cancelled', so the
 * caller can still save or show a partial inventory.
 */
import { homedir } from 'node:os';
import {
  DocumentSummarySchema, INVENTORY_FORMAT_VERSION, InventoryItemSchema, ItemIdentifiersSchema, ObservationSourceSchema, PlatformSchema,
  type CollectorDiagnostic, type DocumentSummary, type InventoryFile, type InventoryItem, type Platform,
} from '../../shared/inventory';
import type { Collector, CollectorContext } from './collector';
import { collectorsFor } from './collectors';
import { scanDocuments } from './documents/scan-documents';
import { readHostIdentity } from './host-identity';
import { linkObservations } from './link-observations';
import { runCommand, type RunCommand } from './run-command';

/** Collectors mostly wait on commands and disk; four in flight overlap that waiting without crowding a slow laptop. */
export const COLLECTOR_CONCURRENCY = 4;
/** Longer than any command timeout a collector sets, so a collector normally reports its own timeout first. */
export const DEFAULT_COLLECTOR_TIMEOUT_MS = 90_000;

export type ScanDocuments = (options: {
  roots: string[];
  keepPaths: boolean;
  signal?: AbortSignal;
  onProgress?: (filesSeen: number) => void;
}) => Promise<DocumentSummary>;

export interface ScanProgressEvent {
  collector: string;
  state: 'running' | 'done';
  /** While running: files seen by the document scan; when done: items found. */
  itemCount?: number;
  status?: CollectorDiagnostic['status'];
}

export interface ScanOptions {
  generator: { name: string; version: string };
  platform?: Platform;
  homeDir?: string;
  rootDir?: string;
  env?: Readonly<Record<string, string | undefined>>;
  run?: RunCommand;
  signal?: AbortSignal;
  collectors?: readonly Collector[];
  collectorTimeoutMs?: number;
  /** Count the user's documents in these folders; paths are kept in the file only with keepPaths. */
  documents?: { roots: string[]; keepPaths: boolean };
  /** The document counter; tests replace it. */
  scanDocuments?: ScanDocuments;
  onProgress?: (event: ScanProgressEvent) => void;
}

export function currentPlatform(nodePlatform: string = process.platform): Platform {
  if (nodePlatform === 'linux') return 'linux';
  if (nodePlatform === 'darwin') return 'macos';
  if (nodePlatform === 'win32') return 'windows';
  throw new Error(`Switchyard scans Windows, macOS and Linux; this system reports itself as '${nodePlatform}'.`);
}

interface CollectorRun {
  items: InventoryItem[];
  diagnostic: CollectorDiagnostic;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

const COLLECTOR_STATUSES: readonly string[] = ['ok', 'partial', 'skipped', 'failed'];

function isCollectorStatus(value: unknown): value is 'ok' | 'partial' | 'skipped' | 'failed' {
  return typeof value === 'string' && COLLECTOR_STATUSES.includes(value);
}

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const optional = (check: Check): Check => (value) => value === undefined || check(value);
const oneOf = (options: readonly string[]): Check => {
  const allowed = new Set(options);
  return (value) => typeof value === 'string' && allowed.has(value);
};
const isStringList: Check = (value) => {
  if (!Array.isArray(value)) return false;
  // An index loop, not every(): a hole in a sparse array is an undefined entry to zod, not a skipped one.
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && Object.getOwnPropertySymbols(value).length === 0;
}

const IDENTIFIER_KEYS = Object.keys(ItemIdentifiersSchema.shape);
const IDENTIFIER_KEY_SET = new Set(IDENTIFIER_KEYS);

/**
 * What InventoryItemSchema accepts, key by key, for the fast path of checkedItem. The mapped type makes a
 * field added to the schema a compile error here until it has a check; a refinement added to an existing
 * field must be mirrored by hand. Fields with a default (identifiers, linkedTo, evidence) must be present:
 * filling in defaults is left to zod.
 */
const ITEM_CHECKS: { [Key in keyof InventoryItem]-?: Check } = {
  id: isString,
  platform: oneOf(PlatformSchema.options),
  source: oneOf(ObservationSourceSchema.options),
  name: isString,
  version: optional(isString),
  publisher: optional(isString),
  identifiers: (value) => isPlainObject(value)
    && Object.keys(value).every((key) => IDENTIFIER_KEY_SET.has(key) && optional(isString)(value[key])),
  scope: optional(oneOf(InventoryItemSchema.shape.scope.unwrap().options)),
  user: optional(isString),
  installDate: optional(isString),
  installLocation: optional(isString),
  lastUsed: optional(isString),
  useCount: optional((value) => Number.isSafeInteger(value) && (value as number) >= 0),
  focusSeconds: optional((value) => typeof value === 'number' && Number.isFinite(value) && value >= 0),
  running: optional((value) => typeof value === 'boolean'),
  linkedTo: isStringList,
  excludedApps: optional(isStringList),
  evidence: (value) => isPlainObject(value) && Object.keys(value).every((key) => {
    const fact = value[key];
    return key !== '__proto__' && (typeof fact === 'string' || typeof fact === 'boolean' || (typeof fact === 'number' && Number.isFinite(fact)));
  }),
};
// The schema's own key order, which is the order zod returns.
const ITEM_KEYS = Object.keys(InventoryItemSchema.shape) as Array<keyof InventoryItem>;
const ITEM_KEY_SET = new Set<string>(ITEM_KEYS);

/** Copies in the schema's key order, keeping keys that are present with an undefined value, as zod does. */
function copyInOrder(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(source, key)) copy[key] = source[key];
  return copy;
}

/**
 * A collector's item checked against InventoryItemSchema, or undefined when the schema rejects it. Zod costs
 * about 5 µs an item once V8 has compiled it and several times that before, which made validating the
 * package list a fifth of a scan in the benchmark's rounds. So an item that is plainly well formed (all our
 * collectors emit) is checked and copied here, giving exactly what zod would return: the same keys in the
 * schema's order, fresh arrays and objects. Anything else (unknown keys, missing defaults, odd values) is
 * left to zod.
 */
export function checkedItem(candidate: unknown): InventoryItem | undefined {
  if (isPlainObject(candidate) && Object.keys(candidate).every((key) => ITEM_KEY_SET.has(key))
    && ITEM_KEYS.every((key) => ITEM_CHECKS[key](candidate[key]))) {
    const item = copyInOrder(candidate, ITEM_KEYS);
    item.identifiers = copyInOrder(candidate.identifiers as Record<string, unknown>, IDENTIFIER_KEYS);
    item.linkedTo = [...candidate.linkedTo as string[]];
    if (Array.isArray(candidate.excludedApps)) item.excludedApps = [...candidate.excludedApps as string[]];
    item.evidence = { ...candidate.evidence as Record<string, unknown> };
    return item as InventoryItem;
  }
  const parsed = InventoryItemSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** Keeps the valid items; a collector that returns junk should cost its junk, not its good records. */
function validItems(output: unknown): { items: InventoryItem[]; rejected: number } | undefined {
  if (typeof output !== 'object' || output === null || !Array.isArray((output as { items?: unknown }).items)) return undefined;
  const items: InventoryItem[] = [];
  let rejected = 0;
  for (const candidate of (output as { items: unknown[] }).items) {
    const item = checkedItem(candidate);
    if (item) items.push(item);
    else rejected += 1;
  }
  return { items, rejected };
}

async function runOne(collector: Collector, base: Omit<CollectorContext, 'signal'>, scanSignal: AbortSignal, timeoutMs: number): Promise<CollectorRun> {
  const started = performance.now();
  const controller = new AbortController();
  const diagnostic = (status: CollectorDiagnostic['status'], itemCount: number, message?: string): CollectorDiagnostic => ({
    collector: collector.id, status, durationMs: Math.round(performance.now() - started), itemCount, ...(message ? { message } : {}),
  });

  let timer: NodeJS.Timeout | undefined;
  let onScanAbort: (() => void) | undefined;
  const stopped = new Promise<'timeout' | 'cancelled'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
    onScanAbort = () => resolve('cancelled');
    scanSignal.addEventListener('abort', onScanAbort, { once: true });
  });
  const work = Promise.resolve()
    .then(() => collector.collect({ ...base, signal: controller.signal }))
    .then((output) => ({ output }), (error: unknown) => ({ error }));

  try {
    const outcome = await Promise.race([work, stopped]);
    if (outcome === 'timeout' || outcome === 'cancelled') {
      // Tell the collector to stop its commands; its late answer is ignored.
      controller.abort();
      return outcome === 'timeout'
        ? { items: [], diagnostic: diagnostic('failed', 0, `Did not finish within ${seconds(timeoutMs)} and was stopped; nothing from this source is included.`) }
        : { items: [], diagnostic: diagnostic('cancelled', 0, 'The scan was cancelled before this source finished.') };
    }
    if ('error' in outcome) {
      const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      return { items: [], diagnostic: diagnostic('failed', 0, `Stopped with an unexpected error: ${reason}. Nothing from this source is included.`) };
    }
    const valid = validItems(outcome.output);
    if (!valid) return { items: [], diagnostic: diagnostic('failed', 0, 'Returned data in an unexpected shape; nothing from this source is included.') };
    // Status and message are checked like the items: a collector's output is data, not trusted.
    const output = outcome.output as { status?: unknown; message?: unknown };
    const messages = [typeof output.message === 'string' ? output.message : undefined];
    let status: CollectorDiagnostic['status'] = isCollectorStatus(output.status) ? output.status : 'ok';
    if (valid.rejected > 0) {
      messages.push(`${valid.rejected} malformed record${valid.rejected === 1 ? ' was' : 's were'} left out.`);
      if (status === 'ok') status = 'partial';
    }
    const message = messages.filter(Boolean).join(' ');
    return { items: valid.items, diagnostic: diagnostic(status, valid.items.length, message || undefined) };
  } finally {
    clearTimeout(timer);
    if (onScanAbort) scanSignal.removeEventListener('abort', onScanAbort);
  }
}

async function scanDocumentsSafely(
  options: NonNullable<ScanOptions['documents']>,
  scan: ScanDocuments,
  signal: AbortSignal,
  onProgress: ScanOptions['onProgress'],
): Promise<{ summary?: DocumentSummary; diagnostic: CollectorDiagnostic }> {
  const started = performance.now();
  const diagnostic = (status: CollectorDiagnostic['status'], itemCount: number, message?: string): CollectorDiagnostic => ({
    collector: 'documents', status, durationMs: Math.round(performance.now() - started), itemCount, ...(message ? { message } : {}),
  });
  if (signal.aborted) return { diagnostic: diagnostic('cancelled', 0, 'The scan was cancelled before documents were counted.') };
  onProgress?.({ collector: 'documents', state: 'running', itemCount: 0 });
  try {
    const parsed = DocumentSummarySchema.safeParse(await scan({
      roots: options.roots, keepPaths: options.keepPaths, signal,
      onProgress: (filesSeen) => onProgress?.({ collector: 'documents', state: 'running', itemCount: filesSeen }),
    }));
    if (!parsed.success) return { diagnostic: diagnostic('failed', 0, 'The document count came back in an unexpected shape and was left out.') };
    const summary = parsed.data;
    const count = Object.values(summary.byKind).reduce((sum, kind) => sum + (kind?.count ?? 0), 0);
    const status = signal.aborted ? 'cancelled' : summary.truncated ? 'partial' : 'ok';
    return { summary, diagnostic: diagnostic(status, count, summary.truncated ? 'The document count stopped early (too many files or too long); the figures are a sample.' : undefined) };
  } catch (error) {
    return { diagnostic: diagnostic('failed', 0, `Documents were not counted: ${error instanceof Error ? error.message : String(error)}.`) };
  }
}

export async function scanWorkstation(options: ScanOptions): Promise<InventoryFile> {
  const platform = options.platform ?? currentPlatform();
  const rootDir = options.rootDir ?? '/';
  const signal = options.signal ?? new AbortController().signal;
  const timeoutMs = options.collectorTimeoutMs ?? DEFAULT_COLLECTOR_TIMEOUT_MS;
  const base: Omit<CollectorContext, 'signal'> = {
    platform,
    homeDir: options.homeDir ?? homedir(),
    rootDir,
    env: options.env ?? process.env,
    run: options.run ?? runCommand,
  };
  const collectors = (options.collectors ?? collectorsFor(platform)).filter((collector) => collector.platforms.includes(platform));
  const results: (CollectorRun | undefined)[] = new Array(collectors.length);

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < collectors.length && !signal.aborted) {
      const index = next;
      next += 1;
      const collector = collectors[index] as Collector;
      options.onProgress?.({ collector: collector.id, state: 'running' });
      const result = await runOne(collector, base, signal, timeoutMs);
      results[index] = result;
      options.onProgress?.({ collector: collector.id, state: 'done', itemCount: result.items.length, status: result.diagnostic.status });
    }
  };
  const [host] = await Promise.all([
    readHostIdentity({ platform, rootDir }),
    ...Array.from({ length: Math.min(COLLECTOR_CONCURRENCY, collectors.length) }, worker),
  ]);

  const diagnostics = collectors.map((collector, index): CollectorDiagnostic => results[index]?.diagnostic
    ?? { collector: collector.id, status: 'cancelled', durationMs: 0, itemCount: 0, message: 'Not run: the scan was cancelled first.' });
  const seen = new Set<string>();
  const items = results.flatMap((result) => result?.items ?? []).filter((item) => !seen.has(item.id) && seen.add(item.id));

  let documents: DocumentSummary | undefined;
  if (options.documents) {
    const outcome = await scanDocumentsSafely(options.documents, options.scanDocuments ?? scanDocuments, signal, options.onProgress);
    documents = outcome.summary;
    diagnostics.push(outcome.diagnostic);
    options.onProgress?.({ collector: 'documents', state: 'done', itemCount: outcome.diagnostic.itemCount, status: outcome.diagnostic.status });
  }

  return {
    format: 'switchyard-inventory',
    formatVersion: INVENTORY_FORMAT_VERSION,
    generator: options.generator,
    scannedAt: new Date().toISOString(),
    host,
    items: linkObservations(items),
    ...(documents ? { documents } : {}),
    diagnostics,
  };
}
