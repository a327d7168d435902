/**
 * The API contract: every method the renderer may call, with zod schemas for its input and its result.
 * The main process registers a handler table typed by this list (a missing handler does not compile),
 * the preload builds window.switchyard from the same list, and dispatch() validates every input.
 * Inputs are validated strictly (they cross a trust boundary); results are typed with z.custom, since
 * they come from our own core.
 */
import { z } from 'zod';
import type { AuditSummary, AuditView } from './audit';
import type { AlternativeDetail, AlternativeSummary, CatalogueStats, CategoryRecord, ProductDetail, SearchResult } from './catalogue';
import type { FleetHostDetail, FleetImportResult, FleetSummary } from './fleet';
import type { MethodName } from './methods';
import { ItemStatusSchema, type Checklist } from './planning';
import { SystemStatusSchema } from './system';

export { METHOD_NAMES, type MethodName } from './methods';

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  /** Long work reports progress and can be cancelled by task id. */
  long: boolean;
}

const NoInput = z.object({}).strict();
const Id = z.string().min(1).max(200).regex(/^[A-Za-z0-9._:|-]+$/);
const Lang = z.enum(['en', 'de']);
const Scope = z.enum(['local', 'fleet']);

export const AlternativeFilterSchema = z.object({
  category: Id.optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  eu: z.boolean().optional(),
  europe: z.boolean().optional(),
  openSource: z.boolean().optional(),
  selfHostable: z.boolean().optional(),
  euHosting: z.boolean().optional(),
  platform: z.enum(['windows', 'macos', 'linux', 'web', 'android', 'ios']).optional(),
  certification: z.string().max(40).optional(),
}).strict();

export const PrioritiesInputSchema = z.object({
  euJurisdiction: z.number().int().min(0).max(3),
  openSource: z.number().int().min(0).max(3),
  selfHostable: z.number().int().min(0).max(3),
  euHosting: z.number().int().min(0).max(3),
  platformFit: z.number().int().min(0).max(3),
  formatFit: z.number().int().min(0).max(3),
  lowEffort: z.number().int().min(0).max(3),
}).strict();
export type PrioritiesInput = z.infer<typeof PrioritiesInputSchema>;

export const ScanOptionsSchema = z.object({
  documents: z.object({
    enabled: z.boolean(),
    /** Folders chosen by the user; empty = Documents and Desktop. */
    roots: z.array(z.string().min(1).max(4096)).max(20).default([]),
    keepPaths: z.boolean().default(false),
  }).strict().default({ enabled: true, roots: [], keepPaths: false }),
  /** Opt-in after the consent screen. */
  browserHistory: z.boolean().default(false),
}).strict();

export const ReportFormatSchema = z.enum(['html', 'pdf', 'md', 'csv', 'json']);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

const out = <T>() => z.custom<T>(() => true);

/** The fields a CSV column can mean; electron/core/fleet/csv-headers.ts CSV_FIELDS (a test keeps them equal). */
export const CsvFieldSchema = z.enum([
  'name', 'version', 'publisher', 'host', 'hostId', 'serial', 'hardwareUuid', 'os', 'osVersion', 'tag', 'seenAt',
  'user', 'installDate', 'installLocation', 'lastUsed', 'useCount', 'uninstallKey', 'deviceCount',
]);
export type CsvFieldName = z.infer<typeof CsvFieldSchema>;
export const CsvDelimiterSchema = z.enum([',', ';', '\t', '|']);
/** Header rows are looked for among the first records only (csv-mapping.ts MAX_PREAMBLE_RECORDS). */
export const CSV_MAX_HEADER_ROW = 9;
const CsvColumnIndex = z.number().int().min(0).max(999);
export const CsvMappingInputSchema = z.object({
  delimiter: CsvDelimiterSchema,
  headerRow: z.number().int().min(0).max(CSV_MAX_HEADER_ROW),
  columns: z.partialRecord(CsvFieldSchema, CsvColumnIndex),
}).strict();
export type CsvMappingInput = z.infer<typeof CsvMappingInputSchema>;

/** What the column-mapping step shows: the guess, and at most the first ten rows of the file. */
export interface CsvPreview {
  delimiter: z.infer<typeof CsvDelimiterSchema>;
  headerRow: number;
  headers: string[];
  sampleRows: string[][];
  columns: Partial<Record<CsvFieldName, number>>;
}

