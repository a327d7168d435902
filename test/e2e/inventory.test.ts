/**
 * A user on the Inventory and Alternatives screens: loading an inventory file through the (fake) open
 * dialog, reading, filtering, sorting and grouping its rows, correcting matches, scanning this machine with
 * per-collector progress, cancelling a scan, and a 10,000-row audit that stays virtualised.
 * Screenshots: inventory-light/dark, inventory-row-detail, inventory-consent, alternatives-light/dark.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InventoryFile, InventoryItem } from '../../electron/shared/inventory';
import { scanWithUsage } from '../../electron/core/workflows/scan-with-usage';
import { launchHarness, REPO, type Harness } from './harness';

const FIXTURE = path.join(REPO, 'test', 'fixtures', 'workstations', 'windows-office-pc.inventory.json');
const openFixture = (file: string) => ({
  dialogs: { openFiles: async () => [file], saveFile: async () => null, confirmDroppedFiles: async () => false },
});

async function loadInventory(harness: Harness): Promise<void> {
  await harness.goto('inventory');
  await harness.page.getByTestId('load-button').click();
  await harness.page.getByTestId('audit-header').waitFor();
}

const rowByName = (harness: Harness, name: string) =>
  harness.page.locator('[data-testid="inventory-grid"] .vtable-data', { has: harness.page.locator('[data-column="name"]', { hasText: name }) }).first();

const visibleNames = (harness: Harness) =>
  harness.page.locator('[data-testid="inventory-grid"] .vtable-data [data-column="name"]').allTextContents();

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`inventory and alternatives (${colorScheme})`, () => {
    let harness: Harness;
    beforeAll(async () => { harness = await launchHarness({ colorScheme, adapters: openFixture(FIXTURE) }); });
    afterAll(async () => { await harness?.close(); });

    it('shows the empty state before anything was scanned or loaded', async () => {
      await harness.goto('inventory');
      await harness.page.locator('.empty-state').waitFor();
      await harness.goto('alternatives');
      await harness.page.locator('.empty-state').waitFor();
    });

    it('loads an inventory file and shows its host, counts, rows and outcomes', async () => {
      await loadInventory(harness);
      const header = harness.page.getByTestId('audit-header');
      expect(await header.locator('[data-fact="host"] dd').textContent()).toBe('BUERO-PC-07');
      expect(Number(await header.locator('[data-fact="rows"] dd').textContent())).toBeGreaterThan(20);
      expect(await harness.page.getByTestId('inventory-notice').textContent()).toMatch(/Loaded windows-office-pc\.inventory\.json/);
      const teams = rowByName(harness, 'Microsoft Teams');
      expect(await teams.locator('[data-column="outcome"]').textContent()).toContain('Proprietary');
      expect(await teams.locator('[data-column="catalogue"]').textContent()).toBe('Microsoft Teams');
      const thunderbird = rowByName(harness, 'Mozilla Thunderbird');
      expect(await thunderbird.locator('[data-column="outcome"]').textContent()).toContain('Already switched');
      expect(await rowByName(harness, '7-Zip').locator('[data-column="outcome"]').textContent()).toContain('Ignored');
      await harness.screenshot(`inventory-${colorScheme}`);
    });

    it('shows the alternatives grouped by category, and the already-switched section', async () => {
      await harness.goto('alternatives');
      const switched = harness.page.getByTestId('already-switched');
      await switched.waitFor();
      expect(await switched.locator('h2').textContent()).toBe('Already switched: 1 app');
      expect(await switched.locator('[data-finding="thunderbird"]').count()).toBe(1);
      const office = harness.page.locator('section[data-category="office-documents"]');
      expect(await office.locator('h2').textContent()).toContain('Word processing');
      const word = office.locator('[data-finding="ms-word"]');
      expect(await word.locator('h3 a').getAttribute('href')).toBe('#/catalogue/product/ms-word');
      await word.locator('[data-testid="alternatives-of-ms-word"] tbody tr').first().waitFor();
      expect(await word.locator('[data-testid="alternatives-of-ms-word"] tbody tr').count()).toBeGreaterThan(1);
      expect(await harness.page.locator('section[data-category]').count()).toBeGreaterThan(5);
      await harness.screenshot(`alternatives-${colorScheme}`);
    });

    it('never touches the network and logs no errors', () => {
      expect(harness.blockedRequests).toEqual([]);
      expect(harness.consoleErrors).toEqual([]);
    });
  });
}

describe('working with the rows', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness({ adapters: openFixture(FIXTURE) });
    await loadInventory(harness);
  });
  afterAll(async () => { await harness?.close(); });
  const grid = () => harness.page.getByTestId('inventory-grid');
  const count = () => harness.page.getByTestId('table-count').textContent();

  it('filters by text and by outcome', async () => {
    await harness.page.getByTestId('inventory-search').fill('zoom');
    await harness.page.waitForFunction(() => document.querySelector('[data-testid="table-count"]')?.textContent?.startsWith('3 of'));
    expect(await visibleNames(harness)).toEqual(expect.arrayContaining(['Zoom Workplace (64-bit)', 'Zoom.exe', 'Zoom Outlook Plugin']));
    await harness.page.getByTestId('outcome-filter').selectOption('ignored');
    await harness.page.waitForFunction(() => document.querySelector('[data-testid="table-count"]')?.textContent?.startsWith('1 of'));
    expect(await visibleNames(harness)).toEqual(['Zoom Outlook Plugin']);
    await harness.page.getByTestId('inventory-search').fill('');
    await harness.page.waitForFunction(() => document.querySelector('[data-testid="table-count"]')?.textContent?.startsWith('7 of'));
    const outcomes = await grid().locator('.vtable-data [data-column="outcome"]').allTextContents();
    expect(outcomes.every((text) => text.includes('Ignored'))).toBe(true);
    await harness.page.getByTestId('outcome-filter').selectOption('all');
    expect(await count()).toMatch(/^29 of 29/);
  });

  it('sorts by any column with the mouse and with the keyboard', async () => {
    const nameHeader = grid().locator('[role="columnheader"][data-column="name"]');
    await nameHeader.locator('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect((await visibleNames(harness))[0]).toBe('7-Zip 24.08 (x64)');
    await nameHeader.locator('button').focus();
    await harness.page.keyboard.press('Enter');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect((await visibleNames(harness))[0]).toBe('Zoom.exe');
    const publisherHeader = grid().locator('[role="columnheader"][data-column="publisher"]');
    await publisherHeader.locator('button').focus();
    await harness.page.keyboard.press('Space');
    expect(await publisherHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('none');
  });

  it('groups by source and collapses a group with the keyboard', async () => {
    await harness.page.getByTestId('group-by-source').check();
    const groups = grid().locator('.vtable-group');
    // 29 rows from six sources: a header row, six group rows and the rows (only those in view are in the DOM).
    expect(await grid().getAttribute('aria-rowcount')).toBe(String(1 + 6 + 29));
    const registry = grid().locator('.vtable-group[data-group="group:uninstall-registry"]');
    expect(await registry.textContent()).toContain('Installed programs');
    expect(await registry.getAttribute('aria-expanded')).toBe('true');
    // Focus the grid, move to the registry group's header and close it with the Left arrow.
    await grid().focus();
    await harness.page.keyboard.press('Home');
    for (let i = 0; i < 40 && (await grid().locator('[data-active]').getAttribute('data-key')) !== 'group:uninstall-registry'; i++) {
      await harness.page.keyboard.press('ArrowDown');
    }
    await harness.page.keyboard.press('ArrowLeft');
    expect(await registry.getAttribute('aria-expanded')).toBe('false');
    expect(await grid().getAttribute('aria-rowcount')).toBe(String(1 + 6 + 29 - 15));
    await harness.page.keyboard.press('Enter');
    expect(await registry.getAttribute('aria-expanded')).toBe('true');
    await harness.page.getByTestId('group-by-source').uncheck();
    expect(await groups.count()).toBe(0);
  });

  it('opens a row with the keyboard and shows its details', async () => {
    await grid().locator('[role="columnheader"][data-column="name"] button').click();
    await grid().focus();
    await harness.page.keyboard.press('Home');
    await harness.page.keyboard.press('ArrowDown');
    await harness.page.keyboard.press('Enter');
    const detail = harness.page.getByTestId('row-detail');
    await detail.waitFor();
    expect(await detail.locator('h2').textContent()).toBe('Acrobat.exe');
    expect(await grid().locator('[aria-selected="true"] [data-column="name"]').textContent()).toBe('Acrobat.exe');
    await harness.page.getByTestId('inventory-search').fill('zoom workplace');
    await rowByName(harness, 'Zoom Workplace (64-bit)').click();
    expect(await detail.locator('h2').textContent()).toBe('Zoom Workplace (64-bit)');
    expect(await detail.textContent()).toContain('ZoomUMX');
    expect(await detail.getByTestId('detail-outcome').locator('a').getAttribute('href')).toBe('#/catalogue/product/zoom-workplace');
    await detail.scrollIntoViewIfNeeded();
    await harness.screenshot('inventory-row-detail');
  });

  it('rejects a match, so the row becomes ignored, and undoes it', async () => {
    const ignoredBefore = Number(await harness.page.locator('[data-fact="ignored"] dd').textContent());
    const detail = harness.page.getByTestId('row-detail');
    await detail.getByRole('button', { name: 'Not a match: ignore' }).click();
    await harness.page.waitForFunction(() => document.querySelector('[data-testid="correction-status"]')?.textContent?.includes('now ignored'));
    expect(await rowByName(harness, 'Zoom Workplace (64-bit)').locator('[data-column="outcome"]').textContent()).toContain('Ignored');
    expect(await rowByName(harness, 'Zoom Workplace (64-bit)').locator('[data-column="tier"]').textContent()).toContain('your correction');
    expect(Number(await harness.page.locator('[data-fact="ignored"] dd').textContent())).toBe(ignoredBefore + 1);
    await detail.getByRole('button', { name: 'Undo my correction' }).click();
    await harness.page.waitForFunction(() => document.querySelector('[data-testid="correction-status"]')?.textContent?.includes('undone'));
    expect(await rowByName(harness, 'Zoom Workplace (64-bit)').locator('[data-column="outcome"]').textContent()).toContain('Proprietary');
  });

  it('re-maps an ignored row to another catalogue entry', async () => {
    await harness.page.getByTestId('inventory-search').fill('');
    await rowByName(harness, '7-Zip 24.08').click();
    const detail = harness.page.getByTestId('row-detail');
    await detail.getByTestId('remap-search').fill('LibreOffice');
    await detail.locator('button[data-result="libreoffice"]').click();
    await harness.page.waitForFunction(() => document.querySelector('[data-testid="correction-status"]')?.textContent?.includes('Re-mapped to LibreOffice'));
    const row = rowByName(harness, '7-Zip 24.08');
    expect(await row.locator('[data-column="outcome"]').textContent()).toContain('Already switched');
    expect(await row.locator('[data-column="catalogue"]').textContent()).toBe('LibreOffice');
    await harness.goto('alternatives');
    await harness.page.getByTestId('already-switched').locator('[data-finding="libreoffice"]').waitFor();
    expect(await harness.page.getByTestId('already-switched').locator('h2').textContent()).toBe('Already switched: 2 apps');
    await harness.goto('inventory');
    await harness.page.getByTestId('audit-header').waitFor();
  });

  it('shows each collector in the diagnostics, and the documents summary', async () => {
    const diagnostics = harness.page.getByTestId('diagnostics');
    await diagnostics.locator('summary').click();
    const rows = diagnostics.locator('tbody tr[data-collector]');
    expect(await rows.count()).toBe(7);
    expect(await diagnostics.locator('tr[data-collector="documents"] td').nth(2).textContent()).toBe('2259');
    const documents = harness.page.getByTestId('documents-summary');
    expect(await documents.textContent()).toContain('12 files contain macros');
    expect(await documents.textContent()).toContain('230 cloud placeholders');
    expect(await documents.locator('tr[data-kind="ooxml-document"] td').first().textContent()).toBe('1284');
  });

  it('asks for consent before browser usage is read, keeps focus in the dialog, and closes on Escape', async () => {
    const option = harness.page.getByTestId('browser-history-option');
    const dialog = harness.page.getByTestId('consent-dialog');
    await option.focus();
    await harness.page.keyboard.press('Space');
    await dialog.waitFor({ state: 'visible' });
    expect(await option.isChecked()).toBe(false);
    expect(await dialog.textContent()).toContain('Microsoft 365, Google Workspace, Slack and Zoom');
    await harness.screenshot('inventory-consent');
    for (let i = 0; i < 5; i++) {
      await harness.page.keyboard.press('Tab');
      expect(await harness.page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    }
    await harness.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await option.isChecked()).toBe(false);
    await option.check({ force: true }).catch(() => undefined);
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Allow', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await option.isChecked()).toBe(true);
    await option.uncheck();
    expect(await option.isChecked()).toBe(false);
    await dialog.waitFor({ state: 'hidden' });
  });

  it('never touches the network and logs no errors', () => {
    expect(harness.blockedRequests).toEqual([]);
    expect(harness.consoleErrors).toEqual([]);
  });
});

describe('scanning this machine', () => {
  let harness: Harness;
  /** When set, a finished scan waits for its cancellation, so the cancel test never races a fast machine. */
  let holdUntilCancelled = false;
  beforeAll(async () => {
    harness = await launchHarness({
      adapters: {
        scan: async (options) => {
          const inventory = await scanWithUsage(options);
          if (holdUntilCancelled && options.signal && !options.signal.aborted) {
            await new Promise((resolve) => options.signal!.addEventListener('abort', resolve, { once: true }));
          }
          return inventory;
        },
      },
    });
  });
  afterAll(async () => { await harness?.close(); });

  it('scans with a progress row per collector and shows the result', async () => {
    await harness.goto('inventory');
    await harness.page.getByTestId('scan-button').click();
    await harness.page.waitForFunction(() => document.querySelector('[data-testid="inventory-notice"]')?.textContent?.startsWith('Scan finished'), undefined, { timeout: 90_000 });
    const progress = harness.page.getByTestId('scan-progress');
    const steps = await progress.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [(row as HTMLElement).dataset.step, (row as HTMLElement).dataset.state]));
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps.every(([, state]) => state === 'done' || state === 'failed')).toBe(true);
    expect(steps.map(([step]) => step)).toContain('linux.processes');
    expect(Number(await progress.locator('tr[data-step="linux.processes"] td').nth(1).textContent())).toBeGreaterThan(0);
    expect(await harness.page.locator('[data-fact="host"] dd').textContent()).toBe(os.hostname());
    expect(await harness.page.locator('[data-testid="inventory-grid"] .vtable-data').count()).toBeGreaterThan(0);
  });

  it('cancels a scan: nothing is saved and the previous inventory stays', async () => {
    holdUntilCancelled = true;
    const rowsBefore = await harness.page.locator('[data-fact="rows"] dd').textContent();
    // Scan and cancel in one go, so the cancellation reaches the core while the collectors still run.
    await harness.page.evaluate(async () => {
      document.querySelector<HTMLButtonElement>('[data-testid="scan-button"]')!.click();
      for (let frame = 0; frame < 100; frame++) {
        const cancel = document.querySelector<HTMLButtonElement>('[data-testid="cancel-button"]');
        if (cancel) return cancel.click();
        await new Promise(requestAnimationFrame);
      }
      throw new Error('no cancel button');
    });
    await harness.page.waitForFunction(() => document.querySelector('[data-testid="inventory-notice"]')?.textContent?.startsWith('The scan was cancelled'), undefined, { timeout: 90_000 });
    const states = await harness.page.getByTestId('scan-progress').locator('tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.state));
    expect(states).not.toContain('running');
    expect(await harness.page.getByTestId('scan-button').isEnabled()).toBe(true);
    expect(await harness.page.locator('[data-fact="rows"] dd').textContent()).toBe(rowsBefore);
    const audits = await harness.page.evaluate(async () => (await window.switchyard!['audits.list']({})));
    expect(audits.ok && audits.value.length).toBe(1);
  });
});

