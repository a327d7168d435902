/**
 * The shape of the human-edited catalogue sources in data/sources/**.yaml.
 *
 * One YAML file per product family or category. Each file may hold any of the top-level lists below;
 * ids are global across all files. The build (data/build) validates every file against this schema,
 * resolves references across files and compiles data/dist/catalogue.sqlite.
 *
 * Honesty rules the schema enforces:
 * - every fact that a CISO would act on (country, owner, licence, hosting, certifications) is backed by a
 *   source with a URL and the date someone verified it (`sources[].covers` names the facts it backs);
 * - anything not known is written as the literal 'unknown', never guessed.
 */
import { z } from 'zod';

export const ISO_COUNTRY = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code in capitals, e.g. DE');
export const COUNTRY_OR_UNKNOWN = z.union([ISO_COUNTRY, z.literal('unknown')]);
export const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD');
export const ID = z.string().regex(/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/, 'lower-case id: letters, digits, dots and dashes');
const YES_NO_UNKNOWN = z.enum(['yes', 'no', 'unknown']);

/** Fact names a source can back. The build checks that each fact an entry states is covered by one source. */
export const FACT = z.enum([
  'vendor', 'country', 'owner_country', 'jurisdiction', 'licence', 'open_source', 'self_hostable',
  'eu_hosting', 'platforms', 'formats', 'pricing', 'certifications', 'data_location', 'identifiers',
  'eol', 'flags', 'fit', 'steps',
]);
export type Fact = z.infer<typeof FACT>;

export const SOURCE = z.object({
  url: z.string().url(),
  verified_on: ISO_DATE,
  /** Which facts this source backs. */
  covers: z.array(FACT).min(1),
  /** vendor = the vendor's own site or docs, register = company/cert/package registry, repo = source repository. */
  kind: z.enum(['vendor', 'register', 'repo', 'standard', 'press', 'other']).default('vendor'),
});

/**
 * Detection identifiers. `value` is matched exactly (case-insensitively) except for the *_pattern schemes,
 * whose value is a JavaScript regular expression matched against the raw string (case-insensitive).
 */
export const IDENTIFIER_SCHEME = z.enum([
  'display_name_pattern', // Windows Uninstall DisplayName, regex
  'uninstall_key',        // Windows Uninstall subkey name (GUID or name), exact
  'c2r_release_id',       // Click-to-Run ProductReleaseIds entry, e.g. O365ProPlusRetail
  'winget',               // winget package id, e.g. Microsoft.Teams
  'appx_family',          // AppX/MSIX PackageFamilyName, e.g. MSTeams_8wekyb3d8bbwe
  'bundle_id',            // macOS CFBundleIdentifier
  'homebrew_cask',        // Homebrew cask token
  'deb',                  // Debian/Ubuntu package name
  'rpm',                  // RPM package name
  'flatpak',              // Flatpak application id
  'snap',                 // snap name
  'desktop_file',         // .desktop file id without the .desktop suffix
  'exe',                  // executable file name as seen in a process list, e.g. WINWORD.EXE, soffice.bin
  'domain',               // web domain for browser-history SaaS detection, e.g. teams.microsoft.com
  'choco',                // Chocolatey package id
]);
export type IdentifierScheme = z.infer<typeof IDENTIFIER_SCHEME>;

export const IDENTIFIER = z.object({
  scheme: IDENTIFIER_SCHEME,
  value: z.string().min(1),
  platform: z.enum(['windows', 'macos', 'linux', 'web', 'any']).optional(),
  /** Why this identifier, when it is not obvious (e.g. "new Teams since 2023"). */
  note: z.string().optional(),
});

export const PLATFORM = z.enum(['windows', 'macos', 'linux', 'web', 'android', 'ios']);

export const ORGANISATION = z.object({
  id: ID,
  name: z.string().min(1),
  /** Country of the operational headquarters. */
  country: COUNTRY_OR_UNKNOWN,
  /** Country of the ultimate owner (end of the >50 % control chain); equal to country when independent. */
  owner_country: COUNTRY_OR_UNKNOWN,
  owner_note: z.string().optional(),
  kind: z.enum(['company', 'foundation', 'association', 'community', 'public-body', 'unknown']),
  website: z.string().url().optional(),
  /** e.g. "US CLOUD Act applies to the parent company" */
  jurisdiction_note: z.string().optional(),
  sources: z.array(SOURCE).min(1),
});

export const CATEGORY = z.object({
  id: ID,
  name_en: z.string(),
  name_de: z.string(),
  parent: ID.optional(),
});

const FLAG = z.object({
  kind: z.enum(['non-eu-owner', 'sanctions', 'hyperscaler-dependency', 'upstream-dependency', 'licence-change', 'eol',
    'trust-concern', 'telemetry']),
  severity: z.enum(['info', 'minor', 'moderate', 'major']),
  text: z.string(),
  source_url: z.string().url(),
});

export const PRODUCT = z.object({
  id: ID,
  name: z.string().min(1),
  vendor: ID, // organisation id
  kind: z.enum(['desktop-app', 'saas', 'suite', 'platform', 'service', 'mobile-app', 'os']),
  category: ID,
  /** Other categories it also belongs to (Teams: chat and meetings). */
  also_categories: z.array(ID).default([]),
  /** Where the user's data lives. */
  data_location: z.enum(['local', 'vendor-cloud', 'local-and-cloud', 'customer-hosted', 'unknown']),
  jurisdiction_note: z.string().optional(),
  /** Suite membership: Word is part of ms-365-apps. Suites expand to their members when detected. */
  part_of: z.array(ID).default([]),
  /** C2R app id used in ExcludedApps (word, excel, powerpoint, outlook, onenote, access, publisher, lync, groove, onedrive, teams). */
  c2r_app: z.string().optional(),
  eol_date: ISO_DATE.optional(),
  aliases: z.array(z.string()).default([]),
  identifiers: z.array(IDENTIFIER).default([]),
  website: z.string().url().optional(),
  flags: z.array(FLAG).default([]),
  sources: z.array(SOURCE).min(1),
});

