/**
 * The column-mapping step through the API, as the Fleet screen uses it: a CSV whose headers no importer
 * knows is refused by the ordinary import, previewed (guess + first ten rows only), and imported with the
 * user's mapping into the same fleet tables as every other import.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/core/api/create-handlers';
import { dispatch } from '../../../electron/core/api/dispatch';
import type { HandlerContext } from '../../../electron/core/api/handler-types';
import { CSV_FIELDS } from '../../../electron/core/fleet/csv-headers';
import { createCoreServices } from '../../../electron/core/services';
import { CsvFieldSchema, type CsvPreview } from '../../../electron/shared/contract';
import type { FleetImportResult, FleetSummary } from '../../../electron/shared/fleet';
import type { ProgressEvent } from '../../../electron/shared/progress';

const REPO = path.resolve(__dirname, '../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'switchyard-csv-mapping-'));
const services = createCoreServices({
  appName: 'Switchyard', appVersion: '0.0.0-test', userDataPath: dir, versions: { node: process.versions.node },
  cataloguePath: path.join(REPO, 'data', 'dist', 'catalogue.sqlite'), offline: { networkBlocked: false, note: 'test' },
}, {
  now: () => new Date('2026-11-27T12:00:00Z'),
  // The user confirms dropping the file, which is what makes it readable for the preview and the mapped import.
  dialogs: { openFiles: async () => null, saveFile: async () => null, confirmDroppedFiles: async () => true },
});
const handlers = createHandlers(services);
/** What picking the file in a dialog or confirming its drop does: the handlers may read it. */
const granted = (file: string) => { services.grants.grant([file]); return file; };
afterAll(() => services.close());

