/**
 * Typed, read-only queries over catalogue.sqlite. Every query is parameterised; results are plain data (see types.ts).
 * Statements are prepared once per repository; the search index is built on first use and kept, since the file
 * cannot change under a read-only connection.
 */
import type { Statement } from 'better-sqlite3';
import { openCatalogue, type CatalogueDb } from './open-catalogue';
import { CATALOGUE_DATA_LICENCE, CATALOGUE_SCHEMA_VERSION } from './schema-version';
import { createCatalogueSearch, type CatalogueSearch, type SearchCategory, type SearchDocument } from './search';
import type {
  AlternativeDetail, AlternativeFilter, AlternativeSummary, CatalogueStats, CatalogueStatus, CategoryRecord,
  EntityKind, FlagRecord, IdentifierRecord, MatchableEntry, OrganisationRecord, ProductDetail, RelationRecord,
  SearchResult, SourceRecord, StepTemplateRecord,
} from './types';

export interface CatalogueRepository {
  readonly path: string;
  stats(): CatalogueStats;
  listCategories(): CategoryRecord[];
  getProduct(id: string): ProductDetail | undefined;
  getAlternative(id: string): AlternativeDetail | undefined;
  filterAlternatives(filter: AlternativeFilter): AlternativeSummary[];
  listStepTemplates(): StepTemplateRecord[];
  listRelations(): RelationRecord[];
  listMatchables(): MatchableEntry[];
  search(query: string, limit?: number): SearchResult[];
  close(): void;
}

type Row = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optional = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const list = (value: unknown): string[] => JSON.parse(text(value) || '[]') as string[];

function toSource(row: Row): SourceRecord {
  return { url: text(row.url), verifiedOn: text(row.verified_on), kind: text(row.kind), covers: list(row.covers) };
}

function toFlag(row: Row): FlagRecord {
  return { kind: text(row.kind), severity: text(row.severity), text: text(row.text), sourceUrl: text(row.source_url) };
}

function toIdentifier(row: Row): IdentifierRecord {
  return { scheme: text(row.scheme), value: text(row.value), platform: optional(row.platform), note: optional(row.note) };
}

function toAlternativeSummary(row: Row): AlternativeSummary {
  return {
    id: text(row.id), name: text(row.name), vendor: text(row.vendor), vendorId: text(row.vendor_id),
    country: text(row.country), ownerCountry: text(row.owner_country), inEu: row.in_eu === 1, inEurope: row.in_europe === 1,
    kind: text(row.kind), categoryId: text(row.category_id), openSource: text(row.open_source), licence: text(row.licence),
    selfHostable: text(row.self_hostable), euHosting: text(row.eu_hosting), certifications: text(row.certifications),
    platforms: list(row.platforms), pricing: text(row.pricing), tags: list(row.tags), website: text(row.website),
    eolDate: optional(row.eol_date), sourceUrl: text(row.source_url), verifiedOn: text(row.verified_on),
  };
}

/** Alternatives side by side: European vendors first, then the better fit, then by name. */
const ALTERNATIVE_ORDER = `a.in_europe DESC,
  CASE pa.fit WHEN 'drop-in' THEN 0 WHEN 'partial' THEN 1 ELSE 2 END,
  a.name COLLATE NOCASE`;