describe('10,000 rows', () => {
  let harness: Harness;
  const ROWS = 10_000;
  beforeAll(async () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as InventoryFile;
    const base = fixture.items;
    const items: InventoryItem[] = Array.from({ length: ROWS }, (_, i) => {
      const template = base[i % base.length]!;
      return { ...template, id: `${template.source}:${i}`, name: `${template.name} #${String(i).padStart(5, '0')}` };
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'switchyard-10k-'));
    const file = path.join(dir, 'ten-thousand.inventory.json');
    writeFileSync(file, JSON.stringify({ ...fixture, webUsage: [], items }));
    harness = await launchHarness({ adapters: openFixture(file) });
    await loadInventory(harness);
  });
  afterAll(async () => { await harness?.close(); });

  it('keeps only a window of rows in the DOM while scrolling to the end', async () => {
    expect(await harness.page.getByTestId('table-count').textContent()).toBe(`${ROWS} of ${ROWS} rows shown`);
    const grid = harness.page.getByTestId('inventory-grid');
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(ROWS + 1));
    expect(await grid.locator('.vtable-data').count()).toBeLessThan(60);
    const lastIndex = String(ROWS + 1);
    await grid.locator('.vtable-body').evaluate((body) => { body.scrollTop = body.scrollHeight; });
    await grid.locator(`.vtable-data[aria-rowindex="${lastIndex}"]`).waitFor();
    expect(await grid.locator('.vtable-data[aria-rowindex="2"]').count()).toBe(0);
    expect(await grid.locator('.vtable-data').count()).toBeLessThan(60);
    // The keyboard reaches both ends too, and the active row is always rendered.
    await grid.focus();
    await harness.page.keyboard.press('Home');
    await grid.locator('.vtable-data[aria-rowindex="2"][data-active]').waitFor();
    await harness.page.keyboard.press('End');
    await grid.locator(`.vtable-data[aria-rowindex="${lastIndex}"][data-active]`).waitFor();
    await harness.page.keyboard.press('Enter');
    await harness.page.getByTestId('row-detail').waitFor();
    expect(await harness.page.getByTestId('row-detail').locator('h2').textContent()).toBe(await grid.locator('[aria-selected="true"] [data-column="name"]').textContent());
  });
});
