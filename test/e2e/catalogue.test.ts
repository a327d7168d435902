/**
 * The Catalogue screen and Settings → Priorities as a user meets them: typing a search letter by letter,
 * narrowing alternatives by criteria, reading a product's alternatives side by side with their sources,
 * opening an alternative, and a priority that survives a restart. The catalogue is data/dist/catalogue.sqlite;
 * what the screen lists is checked against the same catalogue through the core services.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from './harness';

async function typeQuery(harness: Harness, query: string): Promise<string[][]> {
  const { page } = harness;
  const input = page.getByLabel('Product, alternative, vendor or category');
  await input.fill('');
  const seen: string[][] = [];
  for (let length = 1; length <= query.length; length++) {
    await input.press(query[length - 1]!);
    await page.getByTestId('search-status').filter({ hasText: `“${query.slice(0, length)}”` }).waitFor();
    seen.push(await page.getByTestId('search-results').locator('tbody tr a').allTextContents());
  }
  return seen;
}

const openHash = async (harness: Harness, hash: string) => {
  await harness.page.evaluate((target) => { window.location.hash = target; }, hash);
};

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`catalogue (${colorScheme})`, () => {
    let harness: Harness;
    beforeAll(async () => { harness = await launchHarness({ colorScheme }); });
    afterAll(async () => { await harness?.close(); });

    it('shows what the catalogue holds and which build it is', async () => {
      await harness.goto('catalogue');
      const stats = harness.page.getByTestId('catalogue-stats');
      await stats.waitFor();
      const expected = harness.services.catalogue().stats();
      expect(await stats.locator('[data-count="alternatives"] dd').textContent()).toBe(String(expected.counts.alternatives));
      expect(await stats.locator('[data-count="european"] dd').textContent()).toBe(String(expected.europeanAlternatives));
      expect(await stats.textContent()).toContain(expected.dataLicence);
      expect(await stats.textContent()).toContain(expected.buildId.slice(0, 12));
    });

    it('searches as the user types, one answer per letter, ending on Microsoft Word', async () => {
      const seen = await typeQuery(harness, 'word');
      expect(seen).toHaveLength(4);
      expect(seen[0]).not.toEqual(seen[3]);
      expect(seen[3]![0]).toBe('Microsoft Word');
      const row = harness.page.getByTestId('search-results').locator('tr[data-id="ms-word"]');
      expect(await row.textContent()).toContain('Microsoft Corporation');
      expect(await row.getAttribute('data-kind')).toBe('product');
      await harness.screenshot(`catalogue-search-${colorScheme}`);
    });

    it("opens Word's page and lists its alternatives side by side, each fact with a dated source", async () => {
      await harness.page.getByTestId('search-results').getByRole('link', { name: 'Microsoft Word', exact: true }).click();
      const pageRoot = harness.page.getByTestId('product-page');
      await pageRoot.waitFor();
      expect(await harness.page.locator('main h1').textContent()).toBe('Microsoft Word');
      expect(await pageRoot.locator('tr[data-fact="country"] td').first().textContent()).toContain('United States (US)');

      const table = harness.page.getByTestId('comparison');
      const expected = harness.services.catalogue().getProduct('ms-word')!.alternatives;
      const columns = table.locator('thead th[data-alternative]');
      expect(await columns.count()).toBe(expected.length);
      expect(expected.length).toBeGreaterThanOrEqual(2);
      // Details load after the product; the flags row shows loading until then.
      await table.locator('tr[data-fact="flags"] td').first().filter({ hasNotText: 'Loading' }).waitFor();
      for (let column = 0; column < 2; column++) {
        const alternative = expected[column]!.alternative;
        expect(await columns.nth(column).getAttribute('data-alternative')).toBe(alternative.id);
        const country = table.locator('tr[data-fact="country"] td').nth(column);
        expect(await country.locator('.cell-value').textContent()).toContain(`(${alternative.country})`);
        const licence = table.locator('tr[data-fact="openSource"] td').nth(column);
        expect(await licence.locator('.cell-value').textContent()).toContain(alternative.licence);
        for (const cell of [country, licence]) {
          const source = cell.getByTestId('source');
          expect(await source.locator('.source-url').textContent()).toMatch(/^https:\/\//);
          expect(await source.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(await source.textContent()).toMatch(/Source.*verified/);
        }
      }
      // The content area scrolls, not the page: a tall window shows the whole side-by-side table in one picture.
      await harness.page.setViewportSize({ width: 1280, height: 2600 });
      await harness.page.getByRole('heading', { name: /alternatives side by side/ }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      await harness.screenshot(`catalogue-product-${colorScheme}`);
      await harness.page.setViewportSize({ width: 1280, height: 820 });
    });

    it('never touches the network and logs no errors', () => {
      expect(harness.blockedRequests).toEqual([]);
      expect(harness.consoleErrors).toEqual([]);
    });
  });
}

describe('catalogue filters and entry pages', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await launchHarness(); });
  afterAll(async () => { await harness?.close(); });

  it('lists only alternatives that are open source and from the EU once both boxes are ticked', async () => {
    await harness.goto('catalogue');
    const status = harness.page.getByTestId('filter-status');
    const all = harness.services.catalogue().filterAlternatives({});
    await status.filter({ hasText: `${all.length} alternatives` }).waitFor();
    const expected = harness.services.catalogue().filterAlternatives({ openSource: true, eu: true });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);

    await harness.page.getByLabel('Open source', { exact: true }).check();
    await harness.page.getByLabel('From an EU member state').check();
    await status.filter({ hasText: `${expected.length} alternatives` }).waitFor();

    const rows = harness.page.getByTestId('alternatives-table').locator('tbody tr');
    const ids = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id') ?? ''));
    expect(ids.sort()).toEqual(expected.map((alternative) => alternative.id).sort());
    for (const id of ids) {
      const alternative = harness.services.catalogue().getAlternative(id)!;
      expect(alternative.inEu, id).toBe(true);
      expect(alternative.openSource, id).toBe('yes');
    }
    for (const text of await rows.locator('td:nth-child(4)').allTextContents()) expect(text).toBe('EU member state');
    for (const text of await rows.locator('td:nth-child(5)').allTextContents()) expect(text).toMatch(/^yes/);
    await harness.page.getByRole('heading', { name: 'Alternatives by criteria' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await harness.screenshot('catalogue-filters');
  });

  it('narrows further by platform and clears every filter at once', async () => {
    await harness.page.getByLabel('Platform').selectOption('linux');
    const expected = harness.services.catalogue().filterAlternatives({ openSource: true, eu: true, platform: 'linux' });
    const status = harness.page.getByTestId('filter-status');
    await status.filter({ hasText: new RegExp(`^${expected.length} alternatives? match`) }).waitFor();
    await harness.page.getByRole('button', { name: 'Clear filters' }).click();
    await status.filter({ hasText: `${harness.services.catalogue().filterAlternatives({}).length} alternatives` }).waitFor();
    expect(await harness.page.getByLabel('Open source', { exact: true }).isChecked()).toBe(false);
  });

  it('opens an alternative from Word’s side-by-side table, with its facts, sources and what it replaces', async () => {
    await openHash(harness, '#/catalogue/product/ms-word');
    const header = harness.page.getByTestId('comparison').locator('thead th[data-alternative]').first();
    const id = (await header.getAttribute('data-alternative'))!;
    await header.getByRole('link').click();
    const pageRoot = harness.page.getByTestId('alternative-page');
    await pageRoot.waitFor();
    expect(await pageRoot.getAttribute('data-id')).toBe(id);
    const expected = harness.services.catalogue().getAlternative(id)!;
    expect(await harness.page.locator('main h1').textContent()).toBe(expected.name);
    const licence = pageRoot.locator('tr[data-fact="openSource"]');
    expect(await licence.textContent()).toContain(expected.licence);
    expect(await licence.getByTestId('source').locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const replaces = pageRoot.getByTestId('replaces');
    expect(await replaces.locator('tr[data-id="ms-word"] a').textContent()).toBe('Microsoft Word');
    expect(await replaces.locator('tbody tr').count()).toBe(expected.replaces.length);
    await harness.screenshot('catalogue-alternative');
  });

  it('shows hosting offers and certifications where the catalogue lists them', async () => {
    const certified = harness.services.catalogue().filterAlternatives({ certification: '27001', euHosting: true })[0];
    expect(certified).toBeDefined();
    await openHash(harness, `#/catalogue/alternative/${certified!.id}`);
    const pageRoot = harness.page.locator(`[data-testid="alternative-page"][data-id="${certified!.id}"]`);
    await pageRoot.waitFor();
    const detail = harness.services.catalogue().getAlternative(certified!.id)!;
    expect(await pageRoot.getByTestId('hosting-offers').locator('tbody tr').count()).toBe(detail.hostingOffers.length);
    expect(await pageRoot.getByTestId('certifications').textContent()).toContain('27001');
  });

  it('says so for an entry that does not exist, with a way back', async () => {
    await openHash(harness, '#/catalogue/product/no-such-product');
    await harness.page.locator('main h1', { hasText: 'Entry not found' }).waitFor();
    expect(await harness.page.getByRole('alert').textContent()).toContain('no-such-product');
    await harness.page.getByRole('navigation', { name: 'Where you are' }).getByRole('link', { name: 'Catalogue' }).click();
    await harness.page.getByTestId('catalogue-stats').waitFor();
  });

  it('moves from the search box into the results with the arrow keys', async () => {
    await typeQuery(harness, 'excel');
    await harness.page.keyboard.press('ArrowDown');
    expect(await harness.page.evaluate(() => document.activeElement?.textContent)).toBe('Microsoft Excel');
    await harness.page.keyboard.press('Enter');
    await harness.page.locator('[data-testid="product-page"][data-id="ms-excel"]').waitFor();
  });

  it('never touches the network and logs no errors', () => {
    expect(harness.blockedRequests).toEqual([]);
    expect(harness.consoleErrors).toEqual([]);
  });
});

describe('catalogue in German, and without a catalogue', () => {
  it('shows the side-by-side table with German labels and a warning that names its kind in words', async () => {
    const harness = await launchHarness({ locale: 'de-DE' });
    try {
      await harness.goto('catalogue');
      await openHash(harness, '#/catalogue/alternative/collaboard');
      const pageRoot = harness.page.locator('[data-testid="alternative-page"][data-id="collaboard"]');
      await pageRoot.waitFor();
      const flag = pageRoot.locator('.flag[data-kind="hyperscaler-dependency"]');
      expect(await flag.locator('.flag-title').textContent()).toContain('Läuft bei einem US-Hyperscaler');
      expect(await pageRoot.locator('tr[data-fact="country"] th').textContent()).toBe('Hauptsitz');
      await openHash(harness, '#/catalogue/product/ms-word');
      await harness.page.getByRole('heading', { name: /Alternativen im Vergleich/ }).waitFor();
      expect(await harness.page.getByTestId('comparison').getByTestId('source').first().textContent()).toMatch(/^Quelle.*geprüft am/);
      await harness.screenshot('catalogue-product-light-de');
      expect(harness.consoleErrors).toEqual([]);
    } finally {
      await harness.close();
    }
  });

  it('explains that the catalogue is missing instead of showing empty tables', async () => {
    const harness = await launchHarness({ env: { cataloguePath: path.join(os.tmpdir(), 'switchyard-no-such-catalogue.sqlite') } });
    try {
      await harness.goto('catalogue');
      await harness.page.getByRole('heading', { name: 'Catalogue not available' }).waitFor();
      expect(await harness.page.getByTestId('catalogue-stats').count()).toBe(0);
      expect(await harness.page.getByLabel('Product, alternative, vendor or category').count()).toBe(0);
    } finally {
      await harness.close();
    }
  });
});

describe('Settings → Priorities', () => {
  const userDataPath = mkdtempSync(path.join(os.tmpdir(), 'switchyard-e2e-priorities-'));

  it('saves a changed priority at once and keeps it after a restart; reset brings the defaults back', async () => {
    const first = await launchHarness({ env: { userDataPath } });
    try {
      await first.goto('settings');
      const lowEffort = first.page.locator('fieldset[data-priority="lowEffort"]');
      await lowEffort.waitFor();
      expect(await lowEffort.locator('input:checked').getAttribute('value')).toBe('2');
      expect(await lowEffort.textContent()).toContain('quick to introduce');
      // Keyboard: the checked radio takes focus, an arrow moves and selects.
      await lowEffort.locator('input:checked').focus();
      await first.page.keyboard.press('ArrowLeft');
      await first.page.locator('.priorities-status', { hasText: 'Saved.' }).waitFor();
      expect(await lowEffort.locator('input:checked').getAttribute('value')).toBe('1');
      await first.page.locator('fieldset[data-priority="euJurisdiction"]').getByLabel('0 – ignore').check();
      await first.page.locator('.priorities-status', { hasText: 'Saved.' }).waitFor();
      await first.page.setViewportSize({ width: 1280, height: 1500 });
      await first.page.locator('main').evaluate((main) => main.scrollTo(0, 0));
      await first.screenshot('settings-priorities');
      expect(first.consoleErrors).toEqual([]);
    } finally {
      await first.close();
    }

    const second = await launchHarness({ env: { userDataPath } });
    try {
      await second.goto('settings');
      const checked = (key: string) => second.page.locator(`fieldset[data-priority="${key}"] input:checked`).getAttribute('value');
      await second.page.locator('fieldset[data-priority="lowEffort"]').waitFor();
      expect(await checked('lowEffort')).toBe('1');
      expect(await checked('euJurisdiction')).toBe('0');
      await second.page.getByRole('button', { name: 'Reset to defaults' }).click();
      await second.page.locator('.priorities-status', { hasText: 'Saved.' }).waitFor();
      const values = [];
      for (const key of ['euJurisdiction', 'openSource', 'selfHostable', 'euHosting', 'platformFit', 'formatFit', 'lowEffort']) values.push(await checked(key));
      expect(values).toEqual(['3', '2', '1', '1', '2', '1', '2']);
      expect(await second.page.getByRole('button', { name: 'Reset to defaults' }).isDisabled()).toBe(true);
      expect(second.blockedRequests).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
