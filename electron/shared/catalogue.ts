/**
 * What the catalogue repository returns. Plain data (no rowids, no classes): these objects cross IPC, go into the
 * state database by id, and are printed by `switchyard catalogue --json`. Absent optional text is null, so the JSON
 * shape is stable. Field meanings are documented with the tables in data/SCHEMA.md.
 */

export type EntityKind = 'product' | 'alternative';

/** One catalogue entry as the matching engine sees it: everything needed to recognise it in an inventory. */
export interface MatchableEntry {
  kind: EntityKind;
  id: string;
  name: string;
  /** Vendor organisation name. */
  vendor: string;
  /** Primary category id. */
  category: string;
  aliases: string[];
  identifiers: { scheme: string; value: string; platform?: string }[];
  /** Products: the suites it belongs to (part_of). Alternatives: the bundles that contain it. */
  partOf: string[];
  /** Products: the suite's members. Alternatives: the bundle's components (bundle_of). */
  members: string[];
  /** Click-to-Run app id (ExcludedApps) for members of the Microsoft 365 suite. */
  c2rApp?: string;
}

export interface CatalogueCounts {
  categories: number;
  organisations: number;
  products: number;
  alternatives: number;
  relations: number;
  stepTemplates: number;
  identifiers: number;
}

export type CatalogueStatus =
  | { state: 'ok'; path: string; buildId: string; buildDate: string | null; counts: CatalogueCounts }
  | { state: 'missing'; path: string }
  | { state: 'invalid'; path: string; message: string };

export interface SourceRecord {
  url: string;
  verifiedOn: string;
  kind: string;
  /** The facts this source backs (country, licence, fit, ...). */
  covers: string[];
}

export interface FlagRecord {
  kind: string;
  severity: string;
  text: string;
  sourceUrl: string;
}

export interface IdentifierRecord {
  scheme: string;
  value: string;
  platform: string | null;
  note: string | null;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: string;
  country: string;
  ownerCountry: string;
  ownerNote: string | null;
  inEu: boolean;
  inEurope: boolean;
  website: string | null;
  jurisdictionNote: string | null;
  sourceUrl: string;
  verifiedOn: string;
  sources: SourceRecord[];
}

export interface CategoryRecord {
  id: string;
  nameEn: string;
  nameDe: string;
  parentId: string | null;
  /** Entries in the category, primary or additional. */
  products: number;
  alternatives: number;
}

export interface AlternativeSummary {
  id: string;
  name: string;
  vendor: string;
  vendorId: string;
  /** ISO code of the vendor's headquarters. */
  country: string;
  ownerCountry: string;
  inEu: boolean;
  inEurope: boolean;
  kind: string;
  categoryId: string;
  openSource: string;
  licence: string;
  selfHostable: string;
  /** 'listed' = hosting offers in hostingOffers, 'none' = none exist, 'unknown' = not researched. */
  euHosting: string;
  certifications: string;
  platforms: string[];
  pricing: string;
  tags: string[];
  website: string;
  eolDate: string | null;
  sourceUrl: string;
  verifiedOn: string;
}

export interface HostingOfferRecord {
  provider: string;
  country: string;
  url: string;
  note: string | null;
}

export interface CertificationRecord {
  scheme: string;
  scope: string | null;
  sourceUrl: string;
}

export interface FormatRecord {
  format: string;
  read: boolean;
  write: boolean;
  fidelity: string;
}

export interface AlternativeDetail extends AlternativeSummary {
  categories: string[];
  aliases: string[];
  identifiers: IdentifierRecord[];
  hostingOffers: HostingOfferRecord[];
  certificationList: CertificationRecord[];
  formats: FormatRecord[];
  flags: FlagRecord[];
  sources: SourceRecord[];
  bundleOf: string[];
  partOfBundles: string[];
  vendorOrganisation: OrganisationRecord;
  /** The products it is an alternative to. */
  replaces: { productId: string; productName: string; fit: string; effort: string }[];
}

export interface RelationRecord {
  productId: string;
  alternativeId: string;
  fit: string;
  effort: string;
  gained: string | null;
  lost: string | null;
  interop: string | null;
  /** Step template ids, in order. */
  steps: string[];
  sources: SourceRecord[];
}

export interface ProductAlternative {
  relation: RelationRecord;
  alternative: AlternativeSummary;
  /** Sources of the alternative's own facts (licence, hosting, ...) and of its vendor's (country, owner). */
  alternativeSources: SourceRecord[];
  vendorSources: SourceRecord[];
}

export interface ProductDetail {
  id: string;
  name: string;
  vendor: string;
  vendorId: string;
  country: string;
  ownerCountry: string;
  kind: string;
  categoryId: string;
  categories: string[];
  dataLocation: string;
  jurisdictionNote: string | null;
  c2rApp: string | null;
  eolDate: string | null;
  website: string | null;
  sourceUrl: string;
  verifiedOn: string;
  aliases: string[];
  identifiers: IdentifierRecord[];
  flags: FlagRecord[];
  sources: SourceRecord[];
  partOf: string[];
  members: string[];
  vendorOrganisation: OrganisationRecord;
  /** Side by side, European vendors first, then by name. */
  alternatives: ProductAlternative[];
}

export interface StepTemplateRecord {
  id: string;
  phase: string;
  titleEn: string;
  titleDe: string;
  detailEn: string | null;
  detailDe: string | null;
  ownerRole: string;
  appliesIf: string | null;
  quantityFact: string | null;
  effort: { baseH: number; perUnitH: number };
  risk: { likelihood: number; impact: number };
  dependsOn: string[];
  dedupeKey: string | null;
  sources: SourceRecord[];
}

/** Every criterion is optional; the ones given must all hold. */
export interface AlternativeFilter {
  /** Primary or additional category. */
  category?: string;
  /** ISO code of the vendor's headquarters. */
  country?: string;
  /** Vendor headquartered in an EU member state. */
  eu?: boolean;
  /** Vendor headquartered in Europe (EU, EEA, CH, GB, ...; see european-countries.ts). */
  europe?: boolean;
  openSource?: boolean;
  /** self_hostable is 'yes' or 'enterprise-only'. */
  selfHostable?: boolean;
  /** At least one listed EU hosting offer. */
  euHosting?: boolean;
  platform?: string;
  /** Certification scheme, matched case-insensitively as a substring ('27001', 'C5'). */
  certification?: string;
}

export interface SearchResult {
  kind: EntityKind;
  id: string;
  name: string;
  vendor: string;
  category: string;
  /** 0 = perfect match, 1 = no match (fuse.js score). */
  score: number;
}

export interface CatalogueStats {
  path: string;
  buildId: string;
  buildDate: string | null;
  schemaVersion: number;
  dataLicence: string;
  counts: CatalogueCounts;
  europeanAlternatives: number;
  openSourceAlternatives: number;
  selfHostableAlternatives: number;
}