const events: Omit<ProgressEvent, 'taskId'>[] = [];
const context = (): HandlerContext => ({ signal: new AbortController().signal, progress: (event) => events.push(event) });
const run = (method: string, input: unknown) => dispatch(handlers, method, input, context());
async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await run(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

// Headers in words no dictionary lists (an office's own spreadsheet), after a title line; 25 data rows.
const HEADER = 'Arbeitsplatz;Programmbezeichnung;Stand;Firma;Genutzt am';
const ROWS = Array.from({ length: 25 }, (_, i) => {
  const host = `PC-AMT3-${String(1 + (i % 5)).padStart(2, '0')}`;
  return i % 2 === 0
    ? `${host};Microsoft Visio Professional 2021;16.0.14332.20771;Microsoft Corporation;${String(1 + (i % 28)).padStart(2, '0')}.11.2026`
    : `${host};Mozilla Firefox (x64 de);131.0.3;Mozilla;`;
});
const unknownCsv = path.join(dir, 'softwareliste-amt3.csv');
writeFileSync(unknownCsv, ['Softwareliste Amt 3 (Stand November 2026)', HEADER, ...ROWS].join('\r\n'), 'utf8');
const MAPPING = { delimiter: ';', headerRow: 1, columns: { host: 0, name: 1, version: 2, publisher: 3, lastUsed: 4 } } as const;

describe('CSV column mapping', () => {
  it('lists the same fields in the contract as the core reads', () => {
    expect([...CsvFieldSchema.options]).toEqual([...CSV_FIELDS]);
  });

  it('the ordinary import refuses the file and says why, naming CSV', async () => {
    const result = await call<FleetImportResult>('fleet.importPaths', { paths: [unknownCsv] });
    expect(result.files).toHaveLength(1);
    expect(result.files[0]).toMatchObject({ ok: false });
    expect(result.files[0]!.error).toMatch(/CSV/);
  });

  it('previews the guessed delimiter and header row, and at most ten rows of the file', async () => {
    const preview = await call<CsvPreview>('fleet.csvPreview', { path: unknownCsv });
    expect(preview.delimiter).toBe(';');
    expect(preview.headerRow).toBe(1);
    expect(preview.headers).toEqual(HEADER.split(';'));
    expect(preview.sampleRows).toHaveLength(10);
    expect(preview.sampleRows[0]).toEqual(ROWS[0]!.split(';'));
    expect(preview.columns).toEqual({});
  });

  it('re-reads the header with the delimiter and header row the user chose', async () => {
    const preview = await call<CsvPreview>('fleet.csvPreview', { path: unknownCsv, delimiter: '\t', headerRow: 0 });
    expect(preview).toMatchObject({ delimiter: '\t', headerRow: 0, headers: ['Softwareliste Amt 3 (Stand November 2026)'] });
    expect(preview.sampleRows[0]).toEqual([HEADER]);
  });

  it('guesses the columns of a file with known localised headers', async () => {
    const known = path.join(dir, 'bekannt.csv');
    writeFileSync(known, 'Gerätename;Anzeigename;Version;Herausgeber\r\nPC-1;LibreOffice;24.8;The Document Foundation\r\n', 'utf8');
    const preview = await call<CsvPreview>('fleet.csvPreview', { path: granted(known) });
    expect(preview.columns).toEqual({ host: 0, name: 1, version: 2, publisher: 3 });
  });

  it('cuts long cells, so a wrong delimiter cannot carry the file back', async () => {
    const wide = path.join(dir, 'wide.csv');
    writeFileSync(wide, `a,b\r\n${'x'.repeat(5000)},y\r\n`, 'utf8');
    const preview = await call<CsvPreview>('fleet.csvPreview', { path: granted(wide) });
    expect(preview.sampleRows[0]![0]!.length).toBeLessThanOrEqual(200);
  });

  it('imports with the mapping: machines, rows and last use land in the fleet tables', async () => {
    events.length = 0;
    const result = await call<FleetImportResult>('fleet.importCsv', { path: unknownCsv, mapping: MAPPING });
    expect(result.files).toHaveLength(1);
    expect(result.files[0]).toMatchObject({ ok: true, format: 'CSV or TSV software list', hosts: 5, items: 25 });
    expect(result.totalHosts).toBe(5);
    expect(events).toEqual([expect.objectContaining({ step: unknownCsv, state: 'done', count: 25 })]);
    const summary = await call<FleetSummary>('fleet.summary', {});
    expect(summary.totalHosts).toBe(5);
    const visio = summary.products.find((p) => p.catalogueId?.startsWith('ms-visio'));
    expect(visio).toMatchObject({ hostsInstalled: 5, hostsUsed30: 5 });
    expect(summary.imports[0]).toMatchObject({ file: unknownCsv, hostCount: 5, itemCount: 25 });
  });

  it('reports a mapping without a name column as a failed file, not a thrown error', async () => {
    const result = await call<FleetImportResult>('fleet.importCsv', { path: unknownCsv, mapping: { delimiter: ';', headerRow: 1, columns: { host: 0 } } });
    expect(result.files[0]).toMatchObject({ ok: false });
    expect(result.files[0]!.error).toMatch(/name/);
  });

  it('refuses unknown fields and header rows beyond the first records before a handler runs', async () => {
    const unknownField = await run('fleet.importCsv', { path: unknownCsv, mapping: { ...MAPPING, columns: { colour: 1 } } });
    expect(unknownField).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const deepHeader = await run('fleet.csvPreview', { path: unknownCsv, headerRow: 10 });
    expect(deepHeader).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const extra = await run('fleet.csvPreview', { path: unknownCsv, contents: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('explains a missing, binary or zipped file in words, naming it', async () => {
    const missing = await run('fleet.csvPreview', { path: granted(path.join(dir, 'gone.csv')) });
    expect(missing).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(!missing.ok && missing.error.message).toMatch(/gone\.csv: The file or folder does not exist/);
    const binary = path.join(dir, 'blob.csv');
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00]));
    const binaryResult = await run('fleet.csvPreview', { path: granted(binary) });
    expect(!binaryResult.ok && binaryResult.error.message).toMatch(/blob\.csv: .*not text/);
    const zipped = await run('fleet.csvPreview', { path: granted(path.join(REPO, 'test', 'fixtures', 'fleet', 'intune', 'DiscoveredApps-export.zip')) });
    expect(!zipped.ok && zipped.error.message).toMatch(/ZIP/);
  });
});