export function createCatalogueRepository(db: CatalogueDb, status: Extract<CatalogueStatus, { state: 'ok' }>): CatalogueRepository {
  const statements = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    const statement = statements.get(sql) ?? db.prepare(sql);
    statements.set(sql, statement);
    return statement;
  };
  const all = (sql: string, ...params: unknown[]): Row[] => prepare(sql).all(...params) as Row[];
  const one = (sql: string, ...params: unknown[]): Row | undefined => prepare(sql).get(...params) as Row | undefined;
  const column = (sql: string, ...params: unknown[]): string[] =>
    all(sql, ...params).map((row) => text(Object.values(row)[0]));

  const sourcesOf = (kind: string, id: string): SourceRecord[] =>
    all('SELECT url, verified_on, kind, covers FROM sources WHERE entity_kind = ? AND entity_id = ? ORDER BY position', kind, id).map(toSource);
  const flagsOf = (kind: EntityKind, id: string): FlagRecord[] =>
    all('SELECT kind, severity, text, source_url FROM flags WHERE entity_kind = ? AND entity_id = ? ORDER BY position', kind, id).map(toFlag);
  const identifiersOf = (kind: EntityKind, id: string): IdentifierRecord[] =>
    all('SELECT scheme, value, platform, note FROM identifiers WHERE entity_kind = ? AND entity_id = ? ORDER BY rowid', kind, id).map(toIdentifier);
  const aliasesOf = (kind: EntityKind, id: string): string[] =>
    column('SELECT alias FROM aliases WHERE entity_kind = ? AND entity_id = ? ORDER BY alias', kind, id);
  const categoriesOf = (kind: EntityKind, id: string): string[] =>
    column('SELECT category_id FROM entity_categories WHERE entity_kind = ? AND entity_id = ? ORDER BY is_primary DESC, category_id', kind, id);
  const stepsOf = (productId: string, alternativeId: string): string[] =>
    column('SELECT step_id FROM relation_steps WHERE product_id = ? AND alternative_id = ? ORDER BY position', productId, alternativeId);

  const organisation = (id: string): OrganisationRecord => {
    const row = one('SELECT * FROM organisations WHERE id = ?', id) ?? {};
    return {
      id: text(row.id), name: text(row.name), kind: text(row.kind), country: text(row.country),
      ownerCountry: text(row.owner_country), ownerNote: optional(row.owner_note), inEu: row.in_eu === 1,
      inEurope: row.in_europe === 1, website: optional(row.website), jurisdictionNote: optional(row.jurisdiction_note),
      sourceUrl: text(row.source_url), verifiedOn: text(row.verified_on), sources: sourcesOf('organisation', id),
    };
  };
  const toRelation = (row: Row): RelationRecord => {
    const productId = text(row.product_id);
    const alternativeId = text(row.alternative_id);
    return {
      productId, alternativeId, fit: text(row.fit), effort: text(row.effort), gained: optional(row.gained),
      lost: optional(row.lost), interop: optional(row.interop), steps: stepsOf(productId, alternativeId),
      sources: sourcesOf('relation', `${productId}/${alternativeId}`),
    };
  };

  let search: CatalogueSearch | undefined;
  const searchIndex = (): CatalogueSearch => {
    if (search) return search;
    const categories: SearchCategory[] = all('SELECT id, name_en, name_de FROM categories ORDER BY id')
      .map((row) => ({ id: text(row.id), names: [text(row.name_en), text(row.name_de)] }));
    const categoriesByEntity = new Map<string, string[]>();
    for (const row of all('SELECT entity_kind, entity_id, category_id FROM entity_categories ORDER BY category_id')) {
      const key = `${text(row.entity_kind)}:${text(row.entity_id)}`;
      categoriesByEntity.set(key, [...(categoriesByEntity.get(key) ?? []), text(row.category_id)]);
    }
    const documents: SearchDocument[] = listMatchables().map((entry) => ({
      kind: entry.kind, id: entry.id, name: entry.name, aliases: entry.aliases, vendor: entry.vendor,
      category: entry.category, categories: categoriesByEntity.get(`${entry.kind}:${entry.id}`) ?? [entry.category],
    }));
    search = createCatalogueSearch(documents, categories);
    return search;
  };

  function listMatchables(): MatchableEntry[] {
    const aliases = groupBy(all('SELECT entity_kind, entity_id, alias FROM aliases ORDER BY alias'), (row) => text(row.alias));
    const identifiers = groupBy(all('SELECT entity_kind, entity_id, scheme, value, platform FROM identifiers ORDER BY rowid'), (row) => {
      const platform = optional(row.platform);
      return { scheme: text(row.scheme), value: text(row.value), ...(platform ? { platform } : {}) };
    });
    const pairs = (sql: string): Map<string, string[]> => {
      const map = new Map<string, string[]>();
      for (const row of all(sql)) map.set(text(row.key), [...(map.get(text(row.key)) ?? []), text(row.value)]);
      return map;
    };
    const suitesOf = pairs('SELECT member_id AS key, suite_id AS value FROM suite_members ORDER BY suite_id');
    const membersOf = pairs('SELECT suite_id AS key, member_id AS value FROM suite_members ORDER BY member_id');
    const bundlesOf = pairs('SELECT member_id AS key, bundle_id AS value FROM bundle_members ORDER BY bundle_id');
    const componentsOf = pairs('SELECT bundle_id AS key, member_id AS value FROM bundle_members ORDER BY member_id');
    const entry = (kind: EntityKind, row: Row, partOf: Map<string, string[]>, members: Map<string, string[]>): MatchableEntry => {
      const id = text(row.id);
      const c2rApp = optional(row.c2r_app);
      return {
        kind, id, name: text(row.name), vendor: text(row.vendor), category: text(row.category_id),
        aliases: aliases.get(`${kind}:${id}`) ?? [], identifiers: identifiers.get(`${kind}:${id}`) ?? [],
        partOf: partOf.get(id) ?? [], members: members.get(id) ?? [], ...(c2rApp ? { c2rApp } : {}),
      };
    };
    return [
      ...all('SELECT id, name, vendor, category_id, c2r_app FROM products ORDER BY id').map((row) => entry('product', row, suitesOf, membersOf)),
      ...all('SELECT id, name, vendor, category_id FROM alternatives ORDER BY id').map((row) => entry('alternative', row, bundlesOf, componentsOf)),
    ];
  }

  return {
    path: status.path,

    stats() {
      const count = (sql: string): number => Number(Object.values(one(sql) ?? {})[0] ?? 0);
      return {
        path: status.path, buildId: status.buildId, buildDate: status.buildDate,
        schemaVersion: CATALOGUE_SCHEMA_VERSION, dataLicence: text(one("SELECT value FROM meta WHERE key = 'data_licence'")?.value) || CATALOGUE_DATA_LICENCE,
        counts: status.counts,
        europeanAlternatives: count('SELECT COUNT(*) FROM alternatives WHERE in_europe = 1'),
        openSourceAlternatives: count("SELECT COUNT(*) FROM alternatives WHERE open_source = 'yes'"),
        selfHostableAlternatives: count("SELECT COUNT(*) FROM alternatives WHERE self_hostable IN ('yes', 'enterprise-only')"),
      };
    },

    listCategories() {
      return all(`SELECT c.id, c.name_en, c.name_de, c.parent_id,
          (SELECT COUNT(*) FROM entity_categories e WHERE e.category_id = c.id AND e.entity_kind = 'product') AS products,
          (SELECT COUNT(*) FROM entity_categories e WHERE e.category_id = c.id AND e.entity_kind = 'alternative') AS alternatives
        FROM categories c ORDER BY c.name_en COLLATE NOCASE`).map((row) => ({
        id: text(row.id), nameEn: text(row.name_en), nameDe: text(row.name_de), parentId: optional(row.parent_id),
        products: Number(row.products), alternatives: Number(row.alternatives),
      }));
    },

    getProduct(id) {
      const row = one('SELECT * FROM products WHERE id = ?', id);
      if (!row) return undefined;
      const alternatives = all(`SELECT pa.product_id, pa.alternative_id, pa.fit, pa.effort, pa.gained, pa.lost, pa.interop, a.*
        FROM product_alternatives pa JOIN alternatives a ON a.id = pa.alternative_id
        WHERE pa.product_id = ? ORDER BY ${ALTERNATIVE_ORDER}`, id).map((joined) => ({
        relation: toRelation(joined),
        alternative: toAlternativeSummary(joined),
        alternativeSources: sourcesOf('alternative', text(joined.alternative_id)),
        vendorSources: sourcesOf('organisation', text(joined.vendor_id)),
      }));
      return {
        id, name: text(row.name), vendor: text(row.vendor), vendorId: text(row.vendor_id), country: text(row.country),
        ownerCountry: text(row.owner_country), kind: text(row.kind), categoryId: text(row.category_id),
        categories: categoriesOf('product', id), dataLocation: text(row.data_location),
        jurisdictionNote: optional(row.jurisdiction_note), c2rApp: optional(row.c2r_app), eolDate: optional(row.eol_date),
        website: optional(row.website), sourceUrl: text(row.source_url), verifiedOn: text(row.verified_on),
        aliases: aliasesOf('product', id), identifiers: identifiersOf('product', id), flags: flagsOf('product', id),
        sources: sourcesOf('product', id),
        partOf: column('SELECT suite_id FROM suite_members WHERE member_id = ? ORDER BY suite_id', id),
        members: column('SELECT member_id FROM suite_members WHERE suite_id = ? ORDER BY member_id', id),
        vendorOrganisation: organisation(text(row.vendor_id)),
        alternatives,
      };
    },

    getAlternative(id) {
      const row = one('SELECT * FROM alternatives WHERE id = ?', id);
      if (!row) return undefined;
      return {
        ...toAlternativeSummary(row),
        categories: categoriesOf('alternative', id),
        aliases: aliasesOf('alternative', id),
        identifiers: identifiersOf('alternative', id),
        hostingOffers: all('SELECT provider, country, url, note FROM hosting_offers WHERE alternative_id = ? ORDER BY position', id)
          .map((offer) => ({ provider: text(offer.provider), country: text(offer.country), url: text(offer.url), note: optional(offer.note) })),
        certificationList: all('SELECT scheme, scope, source_url FROM certifications WHERE alternative_id = ? ORDER BY position', id)
          .map((cert) => ({ scheme: text(cert.scheme), scope: optional(cert.scope), sourceUrl: text(cert.source_url) })),
        formats: all('SELECT format, read, write, fidelity FROM formats WHERE alternative_id = ? ORDER BY position', id)
          .map((format) => ({ format: text(format.format), read: format.read === 1, write: format.write === 1, fidelity: text(format.fidelity) })),
        flags: flagsOf('alternative', id),
        sources: sourcesOf('alternative', id),
        bundleOf: column('SELECT member_id FROM bundle_members WHERE bundle_id = ? ORDER BY member_id', id),
        partOfBundles: column('SELECT bundle_id FROM bundle_members WHERE member_id = ? ORDER BY bundle_id', id),
        vendorOrganisation: organisation(text(row.vendor_id)),
        replaces: all(`SELECT pa.product_id, p.name, pa.fit, pa.effort FROM product_alternatives pa
            JOIN products p ON p.id = pa.product_id WHERE pa.alternative_id = ? ORDER BY p.name COLLATE NOCASE`, id)
          .map((rel) => ({ productId: text(rel.product_id), productName: text(rel.name), fit: text(rel.fit), effort: text(rel.effort) })),
      };
    },

    filterAlternatives(filter) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.category !== undefined) {
        where.push("EXISTS (SELECT 1 FROM entity_categories e WHERE e.entity_kind = 'alternative' AND e.entity_id = a.id AND e.category_id = ?)");
        params.push(filter.category);
      }
      if (filter.country !== undefined) {
        where.push('a.country = ?');
        params.push(filter.country.toUpperCase());
      }
      if (filter.eu !== undefined) where.push(`a.in_eu = ${filter.eu ? 1 : 0}`);
      if (filter.europe !== undefined) where.push(`a.in_europe = ${filter.europe ? 1 : 0}`);
      if (filter.openSource !== undefined) where.push(filter.openSource ? "a.open_source = 'yes'" : "a.open_source <> 'yes'");
      if (filter.selfHostable !== undefined) {
        where.push(`a.self_hostable ${filter.selfHostable ? '' : 'NOT '}IN ('yes', 'enterprise-only')`);
      }
      if (filter.euHosting !== undefined) where.push(filter.euHosting ? "a.eu_hosting = 'listed'" : "a.eu_hosting <> 'listed'");
      if (filter.platform !== undefined) {
        where.push('EXISTS (SELECT 1 FROM json_each(a.platforms) WHERE json_each.value = ?)');
        params.push(filter.platform);
      }
      if (filter.certification !== undefined) {
        where.push("EXISTS (SELECT 1 FROM certifications c WHERE c.alternative_id = a.id AND c.scheme LIKE '%' || ? || '%' ESCAPE '\\')");
        params.push(filter.certification.replace(/[\\%_]/g, (character) => `\\${character}`));
      }
      const sql = `SELECT a.* FROM alternatives a ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.name COLLATE NOCASE, a.id`;
      return all(sql, ...params).map(toAlternativeSummary);
    },

    listStepTemplates() {
      const dependsOn = new Map<string, string[]>();
      for (const row of all('SELECT step_id, depends_on_id FROM step_dependencies ORDER BY depends_on_id')) {
        dependsOn.set(text(row.step_id), [...(dependsOn.get(text(row.step_id)) ?? []), text(row.depends_on_id)]);
      }
      return all('SELECT * FROM step_templates ORDER BY id').map((row) => ({
        id: text(row.id), phase: text(row.phase), titleEn: text(row.title_en), titleDe: text(row.title_de),
        detailEn: optional(row.detail_en), detailDe: optional(row.detail_de), ownerRole: text(row.owner_role),
        appliesIf: optional(row.applies_if), quantityFact: optional(row.quantity_fact),
        effort: { baseH: Number(row.effort_base_h), perUnitH: Number(row.effort_per_unit_h) },
        risk: { likelihood: Number(row.risk_likelihood), impact: Number(row.risk_impact) },
        dependsOn: dependsOn.get(text(row.id)) ?? [], dedupeKey: optional(row.dedupe_key),
        sources: sourcesOf('step_template', text(row.id)),
      }));
    },

    listRelations() {
      return all('SELECT * FROM product_alternatives ORDER BY product_id, alternative_id').map(toRelation);
    },

    listMatchables,

    search(query, limit) {
      return searchIndex().search(query, limit);
    },

    close() {
      db.close();
    },
  };
}

/** Opens the catalogue file read-only and wraps it; a missing or unusable file comes back as its status, never thrown. */
export function openCatalogueRepository(file: string):
  { ok: true; repository: CatalogueRepository } | { ok: false; status: Exclude<CatalogueStatus, { state: 'ok' }> } {
  const opened = openCatalogue(file);
  return opened.ok ? { ok: true, repository: createCatalogueRepository(opened.db, opened.status) } : { ok: false, status: opened.status };
}

function groupBy<T>(rows: Row[], map: (row: Row) => T): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const key = `${text(row.entity_kind)}:${text(row.entity_id)}`;
    grouped.set(key, [...(grouped.get(key) ?? []), map(row)]);
  }
  return grouped;
}
