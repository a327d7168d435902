import { describe, expect, it } from 'vitest';
import { CsvFieldSchema } from '../../../../electron/shared/contract';
import { assignField, fieldAt, hasNameColumn, MORE_FIELDS, offersColumnMapping, PRIMARY_FIELDS } from '../../../../renderer/features/fleet/csv-columns';

describe('assignField', () => {
  it('gives a column a field and reads it back', () => {
    const columns = assignField({}, 2, 'name');
    expect(columns).toEqual({ name: 2 });
    expect(fieldAt(columns, 2)).toBe('name');
    expect(fieldAt(columns, 0)).toBeUndefined();
  });

  it('moves a field taken from another column, since each field is read from one column', () => {
    expect(assignField({ name: 1, version: 2 }, 3, 'name')).toEqual({ name: 3, version: 2 });
  });

  it('replaces what the column meant before, and ignoring clears it', () => {
    expect(assignField({ name: 1, version: 2 }, 2, 'publisher')).toEqual({ name: 1, publisher: 2 });
    expect(assignField({ name: 1, version: 2 }, 1, undefined)).toEqual({ version: 2 });
  });

  it('needs a name column before importing', () => {
    expect(hasNameColumn({ host: 0 })).toBe(false);
    expect(hasNameColumn({ host: 0, name: 0 })).toBe(true);
  });

  it('offers every field the importer reads, each once', () => {
    expect([...PRIMARY_FIELDS, ...MORE_FIELDS].sort()).toEqual([...CsvFieldSchema.options].sort());
  });
});

describe('offersColumnMapping', () => {
  const failed = (file: string, error: string) => ({ file, ok: false, error, warnings: [] });

  it('offers the step for an unrecognised list that mentions CSV or has a table-like name', () => {
    expect(offersColumnMapping(failed('/x/report.dat', 'Unrecognised format. … If this is a CSV list of software, check …'))).toBe(true);
    expect(offersColumnMapping(failed('/x/liste.TSV', 'No column for the software name was recognised.'))).toBe(true);
    expect(offersColumnMapping(failed('/x/export.txt', 'The file is empty.'))).toBe(true);
  });

  it('does not offer it for imported files, JSON that failed, or members of a ZIP', () => {
    expect(offersColumnMapping({ file: '/x/a.csv', ok: true, warnings: [] })).toBe(false);
    expect(offersColumnMapping(failed('/x/broken.json', '/x/broken.json: Unrecognised format. … If this is a CSV list of software, …'))).toBe(false);
    expect(offersColumnMapping(failed('/x/e.zip › apps.csv', 'Unrecognised format. CSV'))).toBe(false);
  });
});
