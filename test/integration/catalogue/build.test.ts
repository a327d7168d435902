import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../data/build/build';
import { CATALOGUE_SCHEMA_VERSION } from '../../../electron/core/catalogue/schema-version';

const VALID = path.resolve('test/fixtures/catalogue/valid');

describe('catalogue build', () => {
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'catalogue-build-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const build = (sourcesDir: string, name = 'catalogue.sqlite') =>
    buildCatalogue({ sourcesDir, outFile: path.join(dir, name), displayRoot: sourcesDir });

  it('compiles the valid fixture and counts what it wrote', () => {
    const result = build(VALID);
    expect(result).toMatchObject({
      ok: true, files: 2, buildDate: '2026-11-25',
      counts: { categories: 4, organisations: 7, products: 4, alternatives: 5, relations: 9, step_templates: 2, identifiers: 10 },
    });
  });

  it('is deterministic: the same sources give the same bytes', () => {
    build(VALID, 'first.sqlite');
    build(VALID, 'second.sqlite');
    expect(readFileSync(path.join(dir, 'first.sqlite')).equals(readFileSync(path.join(dir, 'second.sqlite')))).toBe(true);
  });

  it('changes the build id when a source changes', () => {
    const copy = path.join(dir, 'sources');
    const first = build(VALID, 'a.sqlite');
    mkdirSync(copy);
    for (const name of readdirSync(VALID)) {
      const text = readFileSync(path.join(VALID, name), 'utf8');
      writeFileSync(path.join(copy, name), name === 'office.yaml' ? text.replace('name: Dropbox\n', 'name: Dropbox Desktop\n') : text, { flag: 'w' });
    }
    const second = build(copy, 'b.sqlite');
    expect(first.ok && second.ok && first.buildId !== second.buildId).toBe(true);
  });

  it('writes meta, user_version, DELETE journal mode, and leaves no temporary file', () => {
    const result = build(VALID);
    const db = new Database(path.join(dir, 'catalogue.sqlite'), { readonly: true });
    const meta = Object.fromEntries(db.prepare('SELECT key, value FROM meta').all().map((row) => {
      const { key, value } = row as { key: string; value: string };
      return [key, value];
    }));
    expect(meta).toMatchObject({
      build_id: result.ok ? result.buildId : 'none', build_date: '2026-11-25', data_licence: 'CC-BY-4.0',
      schema_version: String(CATALOGUE_SCHEMA_VERSION),
    });
    expect(meta.source_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(meta.counts ?? '{}')).toMatchObject({ products: 4, alternatives: 5 });
    expect(db.pragma('user_version', { simple: true })).toBe(CATALOGUE_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    expect(readdirSync(dir)).toEqual(['catalogue.sqlite']);
  });

  it('fills the public tables with the joined vendor facts and the search index', () => {
    build(VALID);
    const db = new Database(path.join(dir, 'catalogue.sqlite'), { readonly: true });
    expect(db.prepare("SELECT vendor, vendor_id, country, owner_country, in_eu, in_europe, platforms, eu_hosting, verified_on FROM alternatives WHERE id = 'collabora-online'").get())
      .toEqual({ vendor: 'Collabora Productivity Ltd', vendor_id: 'collabora', country: 'GB', owner_country: 'GB', in_eu: 0, in_europe: 1, platforms: '["linux","web"]', eu_hosting: 'listed', verified_on: '2026-11-22' });
    expect(db.prepare("SELECT member_id FROM suite_members WHERE suite_id = 'ms-365-apps' ORDER BY member_id").pluck().all()).toEqual(['ms-onedrive', 'ms-word']);
    expect(db.prepare("SELECT member_id FROM bundle_members WHERE bundle_id = 'opendesk' ORDER BY member_id").pluck().all()).toEqual(['collabora-online', 'nextcloud-files']);
    expect(db.prepare("SELECT step_id FROM relation_steps WHERE product_id = 'ms-word' AND alternative_id = 'libreoffice' ORDER BY position").pluck().all()).toEqual(['inventory-templates', 'review-word-macros']);
    expect(db.prepare("SELECT covers FROM sources WHERE entity_kind = 'relation' AND entity_id = 'ms-word/libreoffice'").pluck().get()).toBe('["fit","steps"]');
    expect(db.prepare("SELECT entity_id FROM search_index WHERE search_index MATCH 'textverarb*' ORDER BY entity_id").pluck().all())
      .toEqual(['collabora-online', 'libreoffice', 'ms-word', 'zoho-writer']);
    db.close();
  });

  it('builds an empty catalogue when there are no source files, or no sources folder at all', () => {
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'empty', 'notes.txt'), 'not a source file');
    for (const sourcesDir of [path.join(dir, 'empty'), path.join(dir, 'missing')]) {
      const result = build(sourcesDir, `${path.basename(sourcesDir)}.sqlite`);
      expect(result).toMatchObject({ ok: true, files: 0, buildDate: null, counts: { products: 0, alternatives: 0 } });
    }
  });
});

describe('catalogue build output', () => {
  it('reports an unwritable output folder in words and keeps the previous catalogue', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalogue-out-'));
    try {
      const blocker = path.join(dir, 'not-a-folder');
      writeFileSync(blocker, 'a file where the output folder should be');
      const result = buildCatalogue({ sourcesDir: VALID, outFile: path.join(blocker, 'catalogue.sqlite'), displayRoot: dir });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : `${result.errors[0]?.file}: ${result.errors[0]?.message}`).toMatch(/^not-a-folder\/catalogue\.sqlite: cannot write the catalogue: /);
      expect(readFileSync(blocker, 'utf8')).toBe('a file where the output folder should be');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
