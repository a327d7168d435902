import type { z } from 'zod';
import type { StateDb } from './state-db';

/** Typed settings: each key has a zod schema and a default, so a damaged value falls back instead of crashing. */
export function readSetting<T>(db: StateDb, key: string, schema: z.ZodType<T>, fallback: T): T {
  const row = db.prepare('SELECT value_json FROM settings WHERE key = ?').get(key) as { value_json: string } | undefined;
  if (!row) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(row.value_json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function writeSetting<T>(db: StateDb, key: string, value: T): void {
  db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json')
    .run(key, JSON.stringify(value));
}
