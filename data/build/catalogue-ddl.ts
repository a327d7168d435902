/**
 * The public schema of catalogue.sqlite (documented in data/SCHEMA.md; version in PRAGMA user_version).
 * Users may query this file directly, so names are plain English, ids are the stable string ids of the sources,
 * and JSON columns are used only where a list is natural (platforms, tags, covers).
 * Entity kinds in polymorphic tables: 'organisation', 'product', 'alternative', 'relation', 'step_template'.
 * A relation's entity_id is 'product_id/alternative_id' ('/' cannot occur in an id).
 */
export const CATALOGUE_DDL = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT
) WITHOUT ROWID;

CREATE TABLE categories (
  id        TEXT PRIMARY KEY,
  name_en   TEXT NOT NULL,
  name_de   TEXT NOT NULL,
  parent_id TEXT REFERENCES categories(id)
) WITHOUT ROWID;

CREATE TABLE organisations (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  kind              TEXT NOT NULL,
  country           TEXT NOT NULL,
  owner_country     TEXT NOT NULL,
  owner_note        TEXT,
  in_eu             INTEGER NOT NULL,
  in_europe         INTEGER NOT NULL,
  website           TEXT,
  jurisdiction_note TEXT,
  source_url        TEXT NOT NULL,
  verified_on       TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE products (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  vendor            TEXT NOT NULL,
  vendor_id         TEXT NOT NULL REFERENCES organisations(id),
  country           TEXT NOT NULL,
  owner_country     TEXT NOT NULL,
  kind              TEXT NOT NULL,
  category_id       TEXT NOT NULL REFERENCES categories(id),
  data_location     TEXT NOT NULL,
  jurisdiction_note TEXT,
  c2r_app           TEXT,
  eol_date          TEXT,
  website           TEXT,
  source_url        TEXT NOT NULL,
  verified_on       TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE alternatives (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  vendor         TEXT NOT NULL,
  vendor_id      TEXT NOT NULL REFERENCES organisations(id),
  country        TEXT NOT NULL,
  owner_country  TEXT NOT NULL,
  in_eu          INTEGER NOT NULL,
  in_europe      INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  category_id    TEXT NOT NULL REFERENCES categories(id),
  open_source    TEXT NOT NULL,
  licence        TEXT NOT NULL,
  self_hostable  TEXT NOT NULL,
  eu_hosting     TEXT NOT NULL,
  certifications TEXT NOT NULL,
  platforms      TEXT NOT NULL,
  pricing        TEXT NOT NULL,
  tags           TEXT NOT NULL,
  website        TEXT NOT NULL,
  eol_date       TEXT,
  source_url     TEXT NOT NULL,
  verified_on    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE entity_categories (
  entity_kind TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  category_id TEXT NOT NULL REFERENCES categories(id),
  is_primary  INTEGER NOT NULL,
  PRIMARY KEY (entity_kind, entity_id, category_id)
) WITHOUT ROWID;
CREATE INDEX entity_categories_by_category ON entity_categories(category_id);

CREATE TABLE product_alternatives (
  product_id     TEXT NOT NULL REFERENCES products(id),
  alternative_id TEXT NOT NULL REFERENCES alternatives(id),
  fit            TEXT NOT NULL,
  effort         TEXT NOT NULL,
  gained         TEXT,
  lost           TEXT,
  interop        TEXT,
  source_url     TEXT NOT NULL,
  verified_on    TEXT NOT NULL,
  PRIMARY KEY (product_id, alternative_id)
) WITHOUT ROWID;
CREATE INDEX product_alternatives_by_alternative ON product_alternatives(alternative_id);

CREATE TABLE step_templates (
  id                TEXT PRIMARY KEY,
  phase             TEXT NOT NULL,
  title_en          TEXT NOT NULL,
  title_de          TEXT NOT NULL,
  detail_en         TEXT,
  detail_de         TEXT,
  owner_role        TEXT NOT NULL,
  applies_if        TEXT,
  quantity_fact     TEXT,
  effort_base_h     REAL NOT NULL,
  effort_per_unit_h REAL NOT NULL,
  risk_likelihood   INTEGER NOT NULL,
  risk_impact       INTEGER NOT NULL,
  dedupe_key        TEXT,
  source_url        TEXT NOT NULL,
  verified_on       TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE step_dependencies (
  step_id       TEXT NOT NULL REFERENCES step_templates(id),
  depends_on_id TEXT NOT NULL REFERENCES step_templates(id),
  PRIMARY KEY (step_id, depends_on_id)
) WITHOUT ROWID;

CREATE TABLE relation_steps (
  product_id     TEXT NOT NULL,
  alternative_id TEXT NOT NULL,
  position       INTEGER NOT NULL,
  step_id        TEXT NOT NULL REFERENCES step_templates(id),
  PRIMARY KEY (product_id, alternative_id, position),
  FOREIGN KEY (product_id, alternative_id) REFERENCES product_alternatives(product_id, alternative_id)
) WITHOUT ROWID;

CREATE TABLE identifiers (
  entity_kind TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  scheme      TEXT NOT NULL,
  value       TEXT NOT NULL,
  platform    TEXT,
  note        TEXT
);
CREATE INDEX identifiers_by_value ON identifiers(scheme, value COLLATE NOCASE);
CREATE INDEX identifiers_by_entity ON identifiers(entity_kind, entity_id);

CREATE TABLE aliases (
  entity_kind TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  alias       TEXT NOT NULL,
  PRIMARY KEY (entity_kind, entity_id, alias)
) WITHOUT ROWID;

CREATE TABLE suite_members (
  suite_id  TEXT NOT NULL REFERENCES products(id),
  member_id TEXT NOT NULL REFERENCES products(id),
  PRIMARY KEY (suite_id, member_id)
) WITHOUT ROWID;

CREATE TABLE bundle_members (
  bundle_id TEXT NOT NULL REFERENCES alternatives(id),
  member_id TEXT NOT NULL REFERENCES alternatives(id),
  PRIMARY KEY (bundle_id, member_id)
) WITHOUT ROWID;

CREATE TABLE hosting_offers (
  alternative_id TEXT NOT NULL REFERENCES alternatives(id),
  position       INTEGER NOT NULL,
  provider       TEXT NOT NULL,
  country        TEXT NOT NULL,
  url            TEXT NOT NULL,
  note           TEXT,
  PRIMARY KEY (alternative_id, position)
) WITHOUT ROWID;

CREATE TABLE certifications (
  alternative_id TEXT NOT NULL REFERENCES alternatives(id),
  position       INTEGER NOT NULL,
  scheme         TEXT NOT NULL,
  scope          TEXT,
  source_url     TEXT NOT NULL,
  PRIMARY KEY (alternative_id, position)
) WITHOUT ROWID;

CREATE TABLE formats (
  alternative_id TEXT NOT NULL REFERENCES alternatives(id),
  position       INTEGER NOT NULL,
  format         TEXT NOT NULL,
  read           INTEGER NOT NULL,
  write          INTEGER NOT NULL,
  fidelity       TEXT NOT NULL,
  PRIMARY KEY (alternative_id, position)
) WITHOUT ROWID;

CREATE TABLE flags (
  entity_kind TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  position    INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  severity    TEXT NOT NULL,
  text        TEXT NOT NULL,
  source_url  TEXT NOT NULL,
  PRIMARY KEY (entity_kind, entity_id, position)
) WITHOUT ROWID;

CREATE TABLE sources (
  entity_kind TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  position    INTEGER NOT NULL,
  url         TEXT NOT NULL,
  verified_on TEXT NOT NULL,
  kind        TEXT NOT NULL,
  covers      TEXT NOT NULL,
  PRIMARY KEY (entity_kind, entity_id, position)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE search_index USING fts5(
  entity_kind UNINDEXED,
  entity_id UNINDEXED,
  name,
  aliases,
  vendor,
  category,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
`;