export const contract = {
  'system.status': { input: NoInput, output: SystemStatusSchema, long: false },

  'catalogue.stats': { input: NoInput, output: out<CatalogueStats>(), long: false },
  'catalogue.categories': { input: NoInput, output: out<CategoryRecord[]>(), long: false },
  'catalogue.search': { input: z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(200).default(50) }).strict(), output: out<SearchResult[]>(), long: false },
  'catalogue.alternatives': { input: z.object({ filter: AlternativeFilterSchema }).strict(), output: out<AlternativeSummary[]>(), long: false },
  'catalogue.product': { input: z.object({ id: Id }).strict(), output: out<ProductDetail>(), long: false },
  'catalogue.alternative': { input: z.object({ id: Id }).strict(), output: out<AlternativeDetail>(), long: false },

  'inventory.scan': { input: ScanOptionsSchema, output: out<AuditView>(), long: true },
  'inventory.importFile': { input: NoInput, output: out<AuditView | null>(), long: true },
  'audits.list': { input: NoInput, output: out<AuditSummary[]>(), long: false },
  'audits.get': { input: z.object({ id: Id.optional() }).strict(), output: out<AuditView | null>(), long: false },
  'matching.correct': {
    input: z.object({
      auditId: Id,
      matchKey: z.string().min(1).max(2000),
      action: z.enum(['confirm', 'reject', 'remap', 'reset']),
      catalogueKind: z.enum(['product', 'alternative']).optional(),
      catalogueId: Id.optional(),
      label: z.string().max(500),
    }).strict().refine((v) => (v.action === 'remap' || v.action === 'confirm') === Boolean(v.catalogueId && v.catalogueKind), {
      message: 'confirm and remap need a catalogue entry; reject and reset take none',
    }),
    output: out<AuditView>(),
    long: false,
  },

  'settings.getPriorities': { input: NoInput, output: out<PrioritiesInput>(), long: false },
  'settings.setPriorities': { input: PrioritiesInputSchema, output: out<PrioritiesInput>(), long: false },

  'plan.get': { input: z.object({ scope: Scope, lang: Lang }).strict(), output: out<Checklist | null>(), long: false },
  'plan.choose': { input: z.object({ scope: Scope, lang: Lang, productId: Id, alternativeId: Id.nullable() }).strict(), output: out<Checklist | null>(), long: false },
  'plan.updateItem': {
    input: z.object({
      scope: Scope,
      itemKey: z.string().min(1).max(500),
      status: ItemStatusSchema.optional(),
      owner: z.string().max(200).optional(),
      dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
      notes: z.string().max(20_000).optional(),
    }).strict(),
    output: out<{ itemKey: string; status: string; owner: string; dueDate: string | null; notes: string; updatedAt: string }>(),
    long: false,
  },

  'report.export': { input: z.object({ scope: Scope, lang: Lang, format: ReportFormatSchema }).strict(), output: out<{ path: string } | null>(), long: true },

  /** Opens a dialog for files or folders of inventories from fleet tools; null when cancelled. */
  'fleet.import': { input: z.object({ folders: z.boolean().default(false) }).strict(), output: out<FleetImportResult | null>(), long: true },
  /** Files dropped on the window; the preload resolves each File to its path. */
  /** Files dropped on the window; the user confirms them in a native dialog first (null when they decline). */
  'fleet.importPaths': { input: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict(), output: out<FleetImportResult | null>(), long: true },
  'fleet.summary': { input: z.object({ tag: z.string().max(200).optional(), platform: z.enum(['windows', 'macos', 'linux']).optional() }).strict(), output: out<FleetSummary>(), long: false },
  'fleet.host': { input: z.object({ id: z.number().int().positive() }).strict(), output: out<FleetHostDetail>(), long: false },
  'fleet.clear': { input: NoInput, output: out<{ removedMachines: number }>(), long: false },
  /**
   * The column-mapping step for a file no importer recognised. The path is one the user picked or dropped;
   * only the first rows travel back, never the whole file. delimiter and headerRow override the guess.
   */
  'fleet.csvPreview': {
    input: z.object({ path: z.string().min(1).max(4096), delimiter: CsvDelimiterSchema.optional(), headerRow: z.number().int().min(0).max(CSV_MAX_HEADER_ROW).optional() }).strict(),
    output: out<CsvPreview>(),
    long: false,
  },
  'fleet.importCsv': { input: z.object({ path: z.string().min(1).max(4096), mapping: CsvMappingInputSchema }).strict(), output: out<FleetImportResult>(), long: true },
} as const satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** The input as a handler sees it: after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
