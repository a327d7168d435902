import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueStatus, openCatalogue } from '../../../../electron/core/catalogue/open-catalogue';
import { buildFixtureCatalogue } from './fixture-catalogue';

describe('opening the catalogue', () => {
  let fixture: ReturnType<typeof buildFixtureCatalogue>;
  beforeAll(() => { fixture = buildFixtureCatalogue(); });
  afterAll(() => fixture.cleanup());

  it('reports a built catalogue as ok with its build id, date and counts', () => {
    expect(catalogueStatus(fixture.file)).toMatchObject({
      state: 'ok', path: fixture.file, buildId: expect.stringMatching(/^[0-9a-f]{16}$/), buildDate: '2026-11-25',
      counts: { products: 4, alternatives: 5, stepTemplates: 2 },
    });
  });

  it('reports a missing file without creating it', () => {
    const file = path.join(fixture.dir, 'nowhere.sqlite');
    expect(catalogueStatus(file)).toEqual({ state: 'missing', path: file });
    expect(() => readFileSync(file)).toThrow();
  });

  it('reports a file that is not a database in words', () => {
    const file = path.join(fixture.dir, 'garbage.sqlite');
    writeFileSync(file, 'this is not SQLite');
    const status = catalogueStatus(file);
    expect(status.state).toBe('invalid');
    expect(status.state === 'invalid' && status.message).toMatch(/not a readable Switchyard catalogue .*npm run build:catalogue/);
  });

  it('reports a catalogue of another schema version', () => {
    const file = path.join(fixture.dir, 'old.sqlite');
    writeFileSync(file, readFileSync(fixture.file));
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const status = catalogueStatus(file);
    expect(status.state === 'invalid' && status.message).toMatch(/schema version 99, this Switchyard reads version 1/);
  });

  it('refuses writes through the app handle and leaves the file unchanged', () => {
    const before = readFileSync(fixture.file);
    const opened = openCatalogue(fixture.file);
    if (!opened.ok) throw new Error('fixture did not open');
    expect(() => opened.db.prepare("DELETE FROM products WHERE id = 'ms-word'").run()).toThrow(/readonly/i);
    expect(() => opened.db.exec('CREATE TABLE sneaky (x)')).toThrow(/readonly/i);
    opened.db.close();
    expect(readFileSync(fixture.file).equals(before)).toBe(true);
  });
});
