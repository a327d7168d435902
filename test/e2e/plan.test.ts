/**
 * The switching plan end to end, as a user meets it: load an inventory, read the overview, open the
 * checklist, pick another alternative, tick steps off, set an owner and a due date, restart the app on
 * the same data folder and find it all again, export every report format, then do it in German.
 * Screenshots land in test-results/screenshots/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SwitchyardApi } from '../../electron/shared/api';
import type { Checklist } from '../../electron/shared/planning';
import type { FileFilter } from '../../electron/core/api/services';
import { launchHarness, REPO, SCREENSHOT_DIR, type Harness } from './harness';

const FIXTURE = path.join(REPO, 'test', 'fixtures', 'workstations', 'windows-office-pc.inventory.json');
const userDataPath = mkdtempSync(path.join(os.tmpdir(), 'switchyard-plan-e2e-'));
const outDir = mkdtempSync(path.join(os.tmpdir(), 'switchyard-plan-exports-'));
/** Prefix of the next exported file name, so English and German reports sit side by side. */
let exportPrefix = 'en';
const dialogs = {
  openFiles: async () => [FIXTURE],
  saveFile: async (options: { title: string; defaultName: string; filters?: FileFilter[] }) => path.join(outDir, `${exportPrefix}-${options.defaultName}`),
  confirmDroppedFiles: async () => false,
};
const now = () => new Date('2026-11-27T10:00:00.000Z');
const launch = (colorScheme: 'light' | 'dark') => launchHarness({ colorScheme, env: { userDataPath }, adapters: { dialogs, now } });

/** The same call the screens make, for expectations (the UI's numbers must agree with the core's). */
async function planFromPage(harness: Harness, lang: 'en' | 'de'): Promise<Checklist> {
  const result = await harness.page.evaluate(
    (language) => (window as unknown as { switchyard: SwitchyardApi }).switchyard['plan.get']({ scope: 'local', lang: language }),
    lang,
  );
  if (!result.ok || !result.value) throw new Error(`plan.get failed: ${JSON.stringify(result)}`);
  return result.value;
}

const item = (harness: Harness, key: string) => harness.page.locator(`article[data-item-key="${key}"]`);

/** What the first session changed, checked again after the restart. */
const changed = { product: 'ms-word', alternativeId: '', alternativeName: '', doneKeys: [] as string[], ownerKey: '', dueKey: '' };
const OWNER = 'Anna Berger';
const DUE = '2027-01-15';

