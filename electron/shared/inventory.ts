/**
 * The normalised inventory record and the inventory file that `switchyard scan --out` writes.
 * Shared by collectors (core), importers (core/fleet), the CLI and the renderer. No Node, no DOM.
 * The JSON Schema of the file is generated from these zod schemas (electron/shared/inventory.schema.json).
 */
import { z } from 'zod';

export const INVENTORY_FORMAT_VERSION = 1;

export const PlatformSchema = z.enum(['windows', 'macos', 'linux']);
export type Platform = z.infer<typeof PlatformSchema>;

/** Where an observation came from. One value per collector or importer. */
export const ObservationSourceSchema = z.enum([
  // Linux
  'dpkg', 'rpm', 'flatpak', 'snap', 'appimage', 'desktop-entry', 'recently-used', 'gnome-app-state', 'kde-activity',
  // Windows
  'uninstall-registry', 'appx', 'click-to-run', 'per-user-install', 'userassist',
  // macOS
  'app-bundle', 'system-profiler', 'spotlight', 'homebrew',
  // all
  'process', 'browser-history', 'import',
]);
export type ObservationSource = z.infer<typeof ObservationSourceSchema>;

/** Identifiers an observation carries; matching looks these up in the catalogue first. */
export const ItemIdentifiersSchema = z.object({
  bundleId: z.string().optional(),
  packageName: z.string().optional(), // deb / rpm / homebrew cask
  flatpakId: z.string().optional(),
  snapName: z.string().optional(),
  appxFamily: z.string().optional(),
  uninstallKey: z.string().optional(),
  c2rReleaseId: z.string().optional(),
  wingetId: z.string().optional(),
  desktopFile: z.string().optional(),
  exe: z.string().optional(),
  domain: z.string().optional(),
}).strict();
export type ItemIdentifiers = z.infer<typeof ItemIdentifiersSchema>;

export const InventoryItemSchema = z.object({
  /** Stable within one inventory: `${source}:${some key}`. */
  id: z.string(),
  platform: PlatformSchema,
  source: ObservationSourceSchema,
  name: z.string(),
  version: z.string().optional(),
  publisher: z.string().optional(),
  identifiers: ItemIdentifiersSchema.default({}),
  /** machine = all users; user = one profile (per-user install or a user's usage data). */
  scope: z.enum(['machine', 'user']).optional(),
  /** For per-user data: which profile (user name or SID), when known. */
  user: z.string().optional(),
  installDate: z.string().optional(), // ISO date or date-time
  installLocation: z.string().optional(),
  lastUsed: z.string().optional(), // ISO date-time
  useCount: z.number().int().nonnegative().optional(),
  /** Focus time in seconds, where the platform records it (UserAssist). */
  focusSeconds: z.number().nonnegative().optional(),
  running: z.boolean().optional(),
  /** Ids of other items that are the same app seen another way (package ↔ .desktop ↔ process). */
  linkedTo: z.array(z.string()).default([]),
  /** Suite members the installer says are excluded (Click-to-Run ExcludedApps: word, excel, ...). */
  excludedApps: z.array(z.string()).optional(),
  /** Free-form facts worth showing as evidence (channel, architecture, install source ...). */
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});
export type InventoryItem = z.infer<typeof InventoryItemSchema>;

/** Document evidence: counts by kind; paths only if the user opted in. */
export const DocumentKindSchema = z.enum([
  'ooxml-document', 'ooxml-workbook', 'ooxml-presentation',
  'odf-text', 'odf-spreadsheet', 'odf-presentation', 'odf-other',
  'legacy-word', 'legacy-excel', 'legacy-powerpoint',
  'outlook-data', 'onenote', 'visio', 'project', 'access', 'publisher',
]);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const MacroProbeSchema = z.enum(['vba', 'no-vba', 'not-probed', 'failed']);
export type MacroProbe = z.infer<typeof MacroProbeSchema>;

export const DocumentSummarySchema = z.object({
  roots: z.array(z.string()),
  byKind: z.record(DocumentKindSchema, z.object({ count: z.number().int(), bytes: z.number() })),
  macroEnabled: z.object({ count: z.number().int(), byKind: z.record(z.string(), z.number().int()) }),
  skipped: z.object({
    cloudPlaceholders: z.number().int(),
    unreadable: z.number().int(),
    symlinks: z.number().int(),
  }),
  truncated: z.boolean(),
  /** Only present when the user opted in to keeping paths. */
  files: z.array(z.object({
    path: z.string(), kind: DocumentKindSchema, bytes: z.number(), macro: z.boolean(),
    /** How `macro` was established: the container was opened and inspected, or why it was not. */
    probe: MacroProbeSchema.optional(),
  })).optional(),
  /**
   * Why the macro count can be trusted: macros are detected by structure (a VBA project inside), so a renamed
   * .docx that carries one counts and a .docm without one does not. These counters show both cases.
   */
  macroEvidence: z.object({
    /** Containers opened and inspected (OOXML central directory, compound-file directory). */
    probed: z.number().int(),
    /** VBA found in an OOXML file whose extension promises none (.docx, .xlsx, .pptx ...). */
    vbaInMacroFreeExtension: z.number().int(),
    /** Macro-enabled extension (.docm, .xlsm ...) without a VBA project inside. */
    macroExtensionWithoutVba: z.number().int(),
    /** Containers not opened: cloud placeholders or files too large to inspect. */
    notProbed: z.number().int(),
    /** Containers that could not be read or were corrupt. */
    probeFailed: z.number().int(),
  }).optional(),
  /** Roots that do not exist on this machine (nothing was counted for them). */
  missingRoots: z.array(z.string()).optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** Browser SaaS usage reduced to product-domain × day counts. */
export const WebUsageSchema = z.object({
  browser: z.string(),
  domain: z.string(),
  day: z.string(), // YYYY-MM-DD
  visits: z.number().int(),
});
export type WebUsage = z.infer<typeof WebUsageSchema>;

export const CollectorDiagnosticSchema = z.object({
  collector: z.string(),
  status: z.enum(['ok', 'skipped', 'partial', 'failed', 'cancelled']),
  durationMs: z.number(),
  itemCount: z.number().int(),
  /** Plain words for the user: what happened and what it means. */
  message: z.string().optional(),
});
export type CollectorDiagnostic = z.infer<typeof CollectorDiagnosticSchema>;

export const HostIdentitySchema = z.object({
  hostname: z.string(),
  os: z.object({ platform: PlatformSchema, name: z.string(), version: z.string(), arch: z.string() }),
  serial: z.string().optional(),
  hardwareUuid: z.string().optional(),
  machineId: z.string().optional(),
});
export type HostIdentity = z.infer<typeof HostIdentitySchema>;

export const InventoryFileSchema = z.object({
  format: z.literal('switchyard-inventory'),
  formatVersion: z.literal(INVENTORY_FORMAT_VERSION),
  generator: z.object({ name: z.string(), version: z.string() }),
  scannedAt: z.string(), // ISO date-time
  host: HostIdentitySchema,
  items: z.array(InventoryItemSchema),
  documents: DocumentSummarySchema.optional(),
  webUsage: z.array(WebUsageSchema).optional(),
  diagnostics: z.array(CollectorDiagnosticSchema),
});
export type InventoryFile = z.infer<typeof InventoryFileSchema>;
