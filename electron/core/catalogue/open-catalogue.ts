/**
 * Opening the catalogue: read-only by construction (`readonly: true, fileMustExist: true`), so no code path can
 * modify the shipped file or create an empty one, and checked before use (schema version, meta table) so a stale or
 * foreign file is reported in words instead of failing later in a query. Never throws.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { sqliteOptions } from '../store/sqlite-options';
import { CATALOGUE_SCHEMA_VERSION } from './schema-version';
import type { CatalogueCounts, CatalogueStatus } from './types';

/** A connection that can only read the catalogue. A distinct type, so a writable handle cannot be passed by mistake. */
export type CatalogueDb = Database.Database & { readonly __catalogueDb: true };

export type OpenCatalogueResult =
  | { ok: true; db: CatalogueDb; status: Extract<CatalogueStatus, { state: 'ok' }> }
  | { ok: false; status: Exclude<CatalogueStatus, { state: 'ok' }> };

const REBUILD_HINT = 'rebuild it with `npm run build:catalogue` or reinstall Switchyard';

interface MetaCounts {
  categories?: number; organisations?: number; products?: number; alternatives?: number;
  relations?: number; step_templates?: number; identifiers?: number;
}

function readStatus(db: Database.Database, file: string): CatalogueStatus {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== CATALOGUE_SCHEMA_VERSION) {
    return { state: 'invalid', path: file, message: `the catalogue has schema version ${version}, this Switchyard reads version ${CATALOGUE_SCHEMA_VERSION}; ${REBUILD_HINT}` };
  }
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string | null }[];
  const meta = new Map(rows.map((row) => [row.key, row.value]));
  const buildId = meta.get('build_id');
  if (!buildId) return { state: 'invalid', path: file, message: `the catalogue has no build id; ${REBUILD_HINT}` };
  const raw = JSON.parse(meta.get('counts') ?? '{}') as MetaCounts;
  const counts: CatalogueCounts = {
    categories: raw.categories ?? 0, organisations: raw.organisations ?? 0, products: raw.products ?? 0,
    alternatives: raw.alternatives ?? 0, relations: raw.relations ?? 0, stepTemplates: raw.step_templates ?? 0,
    identifiers: raw.identifiers ?? 0,
  };
  return { state: 'ok', path: file, buildId, buildDate: meta.get('build_date') ?? null, counts };
}

export function openCatalogue(file: string): OpenCatalogueResult {
  if (!existsSync(file)) return { ok: false, status: { state: 'missing', path: file } };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, sqliteOptions({ readonly: true, fileMustExist: true }));
    const status = readStatus(db, file);
    if (status.state !== 'ok') {
      db.close();
      return { ok: false, status };
    }
    return { ok: true, db: db as CatalogueDb, status };
  } catch (error) {
    db?.close();
    return { ok: false, status: { state: 'invalid', path: file, message: `this file is not a readable Switchyard catalogue (${(error as Error).message}); ${REBUILD_HINT}` } };
  }
}

/** Status only, for the About screen and `switchyard catalogue stats`: opens, checks and closes. */
export function catalogueStatus(file: string): CatalogueStatus {
  const opened = openCatalogue(file);
  if (!opened.ok) return opened.status;
  opened.db.close();
  return opened.status;
}
