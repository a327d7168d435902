/**
 * `switchyard match` and `switchyard report` in-process, on the real catalogue and the fixture workstation.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMatchCommand } from '../../../electron/cli/commands/match';
import { createReportCommand } from '../../../electron/cli/commands/report';
import type { CliIo } from '../../../electron/cli/io';

const REPO = path.resolve(__dirname, '../../..');
const CATALOGUE = path.join(REPO, 'data', 'dist', 'catalogue.sqlite');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'workstations', 'windows-office-pc.inventory.json');
const dir = mkdtempSync(path.join(os.tmpdir(), 'switchyard-cli-'));

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => { io.out += `${t}\n`; }, stderr: (t: string) => { io.err += `${t}\n`; } };
  return io;
}
const noPdf = async () => { throw new Error('not used'); };

beforeAll(() => {
  if (!existsSync(CATALOGUE)) throw new Error('run npm run build:catalogue first');
});

describe('switchyard match', () => {
  const match = createMatchCommand(() => CATALOGUE);

  it('prints every input row with its outcome in the documented JSON shape', async () => {
    const io = capture();
    expect(await match(['--input', FIXTURE, '--json'], io)).toBe(0);
    const result = JSON.parse(io.out);
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    expect(result).toMatchObject({ format: 'switchyard-match', formatVersion: 1, inputFormat: 'switchyard-inventory' });
    expect(result.rows.length).toBe(fixture.items.length + 2); // + one row per browser-usage domain
    const zoom = result.rows.find((r: { row: { name: string } }) => r.row.name === 'Zoom Workplace (64-bit)');
    expect(zoom.outcome).toMatchObject({ kind: 'product', catalogueId: expect.any(String), tier: expect.any(String), confidence: expect.any(Number) });
    const redist = result.rows.find((r: { row: { name: string } }) => r.row.name.startsWith('Microsoft Visual C++'));
    expect(redist.outcome).toMatchObject({ kind: 'ignored', catalogueId: null, reason: 'runtime redistributable' });
    const thunderbird = result.rows.find((r: { row: { name: string } }) => r.row.name.startsWith('Mozilla Thunderbird'));
    expect(thunderbird.outcome.kind).toBe('alternative');
  });

  it('reads a plain CSV with name,version,publisher,platform,source,id columns', async () => {
    const csv = path.join(dir, 'plain.csv');
    writeFileSync(csv, 'name,version,publisher,platform,source,id\nZoom Workplace (64-bit),6.2.11,"Zoom Video Communications, Inc.",windows,registry,ZoomUMX\nNotepad++ (64-bit x64),8.7,Notepad++ Team,windows,registry,\n');
    const io = capture();
    expect(await match(['--input', csv, '--json'], io)).toBe(0);
    const result = JSON.parse(io.out);
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0].outcome.kind).toBe('product');
    expect(result.rows[1].outcome.kind).toBe('ignored');
  });

  it.each([
    [[], 2, /--input is required/],
    [['--input'], 2, /argument missing|--input/],
    [['--input', path.join(dir, 'missing.json')], 1, /missing.json: The file or folder does not exist/],
    [['--input', dir], 1, /not a regular file/],
  ])('fails clearly for %j', async (args, code, message) => {
    const io = capture();
    expect(await match(args as string[], io)).toBe(code);
    expect(io.err).toMatch(message);
  });

  it('names the file and the reason for a corrupt input', async () => {
    const corrupt = path.join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"format": "switchyard-inventory", "items": [ {"name": ');
    const io = capture();
    expect(await match(['--input', corrupt], io)).toBe(1);
    expect(io.err).toContain('corrupt.json');
  });
});

describe('switchyard report', () => {
  const report = createReportCommand({ appName: 'Switchyard', appVersion: 'test', userDataPath: dir, versions: { node: process.versions.node }, cataloguePath: CATALOGUE, offline: { networkBlocked: false, note: 'test' } }, noPdf);

  it.each(['html', 'md', 'csv', 'json'])('writes %s stating the catalogue build and the scan date', async (format) => {
    const out = path.join(dir, `report.${format}`);
    const io = capture();
    expect(await report(['--input', FIXTURE, '--format', format, '--out', out], io)).toBe(0);
    const text = readFileSync(out, 'utf8');
    if (format === 'json') {
      const json = JSON.parse(text);
      expect(json).toMatchObject({ format: 'switchyard-plan', scanDate: '2026-11-27T09:00:00.000Z', catalogue: { buildId: expect.any(String) } });
      expect(json.products.length).toBeGreaterThan(5);
    } else if (format === 'csv') {
      expect(text.split('\r\n')[0]).toBe('title,description,labels,assignee,due_date,priority,original_estimate,estimate_hours,status,phase,product,alternative,risk_score,key');
      expect(text).toContain('2026-11-27');
    } else {
      expect(text).toContain('2026-11-27');
      expect(text).toMatch(/build [0-9a-f]{12}/);
    }
  });

  it('writes German when asked', async () => {
    const io = capture();
    expect(await report(['--input', FIXTURE, '--format', 'md', '--lang', 'de'], io)).toBe(0);
    expect(io.out).toContain('# Umstiegsplan');
    expect(io.out).toContain('Souveränität');
  });

  it.each([
    [['--input', FIXTURE], /--format must be/],
    [['--format', 'md'], /either --input FILE or --fleet/],
    [['--input', FIXTURE, '--fleet', '--format', 'md'], /either --input FILE or --fleet/],
    [['--input', FIXTURE, '--format', 'docx'], /--format must be/],
    [['--input', FIXTURE, '--format', 'pdf'], /PDF needs --out/],
    [['--input', FIXTURE, '--format', 'md', '--lang', 'fr'], /--lang must be/],
  ])('refuses bad usage %j with exit 2', async (args, message) => {
    const io = capture();
    expect(await report(args as string[], io)).toBe(2);
    expect(io.err).toMatch(message);
  });
});