describe('switching plan', () => {
  let harness: Harness;
  afterAll(async () => { await harness?.close(); });

  it('before any audit, the overview and the checklist point to the Inventory', async () => {
    harness = await launch('light');
    await harness.goto('overview');
    await harness.page.locator('.empty-state a[href="#/inventory"]').waitFor();
    await harness.goto('checklist');
    await harness.page.locator('.empty-state a[href="#/inventory"]').click();
    await harness.page.locator('main[data-screen="inventory"]').waitFor();
  });

  it('loads the fixture inventory and shows the sovereignty summary, totals and top actions on the overview', async () => {
    const loaded = await harness.page.evaluate(() => (window as unknown as { switchyard: SwitchyardApi }).switchyard['inventory.importFile']({}));
    expect(loaded.ok).toBe(true);
    const plan = await planFromPage(harness, 'en');

    await harness.goto('overview');
    const overview = harness.page.locator('.overview');
    await overview.waitFor();
    const figures = overview.locator('.bar-figures');
    expect(await figures.nth(0).textContent()).toContain(`US jurisdiction: ${plan.sovereignty.before.usJurisdiction}`);
    expect(await figures.nth(1).textContent()).toContain(`European: ${plan.sovereignty.after.european}`);
    expect(await figures.nth(2).textContent()).toContain(`In the vendor's cloud: ${plan.sovereignty.before.cloud}`);
    for (const name of plan.sovereignty.alreadySwitched) expect(await overview.locator('.already-switched').textContent()).toContain(name);
    expect(await overview.locator('.totals').textContent()).toContain(String(plan.totals.items));
    expect(await overview.locator('.phase-progress li').count()).toBe(plan.phases.length);
    const firstRow = plan.sovereignty.rows[0]!;
    expect(await overview.locator(`tr[data-category="${firstRow.category}"] td`).first().textContent()).toBe(firstRow.usVendorProducts.join(', '));

    const actions = overview.locator('.top-actions a');
    expect(await actions.count()).toBe(5);
    await harness.screenshot('overview-light');

    // A top action opens the checklist on that very item, with focus on it.
    const key = await actions.first().getAttribute('data-item-key');
    await actions.first().click();
    await harness.page.locator('main[data-screen="checklist"]').waitFor();
    await item(harness, key!).waitFor();
    await expect.poll(() => harness.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.itemKey)).toBe(key);
  });

  it('lists the checklist by phase with progress, and by product with the candidates to choose from', async () => {
    const plan = await planFromPage(harness, 'en');
    await harness.goto('checklist');
    await harness.page.locator('article.checklist-item').first().waitFor();
    expect(await harness.page.locator('article.checklist-item').count()).toBe(plan.items.length);
    expect(await harness.page.locator('section.checklist-group h2').allTextContents()).toEqual(plan.phases.map((p) => ({
      governance: 'Governance', inventory: 'Inventory', pilot: 'Pilot', prepare: 'Prepare', migrate: 'Migrate', train: 'Train',
      rollout: 'Roll-out', hypercare: 'Hypercare', decommission: 'Decommission',
    })[p.phase]));
    const verifying = plan.items.find((i) => i.verify)!;
    expect(await item(harness, verifying.key).locator('.verify-badge').textContent()).toContain('Check by hand');
    await harness.screenshot('checklist-light');

    await harness.page.getByLabel('Product', { exact: true }).check();
    const word = harness.page.locator(`section[data-group="${changed.product}"]`);
    await word.waitFor();
    const proposal = plan.products.find((p) => p.productId === changed.product)!;
    expect(await word.locator('.chosen-name').textContent()).toBe(proposal.chosen!.name);
    const other = proposal.candidates.find((c) => c.id !== proposal.chosen!.id)!;
    changed.alternativeId = other.id;
    changed.alternativeName = other.name;

    // With the keyboard: focus the candidate's button and press Enter.
    await word.locator(`tr[data-alternative-id="${other.id}"] button`).focus();
    await harness.page.keyboard.press('Enter');
    await expect.poll(() => word.locator('.chosen-name').textContent()).toBe(other.name);
    expect(await word.locator('.chosen-alternative h4').textContent()).toContain('Your choice');
    expect(await harness.page.locator('.choice-done').textContent()).toContain(other.name);
    const afterChoice = await planFromPage(harness, 'en');
    expect(afterChoice.items.filter((i) => i.productId === changed.product).every((i) => i.alternativeId === other.id)).toBe(true);
    await harness.screenshot('checklist-by-product');
  });

  it('ticks two steps done, sets an owner and a due date, and the phase progress follows', async () => {
    await harness.page.getByLabel('Phase', { exact: true }).check();
    const plan = await planFromPage(harness, 'en');
    const governance = plan.items.filter((i) => i.phase === 'governance');
    changed.doneKeys = [governance[0]!.key, governance[1]!.key];
    changed.ownerKey = governance[2]!.key;
    changed.dueKey = governance[2]!.key;

    for (const key of changed.doneKeys) {
      await item(harness, key).locator('select[name="status"]').selectOption('done');
      await expect.poll(() => item(harness, key).locator('.save-state').textContent()).toBe('Saved');
    }
    const ownerItem = item(harness, changed.ownerKey);
    await ownerItem.locator('input[name="owner"]').fill(OWNER);
    await ownerItem.locator('input[name="owner"]').press('Tab');
    await ownerItem.locator('input[name="dueDate"]').fill(DUE);
    await expect.poll(async () => (await planFromPage(harness, 'en')).items.find((i) => i.key === changed.ownerKey)).toMatchObject({ owner: OWNER, dueDate: DUE });

    const applicable = governance.filter((i) => i.status !== 'not-applicable').length;
    expect(await harness.page.locator('section[data-group="governance"] .progress-text').textContent()).toBe(`2 of ${applicable} done`);

    // Filters: by status, and by the owner typed a moment ago.
    await harness.page.locator('select[name="status-filter"]').selectOption('done');
    expect(await harness.page.locator('article.checklist-item').count()).toBe(2);
    await harness.page.locator('select[name="status-filter"]').selectOption('all');
    await harness.page.locator('input[name="owner-filter"]').fill('anna');
    expect(await harness.page.locator('article.checklist-item').count()).toBe(1);
    await harness.page.locator('input[name="owner-filter"]').fill('');
  });

  it('after a restart on the same data folder, the choice, statuses, owner and due date are still there', async () => {
    expect(harness.consoleErrors).toEqual([]);
    await harness.close();
    harness = await launch('dark');
    await harness.goto('checklist');
    await harness.page.locator('article.checklist-item').first().waitFor();
    for (const key of changed.doneKeys) expect(await item(harness, key).locator('select[name="status"]').inputValue()).toBe('done');
    expect(await item(harness, changed.ownerKey).locator('input[name="owner"]').inputValue()).toBe(OWNER);
    expect(await item(harness, changed.dueKey).locator('input[name="dueDate"]').inputValue()).toBe(DUE);
    await harness.screenshot('checklist-dark');

    await harness.page.getByLabel('Product', { exact: true }).check();
    expect(await harness.page.locator(`section[data-group="${changed.product}"] .chosen-name`).textContent()).toBe(changed.alternativeName);
    await harness.goto('overview');
    await harness.page.locator('.overview').waitFor();
    expect(await harness.page.locator('.totals').textContent()).toContain('Done2');
    await harness.screenshot('overview-dark');
  });

  it('exports every format through the save dialog and says where each file went', async () => {
    await harness.goto('checklist');
    await harness.page.locator('article.checklist-item').first().waitFor();
    const plan = await planFromPage(harness, 'en');
    const files: Record<string, string> = {};
    for (const format of ['html', 'pdf', 'md', 'csv', 'json'] as const) {
      const file = path.join(outDir, `en-switchyard-local-2026-11-27.${format}`);
      await harness.page.locator(`.export-buttons button[data-format="${format}"]`).click();
      await expect.poll(() => harness.page.locator('.export-status').textContent(), { timeout: 60_000 }).toContain(file);
      expect(existsSync(file)).toBe(true);
      files[format] = file;
    }
    const html = readFileSync(files.html!, 'utf8');
    expect(html).toContain(plan.catalogue.buildId.slice(0, 12));
    expect(html).toContain(plan.scanDate.slice(0, 10));
    expect(html).toContain(changed.alternativeName);
    expect(readFileSync(files.csv!, 'utf8').split('\r\n')[0]).toMatch(/^title,description,/);
    const json = JSON.parse(readFileSync(files.json!, 'utf8')) as { format: string; items: Array<{ key: string; owner: string; status: string }> };
    expect(json.format).toBe('switchyard-plan');
    expect(json.items.find((i) => i.key === changed.ownerKey)?.owner).toBe(OWNER);
    expect(readFileSync(files.md!, 'utf8')).toContain(plan.scanDate.slice(0, 10));
    const pdf = readFileSync(files.pdf!);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // The first page as an image, to look at: poppler's pdftoppm renders it.
    const prefix = path.join(outDir, 'report-pdf-page1');
    const rendered = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', files.pdf!, prefix], { encoding: 'utf8' });
    if (rendered.error) {
      throw new Error(`pdftoppm could not run (${rendered.error.message}): install poppler-utils (apt-get install poppler-utils) to render the PDF report's first page.`);
    }
    expect(rendered.status, rendered.stderr).toBe(0);
    renameSync(`${prefix}.png`, path.join(SCREENSHOT_DIR, 'report-pdf-page1.png'));
    expect(existsSync(path.join(SCREENSHOT_DIR, 'report-pdf-page1.png'))).toBe(true);
  });

  it('in German, the checklist and the exported report are German', async () => {
    await harness.goto('settings');
    await harness.page.locator('input[name="language"][value="de"]').check();
    await harness.goto('checklist');
    await harness.page.locator('main h1', { hasText: 'Checkliste' }).waitFor();
    const german = await planFromPage(harness, 'de');
    const english = await planFromPage(harness, 'en');
    const first = german.items[0]!;
    expect(first.title).not.toBe(english.items[0]!.title);
    await expect.poll(() => item(harness, first.key).locator('h3').textContent()).toBe(first.title);
    expect(await harness.page.locator('section[data-group="governance"] h2').textContent()).toBe('Steuerung');
    expect(await item(harness, changed.doneKeys[0]!).locator('select[name="status"] option:checked').textContent()).toBe('Erledigt');
    await harness.screenshot('checklist-dark-de');

    exportPrefix = 'de';
    const file = path.join(outDir, 'de-switchyard-local-2026-11-27.html');
    await harness.page.locator('.export-buttons button[data-format="html"]').click();
    await expect.poll(() => harness.page.locator('.export-status').textContent()).toContain(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="de"');
    expect(html).toContain('Umstiegsplan');
    expect(html).toContain(first.title);
    await harness.page.evaluate(() => window.localStorage.clear());
  });

  it('never touches the network and logs no errors', () => {
    expect(harness.blockedRequests).toEqual([]);
    expect(harness.consoleErrors).toEqual([]);
  });
});
