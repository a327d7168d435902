/**
 * The Fleet screen as an IT lead uses it: import a folder of mixed tool exports through the (fake) folder
 * dialog, read products across machines with their counts, filter by OS, open a machine, map the columns of
 * a CSV with localised headers that no importer knows, export the organisation report, find everything again
 * after a restart (dark theme) and in German, and clear the fleet. Screenshots: fleet-light, fleet-dark, fleet-host,
 * fleet-csv-mapping.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SwitchyardApi } from '../../electron/shared/api';
import type { FleetSummary } from '../../electron/shared/fleet';
import type { Checklist } from '../../electron/shared/planning';
import { launchHarness, REPO, type Harness } from './harness';

const FIXTURES = path.join(REPO, 'test', 'fixtures', 'fleet');
const work = mkdtempSync(path.join(os.tmpdir(), 'switchyard-fleet-e2e-'));
const userDataPath = path.join(work, 'user-data');
const exportsDir = path.join(work, 'exports');
const fleetDir = path.join(work, 'inventories');
mkdirSync(userDataPath);
mkdirSync(exportsDir);
// Per-tool folders, as IT keeps them: formats without host fields name the host after the file.
for (const file of [
  'osquery/PC-FIN-042.json', 'reg/PC-FIN-042.reg', 'winget/PC-FIN-042.json', 'macos/MBP-KOMM-07.json', 'osquery/MBP-KOMM-07.json',
  'osquery/deb-ws-01.json', 'sccm/v_Add_Remove_Programs.csv', 'csv/ocs-nl.tsv', 'intune/detectedApps-page.json',
]) {
  mkdirSync(path.join(fleetDir, path.dirname(file)), { recursive: true });
  copyFileSync(path.join(FIXTURES, file), path.join(fleetDir, file));
}
writeFileSync(path.join(fleetDir, 'broken.json'), '[{"name": "Zoom", "version": ');

// A department's own list: German headers no dictionary holds, a title line, semicolons.
const localisedCsv = path.join(work, 'softwareliste-bauamt.csv');
writeFileSync(localisedCsv, [
  'Softwareliste Bauamt (Stand 20.11.2026)',
  'Arbeitsplatz;Programmbezeichnung;Stand;Firma;Genutzt am',
  'PC-BAU-101;Microsoft Visio Professional 2021;16.0.14332.20771;Microsoft Corporation;18.11.2026',
  'PC-BAU-101;LibreOffice 24.8.2.1;24.8.2.1;The Document Foundation;20.11.2026',
  'PC-BAU-102;Microsoft Visio Professional 2021;16.0.14332.20771;Microsoft Corporation;',
  'PC-BAU-102;Mozilla Thunderbird (x64 de);128.3.1;Mozilla;19.11.2026',
].join('\r\n'));

let nextOpen: string[] = [];
const dialogs = {
  openFiles: async () => nextOpen,
  saveFile: async (options: { defaultName: string }) => path.join(exportsDir, options.defaultName),
  confirmDroppedFiles: async () => true,
};
const now = () => new Date('2026-11-27T10:00:00.000Z');
const launch = (colorScheme: 'light' | 'dark') => launchHarness({ colorScheme, env: { userDataPath }, adapters: { dialogs, now } });

async function summaryFromPage(harness: Harness, filter: { platform?: 'windows' | 'macos' | 'linux' } = {}): Promise<FleetSummary> {
  const result = await harness.page.evaluate((input) => (window as unknown as { switchyard: SwitchyardApi }).switchyard['fleet.summary'](input), filter);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const productRow = (harness: Harness, name: string) =>
  harness.page.locator('[data-testid="fleet-products"] .vtable-data', { has: harness.page.locator('[data-column="name"]', { hasText: new RegExp(`^${name}$`) }) });
const machineNames = (harness: Harness) => harness.page.locator('[data-testid="fleet-machines"] .vtable-data [data-column="hostname"]').allTextContents();
/**
 * The screen scrolls inside <main>, so a full-page shot would show one window's worth: the window is made as
 * tall as the screen's content for the shot, then put back.
 */
async function screenshotWhole(harness: Harness, name: string): Promise<void> {
  const height = await harness.page.locator('main').evaluate((main) => main.scrollHeight);
  await harness.page.setViewportSize({ width: 1280, height: Math.max(820, height + 48) });
  await harness.screenshot(name);
  await harness.page.setViewportSize({ width: 1280, height: 820 });
}
const summaryLine = (harness: Harness) => harness.page.getByTestId('fleet-summary-line').textContent();

