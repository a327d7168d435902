/**
 * Fleet end to end on the committed fixtures: import a folder of mixed formats into a fresh state database,
 * merge machines across tools, count per machine, keep tool-reported counts apart, and plan for the fleet.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalogueRepository, type CatalogueRepository } from '../../../electron/core/catalogue/repository';
import { DEFAULT_PRIORITIES } from '../../../electron/core/planning/priorities';
import { countMachines, listImports, machineDetail } from '../../../electron/core/store/fleet';
import { openStateDb, type StateDb } from '../../../electron/core/store/state-db';
import { fleetPlan, fleetSummary, importFleetFiles } from '../../../electron/core/workflows/fleet';

const REPO = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'fleet');
const NOW = new Date('2026-11-27T12:00:00Z');
const dir = mkdtempSync(path.join(os.tmpdir(), 'switchyard-fleet-'));
let catalogue: CatalogueRepository;
let db: StateDb;

beforeAll(() => {
  const opened = openCatalogueRepository(path.join(REPO, 'data', 'dist', 'catalogue.sqlite'));
  if (!opened.ok) throw new Error('run npm run build:catalogue first');
  catalogue = opened.repository;
  db = openStateDb(path.join(dir, 'state.sqlite'));
});
afterAll(() => { db?.close(); catalogue?.close(); });

describe('fleet import', () => {
  it('imports a folder of mixed formats; a corrupt file is reported by name and the rest still land', async () => {
    const mixed = path.join(dir, 'mixed');
    mkdirSync(mixed);
    for (const file of ['osquery/PC-FIN-042.json', 'reg/PC-FIN-042.reg', 'winget/PC-FIN-042.json', 'macos/MBP-KOMM-07.json', 'osquery/MBP-KOMM-07.json', 'sccm/v_Add_Remove_Programs.csv']) {
      // Kept in per-tool folders: formats without host fields name the host after the file.
      mkdirSync(path.join(mixed, path.dirname(file)), { recursive: true });
      copyFileSync(path.join(FIXTURES, file), path.join(mixed, file));
    }
    writeFileSync(path.join(mixed, 'broken.json'), '[{"name": "Zoom", "version": ');
    const result = await importFleetFiles(db, catalogue, [mixed], { now: () => NOW });
    const broken = result.files.find((f) => f.file.endsWith('broken.json'))!;
    expect(broken.ok).toBe(false);
    expect(broken.error).toContain('broken.json');
    expect(result.files.filter((f) => f.ok)).toHaveLength(6);
    expect(listImports(db)).toHaveLength(6);
  });

  it('counts a machine seen by several tools once', () => {
    // PC-FIN-042 appears in osquery, .reg and winget; MBP-KOMM-07 in system_profiler and osquery.
    const summary = fleetSummary(db, catalogue, {}, NOW);
    const names = summary.hosts.map((h) => h.hostname?.toUpperCase());
    expect(names.filter((n) => n === 'PC-FIN-042')).toHaveLength(1);
    expect(names.filter((n) => n === 'MBP-KOMM-07')).toHaveLength(1);
    expect(summary.totalHosts).toBe(summary.hosts.length);
    expect(countMachines(db)).toBe(summary.totalHosts);
    const pc = summary.hosts.find((h) => h.hostname?.toUpperCase() === 'PC-FIN-042')!;
    expect(pc.sources.length).toBeGreaterThanOrEqual(2);
    for (const product of summary.products) expect(product.hostsInstalled).toBeLessThanOrEqual(summary.totalHosts);
  });

  it('shows a machine with everything the tools saw on it', () => {
    const summary = fleetSummary(db, catalogue, {}, NOW);
    const pc = summary.hosts.find((h) => h.hostname?.toUpperCase() === 'PC-FIN-042')!;
    const detail = machineDetail(db, pc.id)!;
    expect(detail.items.length).toBeGreaterThan(2);
    expect(detail.items.some((i) => i.productKey.startsWith('product:'))).toBe(true);
  });

  it('keeps aggregate-only counts beside per-host counts, never added', async () => {
    const before = fleetSummary(db, catalogue, {}, NOW);
    await importFleetFiles(db, catalogue, [path.join(FIXTURES, 'intune', 'detectedApps-page.json')], { now: () => NOW });
    const after = fleetSummary(db, catalogue, {}, NOW);
    expect(after.totalHosts).toBe(before.totalHosts);
    const withReports = after.products.filter((p) => p.aggregateDevices.length > 0);
    expect(withReports.length).toBeGreaterThan(0);
    for (const product of withReports) {
      const old = before.products.find((p) => p.key === product.key);
      expect(product.hostsInstalled).toBe(old?.hostsInstalled ?? 0);
    }
  });

  it('filters by platform', () => {
    const mac = fleetSummary(db, catalogue, { platform: 'macos' }, NOW);
    expect(mac.hosts.every((h) => h.osPlatform === 'macos')).toBe(true);
    expect(mac.totalHosts).toBeLessThan(fleetSummary(db, catalogue, {}, NOW).totalHosts);
  });

  it('plans for the organisation with machine counts per product', () => {
    const plan = fleetPlan(db, catalogue, 'en', DEFAULT_PRIORITIES, NOW)!;
    expect(plan.label).toMatch(/^\d+ machines$/);
    const withHosts = plan.checklist.products.filter((p) => p.hosts);
    expect(withHosts.length).toBeGreaterThan(0);
    for (const p of withHosts) expect(p.hosts!.total).toBe(countMachines(db));
  });
});
