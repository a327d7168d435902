import type { Migration } from '../migration';

/**
 * The switching plan's user state: which alternative the user chose per product, and the tracking of each
 * checklist item. Items are keyed by a stable key (template + product + alternative), not by position, so
 * regenerating the plan after a new scan keeps status, owner, due date and notes.
 */
export const migration003Checklist: Migration = {
  version: 3,
  name: 'checklist',
  up(db) {
    db.exec(`
      CREATE TABLE plan_choices (
        scope TEXT NOT NULL,
        product_id TEXT NOT NULL,
        alternative_id TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (scope, product_id)
      ) STRICT;
      CREATE TABLE checklist_progress (
        scope TEXT NOT NULL,
        item_key TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('todo', 'in-progress', 'done', 'not-applicable')),
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (scope, item_key)
      ) STRICT;
    `);
  },
};