describe('fleet screen', () => {
  let harness: Harness;
  afterAll(async () => { await harness?.close(); });

  it('offers the import actions while no machine is imported', async () => {
    harness = await launch('light');
    await harness.goto('fleet');
    const empty = harness.page.locator('.empty-state');
    await empty.waitFor();
    expect(await empty.getByRole('button', { name: 'Import files…' }).isVisible()).toBe(true);
    expect(await empty.getByRole('button', { name: 'Import a folder…' }).isVisible()).toBe(true);
  });

  it('says to use the buttons when the runtime cannot name a dropped file', async () => {
    const dataTransfer = await harness.page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['a,b'], 'list.csv', { type: 'text/csv' }));
      return transfer;
    });
    await harness.page.locator('.fleet').dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => harness.page.getByTestId('fleet-notice').textContent()).toContain('Use “Import files…” or “Import a folder…”');
  });

  it('imports a folder of mixed formats and reports every file, the broken one by name', async () => {
    nextOpen = [fleetDir];
    await harness.page.locator('.empty-state').getByRole('button', { name: 'Import a folder…' }).click();
    const results = harness.page.getByTestId('fleet-import-results');
    await results.waitFor();
    expect(await results.locator('tbody tr').count()).toBe(10);
    const broken = results.locator('tr[data-file="broken.json"]');
    expect(await broken.getAttribute('data-ok')).toBe('false');
    expect(await broken.textContent()).toContain('broken.json');
    // Truncated JSON is not a table: no column mapping is offered for it.
    expect(await broken.getByTestId('map-columns').count()).toBe(0);
    expect(await results.locator('tr[data-ok="true"]').count()).toBe(9);
    const tsv = results.locator('tr[data-file="ocs-nl.tsv"] td');
    expect(await tsv.nth(1).textContent()).toBe('2');
    expect(await tsv.nth(2).textContent()).toBe('3');
    expect(await harness.page.getByTestId('fleet-notice').textContent()).toMatch(/Files imported: 9 of 10/);
  });

  it('shows products across machines with per-machine counts, and tool-reported counts apart', async () => {
    const summary = await summaryFromPage(harness);
    expect(summary.totalHosts).toBeGreaterThan(4);
    expect(await summaryLine(harness)).toContain(`Machines: ${summary.totalHosts}`);
    expect(await summaryLine(harness)).toContain(`Other titles (not in the catalogue): ${summary.otherTitles}`);
    const top = summary.products.reduce((a, b) => (b.hostsInstalled > a.hostsInstalled ? b : a));
    const row = productRow(harness, top.name);
    expect(await row.locator('[data-column="installed"]').textContent()).toBe(`${top.hostsInstalled} of ${summary.totalHosts}`);
    expect(await row.locator('[data-column="used90"]').textContent()).toBe(String(top.hostsUsed90));
    const reported = summary.products.find((p) => p.aggregateDevices.length > 0)!;
    const reportedText = await productRow(harness, reported.name).locator('[data-column="reported"]').textContent();
    expect(reportedText).toContain(`${reported.aggregateDevices[0]!.source}: ${reported.aggregateDevices[0]!.devices}`);
    expect(await productRow(harness, reported.name).locator('[data-column="installed"]').textContent()).toBe(`${reported.hostsInstalled} of ${summary.totalHosts}`);
    const switched = summary.products.find((p) => p.kind === 'alternative')!;
    // The same badge as on the Inventory screen: a symbol and a word, not colour alone.
    const kind = productRow(harness, switched.name).locator('[data-column="kind"] .outcome-badge');
    expect(await kind.getAttribute('data-outcome')).toBe('alternative');
    expect(await kind.textContent()).toBe('✓ Already switched');

    // Sorting by name with the header button.
    await harness.page.locator('[data-testid="fleet-products"] [data-column="name"] button').click();
    const names = await harness.page.locator('[data-testid="fleet-products"] .vtable-data [data-column="name"]').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
    await screenshotWhole(harness, 'fleet-light');
  });

  it('filters by operating system', async () => {
    const mac = await summaryFromPage(harness, { platform: 'macos' });
    expect(mac.totalHosts).toBeGreaterThan(0);
    await harness.page.getByTestId('filter-os').selectOption('macos');
    await expect.poll(() => summaryLine(harness)).toContain(`Machines: ${mac.totalHosts}`);
    expect((await machineNames(harness)).sort()).toEqual(mac.hosts.map((h) => h.hostname ?? h.serial ?? h.machineKey).sort());
    expect(await machineNames(harness)).toContain('MBP-KOMM-07');
    expect(await machineNames(harness)).not.toContain('PC-FIN-042');
    await harness.page.getByTestId('filter-os').selectOption('');
    await expect.poll(async () => (await machineNames(harness)).includes('PC-FIN-042')).toBe(true);
  });

  it('opens a machine with the keyboard and lists every row with what it counts as', async () => {
    const summary = await summaryFromPage(harness);
    const names = await machineNames(harness);
    const grid = harness.page.getByTestId('fleet-machines');
    await grid.focus();
    for (let i = 0; i < names.indexOf('PC-FIN-042'); i += 1) await harness.page.keyboard.press('ArrowDown');
    await harness.page.keyboard.press('Enter');
    const detail = harness.page.getByTestId('fleet-host');
    await expect.poll(() => detail.locator('h3').textContent()).toBe('PC-FIN-042');
    const pc = summary.hosts.find((h) => h.hostname === 'PC-FIN-042')!;
    expect(pc.sources.length).toBeGreaterThanOrEqual(3);
    const facts = await harness.page.getByTestId('fleet-host-facts').textContent();
    for (const source of pc.sources) expect(facts).toContain(source);
    const matches = await harness.page.locator('[data-testid="fleet-host-items"] .vtable-data [data-column="match"]').allTextContents();
    expect(matches.some((m) => m.startsWith('Product: '))).toBe(true);
    expect(matches.some((m) => m === 'Not in the catalogue' || m.startsWith('Ignored'))).toBe(true);
    await screenshotWhole(harness, 'fleet-host');
    await detail.getByRole('button', { name: 'Close' }).click();
    expect(await detail.count()).toBe(0);
  });

  it('maps the columns of a list with unknown localised headers and imports it', async () => {
    const before = await summaryFromPage(harness);
    nextOpen = [localisedCsv];
    await harness.page.getByTestId('import-files').click();
    const row = harness.page.locator('[data-testid="fleet-import-results"] tr[data-file="softwareliste-bauamt.csv"]');
    await row.waitFor();
    expect(await row.getAttribute('data-ok')).toBe('false');
    await row.getByRole('button', { name: 'Map the columns of softwareliste-bauamt.csv' }).click();

    const panel = harness.page.getByTestId('csv-mapping');
    await panel.locator('[data-testid="csv-preview"] tbody tr').first().waitFor();
    expect(await panel.getByTestId('csv-delimiter').inputValue()).toBe(';');
    expect(await panel.getByTestId('csv-header-row').inputValue()).toBe('1');
    expect(await panel.locator('[data-testid="csv-preview"] tbody tr').count()).toBe(4);
    expect(await panel.getByTestId('csv-import').isDisabled()).toBe(true);
    expect(await panel.getByTestId('csv-needs-name').isVisible()).toBe(true);

    await panel.getByLabel('Meaning of column “Arbeitsplatz”').selectOption('host');
    await panel.getByLabel('Meaning of column “Programmbezeichnung”').selectOption('name');
    await panel.getByLabel('Meaning of column “Stand”').selectOption('version');
    await panel.getByLabel('Meaning of column “Firma”').selectOption('publisher');
    await panel.getByLabel('Meaning of column “Genutzt am”').selectOption('lastUsed');
    expect(await panel.getByTestId('csv-import').isDisabled()).toBe(false);
    await screenshotWhole(harness, 'fleet-csv-mapping');

    await panel.getByTestId('csv-import').click();
    await expect.poll(() => row.getAttribute('data-ok')).toBe('true');
    expect(await panel.count()).toBe(0);
    // Focus comes back to the results, not to the top of the page.
    await expect.poll(() => harness.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('fleet-import-results');
    expect(await row.locator('td').nth(1).textContent()).toBe('2');
    expect(await row.locator('td').nth(2).textContent()).toBe('4');
    await expect.poll(() => summaryLine(harness)).toContain(`Machines: ${before.totalHosts + 2}`);
    expect(await machineNames(harness)).toEqual(expect.arrayContaining(['PC-BAU-101', 'PC-BAU-102']));
  });

  it('plans for the organisation and exports a report that names machine counts', async () => {
    const planned = await harness.page.evaluate(() => (window as unknown as { switchyard: SwitchyardApi }).switchyard['plan.get']({ scope: 'fleet', lang: 'en' }));
    if (!planned.ok || !planned.value) throw new Error('no fleet plan');
    const plan: Checklist = planned.value;
    const visio = plan.products.find((p) => p.productId.startsWith('ms-visio'))!;
    const line = harness.page.locator(`[data-testid="fleet-plan"] li[data-product-id="${visio.productId}"]`);
    expect(await line.textContent()).toContain(`on ${visio.hosts!.installed} of ${visio.hosts!.total} machines, used on ${visio.hosts!.used90}`);

    await harness.page.getByRole('button', { name: 'Export the organisation report as HTML' }).click();
    await expect.poll(() => harness.page.getByTestId('fleet-export-status').getAttribute('data-state')).toBe('done');
    const status = await harness.page.getByTestId('fleet-export-status').textContent();
    const saved = status!.replace(/^HTML report saved to /, '');
    expect(existsSync(saved)).toBe(true);
    const html = readFileSync(saved, 'utf8');
    expect(html).toContain(`${visio.hosts!.installed} of ${visio.hosts!.total} machines, used on ${visio.hosts!.used90}`);
    expect(html).toContain(`${visio.hosts!.total} machines`);
  });

  it('keeps the fleet after a restart and reads well in the dark theme', async () => {
    const before = await summaryFromPage(harness);
    await harness.close();
    harness = await launch('dark');
    await harness.goto('fleet');
    await expect.poll(() => summaryLine(harness)).toContain(`Machines: ${before.totalHosts}`);
    expect(await harness.page.getByTestId('fleet-import-log').locator('tbody tr').count()).toBe(before.imports.length);
    await screenshotWhole(harness, 'fleet-dark');
  });

  it('reads in German, with machine counts in the plan', async () => {
    const summary = await summaryFromPage(harness);
    await harness.close();
    harness = await launchHarness({ colorScheme: 'light', locale: 'de-DE', env: { userDataPath }, adapters: { dialogs, now } });
    await harness.goto('fleet');
    expect(await harness.page.locator('h1').textContent()).toBe('Flotte');
    await expect.poll(() => summaryLine(harness)).toContain(`Rechner: ${summary.totalHosts}`);
    const planned = await harness.page.evaluate(() => (window as unknown as { switchyard: SwitchyardApi }).switchyard['plan.get']({ scope: 'fleet', lang: 'de' }));
    if (!planned.ok || !planned.value) throw new Error('no fleet plan');
    const visio = planned.value.products.find((p) => p.productId.startsWith('ms-visio'))!;
    await expect.poll(() => harness.page.locator(`[data-testid="fleet-plan"] li[data-product-id="${visio.productId}"]`).textContent())
      .toContain(`auf ${visio.hosts!.installed} von ${visio.hosts!.total} Rechnern, genutzt auf ${visio.hosts!.used90}`);
    expect(await productRow(harness, 'Microsoft Visio').locator('[data-column="installed"]').textContent()).toBe(`${visio.hosts!.installed} von ${summary.totalHosts}`);
  });

  it('imports dropped files through the paths the runtime names for them', async () => {
    // The app's preload names a dropped file's path; the plain browser here cannot, so the page is given one.
    await harness.page.evaluate((file) => {
      const bridge = window as unknown as { switchyard: SwitchyardApi };
      bridge.switchyard = { ...bridge.switchyard, pathForFile: () => file };
    }, localisedCsv);
    const dataTransfer = await harness.page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'softwareliste-bauamt.csv', { type: 'text/csv' }));
      return transfer;
    });
    await harness.page.locator('.fleet').dispatchEvent('drop', { dataTransfer });
    const row = harness.page.locator('[data-testid="fleet-import-results"] tr[data-file="softwareliste-bauamt.csv"]');
    await row.waitFor();
    // Without a mapping the list is still unknown; the step is offered again, in German.
    expect(await row.getByRole('button', { name: 'Spalten von softwareliste-bauamt.csv zuordnen' }).isVisible()).toBe(true);
  });

  it('clears the fleet only after a confirmation', async () => {
    await harness.page.getByTestId('clear-fleet').click();
    const confirm = harness.page.getByTestId('clear-confirm');
    await confirm.waitFor();
    // The safe answer has focus: Enter keeps the data.
    await harness.page.keyboard.press('Enter');
    expect(await confirm.count()).toBe(0);
    expect(await harness.page.locator('.empty-state').count()).toBe(0);

    await harness.page.getByTestId('clear-fleet').click();
    await harness.page.getByTestId('clear-confirm-yes').click();
    await harness.page.locator('.empty-state').waitFor();
    expect(await harness.page.getByTestId('fleet-notice').textContent()).toMatch(/Flottendaten gelöscht/);
    expect((await summaryFromPage(harness)).totalHosts).toBe(0);
    expect(harness.blockedRequests).toEqual([]);
    expect(harness.consoleErrors).toEqual([]);
  });
});