export const HOSTING_OFFER = z.object({
  provider: z.string(),
  country: ISO_COUNTRY, // where the data is stored
  url: z.string().url(),
  note: z.string().optional(),
});

export const CERTIFICATION = z.object({
  scheme: z.string(), // 'ISO 27001', 'BSI C5', 'SecNumCloud', 'TISAX', 'ENS', 'HDS', 'SCS-compatible', ...
  scope: z.string().optional(),
  source_url: z.string().url(),
});

export const FORMAT_SUPPORT = z.object({
  format: z.string(), // file extension without dot, or protocol name (imap, caldav, matrix, webdav)
  read: z.boolean(),
  write: z.boolean(),
  fidelity: z.enum(['native', 'high', 'partial', 'import-only', 'unknown']).default('unknown'),
});

export const ALTERNATIVE = z.object({
  id: ID,
  name: z.string().min(1),
  vendor: ID, // organisation id
  kind: z.enum(['desktop-app', 'saas', 'suite', 'platform', 'service', 'mobile-app', 'os', 'self-hosted']),
  category: ID,
  also_categories: z.array(ID).default([]),
  open_source: YES_NO_UNKNOWN,
  /** SPDX expression, 'proprietary' or 'unknown'. */
  licence: z.string().min(1),
  self_hostable: z.enum(['yes', 'no', 'enterprise-only', 'not-applicable', 'unknown']),
  eu_hosting: z.union([z.array(HOSTING_OFFER), z.literal('unknown')]),
  platforms: z.array(PLATFORM).min(1),
  formats: z.array(FORMAT_SUPPORT).default([]),
  pricing: z.enum(['free', 'freemium', 'subscription', 'perpetual', 'per-use', 'unknown']),
  certifications: z.union([z.array(CERTIFICATION), z.literal('unknown')]),
  website: z.string().url(),
  /** eurostack, opendesk, scs, la-suite, ... */
  tags: z.array(z.string()).default([]),
  /** For bundles (openDesk): the alternatives it contains. */
  bundle_of: z.array(ID).default([]),
  aliases: z.array(z.string()).default([]),
  identifiers: z.array(IDENTIFIER).default([]),
  flags: z.array(FLAG).default([]),
  eol_date: ISO_DATE.optional(),
  sources: z.array(SOURCE).min(1),
});

export const PHASE = z.enum(['governance', 'inventory', 'pilot', 'prepare', 'migrate', 'train', 'rollout', 'hypercare', 'decommission']);
export const OWNER_ROLE = z.enum(['it-admin', 'project-lead', 'dpo', 'legal-procurement', 'dept-champion', 'helpdesk', 'developer', 'management']);

/**
 * A migration step template. `applies_if` uses the small condition language of
 * shared/research/checklist.md §4.2 (facts, == != > >= < <=, and/or/not); empty = always.
 */
export const STEP_TEMPLATE = z.object({
  id: ID,
  phase: PHASE,
  title_en: z.string(),
  title_de: z.string(),
  detail_en: z.string().optional(),
  detail_de: z.string().optional(),
  owner_role: OWNER_ROLE,
  applies_if: z.string().optional(),
  /** Evidence fact whose value scales the effort, e.g. macro_files. */
  quantity_fact: z.string().optional(),
  effort: z.object({ base_h: z.number().nonnegative(), per_unit_h: z.number().nonnegative().default(0) }),
  risk: z.object({ likelihood: z.number().int().min(1).max(5), impact: z.number().int().min(1).max(5) }),
  depends_on: z.array(ID).default([]),
  /** Identical steps reached through several paths merge on this key. */
  dedupe_key: z.string().optional(),
  sources: z.array(SOURCE).min(1),
});

export const RELATION = z.object({
  product: ID,
  alternative: ID,
  fit: z.enum(['drop-in', 'partial', 'different-workflow']),
  gained: z.string().optional(),
  lost: z.string().optional(),
  interop: z.string().optional(),
  effort: z.enum(['S', 'M', 'L', 'XL']),
  /** Step template ids, in order. Cross-cutting steps are added by the planner, not listed here. */
  steps: z.array(ID).default([]),
  sources: z.array(SOURCE).min(1),
});

export const SOURCE_FILE = z.object({
  categories: z.array(CATEGORY).default([]),
  organisations: z.array(ORGANISATION).default([]),
  products: z.array(PRODUCT).default([]),
  alternatives: z.array(ALTERNATIVE).default([]),
  relations: z.array(RELATION).default([]),
  step_templates: z.array(STEP_TEMPLATE).default([]),
}).strict();

export type SourceFile = z.infer<typeof SOURCE_FILE>;
export type Organisation = z.infer<typeof ORGANISATION>;
export type Product = z.infer<typeof PRODUCT>;
export type Alternative = z.infer<typeof ALTERNATIVE>;
export type Relation = z.infer<typeof RELATION>;
export type StepTemplate = z.infer<typeof STEP_TEMPLATE>;
export type Category = z.infer<typeof CATEGORY>;
