/**
 * Writes a validated catalogue model to catalogue.sqlite, atomically (temp file + rename) and deterministically:
 * rows go in sorted by id, no clock is read, and VACUUM rewrites the pages in order, so the same sources give the
 * same bytes. journal_mode=DELETE because the shipped file sits in read-only install folders, where a WAL database
 * cannot be opened.
 */
import { renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { isEuMember, isEuropean } from '../../electron/core/catalogue/european-countries';
import { CATALOGUE_DATA_LICENCE, CATALOGUE_SCHEMA_VERSION } from '../../electron/core/catalogue/schema-version';
import type { Alternative, Product } from '../schema/source-schema';
import { CATALOGUE_DDL } from './catalogue-ddl';
import type { CatalogueModel } from './validate-catalogue';

export interface CatalogueMeta {
  buildId: string;
  sourceHash: string;
  /** The latest verified_on of all sources, or null for an empty catalogue: a build never reads the clock. */
  buildDate: string | null;
}

export interface CatalogueCounts {
  categories: number;
  organisations: number;
  products: number;
  alternatives: number;
  relations: number;
  step_templates: number;
  identifiers: number;
}

type SourceList = { url: string; verified_on: string }[];

const byId = <T extends { id: string }>(a: { value: T }, b: { value: T }): number => compare(a.value.id, b.value.id);
/** Plain code-unit order, independent of the machine's locale. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const latest = (sources: SourceList): string => sources.map((source) => source.verified_on).sort(compare).at(-1) ?? '';
const flag = (value: boolean): number => (value ? 1 : 0);

export function countModel(model: CatalogueModel): CatalogueCounts {
  return {
    categories: model.categories.length,
    organisations: model.organisations.length,
    products: model.products.length,
    alternatives: model.alternatives.length,
    relations: model.relations.length,
    step_templates: model.stepTemplates.length,
    identifiers: [...model.products, ...model.alternatives].reduce((sum, entry) => sum + entry.value.identifiers.length, 0),
  };
}

export function latestVerifiedOn(model: CatalogueModel): string | null {
  const all = [
    ...model.organisations, ...model.products, ...model.alternatives, ...model.relations, ...model.stepTemplates,
  ].flatMap((entry) => entry.value.sources);
  return all.length > 0 ? latest(all) : null;
}

export function writeCatalogue(model: CatalogueModel, meta: CatalogueMeta, outFile: string): void {
  const tempFile = `${outFile}.tmp-${process.pid}`;
  rmSync(tempFile, { force: true });
  const db = new Database(tempFile);
  try {
    db.pragma('journal_mode = DELETE');
    db.exec(CATALOGUE_DDL);
    // Foreign keys are checked at commit, so rows can go in sorted by id whatever refers to what.
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      insertAll(db, model, meta);
    })();
    db.pragma(`user_version = ${CATALOGUE_SCHEMA_VERSION}`);
    db.exec('ANALYZE');
    db.exec('VACUUM');
    db.close();
    renameSync(tempFile, outFile);
  } catch (error) {
    if (db.open) db.close();
    rmSync(tempFile, { force: true });
    throw error;
  }
}

function insertAll(db: Database.Database, model: CatalogueModel, meta: CatalogueMeta): void {
  const statements = new Map<string, Database.Statement>();
  const insert = (table: string, row: Record<string, unknown>): void => {
    const columns = Object.keys(row);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`;
    const statement = statements.get(sql) ?? db.prepare(sql);
    statements.set(sql, statement);
    statement.run(Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value ?? null])));
  };
  const insertSources = (entityKind: string, entityId: string, sources: CatalogueModel['products'][number]['value']['sources']): void => {
    sources.forEach((source, position) => insert('sources', {
      entity_kind: entityKind, entity_id: entityId, position, url: source.url, verified_on: source.verified_on,
      kind: source.kind, covers: JSON.stringify(source.covers),
    }));
  };

  const counts = countModel(model);
  const metaRows: [string, string | null][] = [
    ['build_date', meta.buildDate],
    ['build_id', meta.buildId],
    ['counts', JSON.stringify(counts)],
    ['data_licence', CATALOGUE_DATA_LICENCE],
    ['schema_version', String(CATALOGUE_SCHEMA_VERSION)],
    ['source_hash', meta.sourceHash],
  ];
  for (const [key, value] of metaRows) insert('meta', { key, value });

  const categories = [...model.categories].sort(byId).map((entry) => entry.value);
  const categoryNames = new Map(categories.map((category) => [category.id, `${category.name_en} ${category.name_de}`]));
  for (const category of categories) {
    insert('categories', { id: category.id, name_en: category.name_en, name_de: category.name_de, parent_id: category.parent });
  }

  const organisations = new Map(model.organisations.map((entry) => [entry.value.id, entry.value]));
  for (const { value: org } of [...model.organisations].sort(byId)) {
    insert('organisations', {
      id: org.id, name: org.name, kind: org.kind, country: org.country, owner_country: org.owner_country,
      owner_note: org.owner_note, in_eu: flag(isEuMember(org.country)), in_europe: flag(isEuropean(org.country)),
      website: org.website, jurisdiction_note: org.jurisdiction_note,
      source_url: org.sources[0]?.url, verified_on: latest(org.sources),
    });
    insertSources('organisation', org.id, org.sources);
  }

  const insertShared = (kind: 'product' | 'alternative', entry: Product | Alternative): void => {
    for (const categoryId of new Set([entry.category, ...entry.also_categories])) {
      insert('entity_categories', { entity_kind: kind, entity_id: entry.id, category_id: categoryId, is_primary: flag(categoryId === entry.category) });
    }
    const identifiers = [...entry.identifiers].sort((a, b) =>
      compare(a.scheme, b.scheme) || compare(a.value, b.value) || compare(a.platform ?? '', b.platform ?? ''));
    for (const identifier of identifiers) {
      insert('identifiers', {
        entity_kind: kind, entity_id: entry.id, scheme: identifier.scheme, value: identifier.value,
        platform: identifier.platform, note: identifier.note,
      });
    }
    for (const alias of [...new Set(entry.aliases)].sort(compare)) insert('aliases', { entity_kind: kind, entity_id: entry.id, alias });
    entry.flags.forEach((item, position) => insert('flags', {
      entity_kind: kind, entity_id: entry.id, position, kind: item.kind, severity: item.severity, text: item.text, source_url: item.source_url,
    }));
    insertSources(kind, entry.id, entry.sources);
    const vendor = organisations.get(entry.vendor);
    const categoryText = [entry.category, ...entry.also_categories].map((id) => categoryNames.get(id) ?? id).join(' ');
    insert('search_index', {
      entity_kind: kind, entity_id: entry.id, name: entry.name, aliases: entry.aliases.join(' '),
      vendor: vendor?.name ?? entry.vendor, category: categoryText,
    });
  };
  const vendorColumns = (vendorId: string): Record<string, unknown> => {
    const vendor = organisations.get(vendorId);
    return { vendor: vendor?.name, vendor_id: vendorId, country: vendor?.country, owner_country: vendor?.owner_country };
  };

  const products = [...model.products].sort(byId).map((entry) => entry.value);
  for (const product of products) {
    insert('products', {
      id: product.id, name: product.name, ...vendorColumns(product.vendor), kind: product.kind, category_id: product.category,
      data_location: product.data_location, jurisdiction_note: product.jurisdiction_note, c2r_app: product.c2r_app,
      eol_date: product.eol_date, website: product.website, source_url: product.sources[0]?.url, verified_on: latest(product.sources),
    });
    insertShared('product', product);
  }
  const suitePairs = products.flatMap((product) => product.part_of.map((suiteId) => [suiteId, product.id] as const));
  for (const [suiteId, memberId] of uniquePairs(suitePairs)) insert('suite_members', { suite_id: suiteId, member_id: memberId });

  const alternatives = [...model.alternatives].sort(byId).map((entry) => entry.value);
  for (const alternative of alternatives) {
    const country = organisations.get(alternative.vendor)?.country ?? 'unknown';
    insert('alternatives', {
      id: alternative.id, name: alternative.name, ...vendorColumns(alternative.vendor),
      in_eu: flag(isEuMember(country)), in_europe: flag(isEuropean(country)),
      kind: alternative.kind, category_id: alternative.category, open_source: alternative.open_source,
      licence: alternative.licence, self_hostable: alternative.self_hostable,
      eu_hosting: summarise(alternative.eu_hosting), certifications: summarise(alternative.certifications),
      platforms: JSON.stringify([...alternative.platforms].sort(compare)), pricing: alternative.pricing,
      tags: JSON.stringify([...new Set(alternative.tags)].sort(compare)), website: alternative.website,
      eol_date: alternative.eol_date, source_url: alternative.sources[0]?.url, verified_on: latest(alternative.sources),
    });
    insertShared('alternative', alternative);
    if (Array.isArray(alternative.eu_hosting)) {
      alternative.eu_hosting.forEach((offer, position) => insert('hosting_offers', {
        alternative_id: alternative.id, position, provider: offer.provider, country: offer.country, url: offer.url, note: offer.note,
      }));
    }
    if (Array.isArray(alternative.certifications)) {
      alternative.certifications.forEach((certification, position) => insert('certifications', {
        alternative_id: alternative.id, position, scheme: certification.scheme, scope: certification.scope, source_url: certification.source_url,
      }));
    }
    alternative.formats.forEach((format, position) => insert('formats', {
      alternative_id: alternative.id, position, format: format.format, read: flag(format.read), write: flag(format.write), fidelity: format.fidelity,
    }));
  }
  const bundlePairs = alternatives.flatMap((alternative) => alternative.bundle_of.map((memberId) => [alternative.id, memberId] as const));
  for (const [bundleId, memberId] of uniquePairs(bundlePairs)) insert('bundle_members', { bundle_id: bundleId, member_id: memberId });

  const relations = [...model.relations].map((entry) => entry.value)
    .sort((a, b) => compare(a.product, b.product) || compare(a.alternative, b.alternative));
  for (const relation of relations) {
    insert('product_alternatives', {
      product_id: relation.product, alternative_id: relation.alternative, fit: relation.fit, effort: relation.effort,
      gained: relation.gained, lost: relation.lost, interop: relation.interop,
      source_url: relation.sources[0]?.url, verified_on: latest(relation.sources),
    });
    relation.steps.forEach((stepId, position) => insert('relation_steps', {
      product_id: relation.product, alternative_id: relation.alternative, position, step_id: stepId,
    }));
    insertSources('relation', `${relation.product}/${relation.alternative}`, relation.sources);
  }

  for (const { value: step } of [...model.stepTemplates].sort(byId)) {
    insert('step_templates', {
      id: step.id, phase: step.phase, title_en: step.title_en, title_de: step.title_de, detail_en: step.detail_en,
      detail_de: step.detail_de, owner_role: step.owner_role, applies_if: step.applies_if, quantity_fact: step.quantity_fact,
      effort_base_h: step.effort.base_h, effort_per_unit_h: step.effort.per_unit_h,
      risk_likelihood: step.risk.likelihood, risk_impact: step.risk.impact, dedupe_key: step.dedupe_key,
      source_url: step.sources[0]?.url, verified_on: latest(step.sources),
    });
    for (const dependsOn of [...new Set(step.depends_on)].sort(compare)) insert('step_dependencies', { step_id: step.id, depends_on_id: dependsOn });
    insertSources('step_template', step.id, step.sources);
  }
}

/** 'unknown' stays 'unknown'; a list becomes 'listed' (rows in the detail table) or 'none' (an explicit empty list). */
function summarise(value: unknown[] | 'unknown'): string {
  return value === 'unknown' ? 'unknown' : value.length > 0 ? 'listed' : 'none';
}

function uniquePairs(pairs: (readonly [string, string])[]): (readonly [string, string])[] {
  const seen = new Map(pairs.map((pair) => [`${pair[0]}/${pair[1]}`, pair]));
  return [...seen.values()].sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
}
