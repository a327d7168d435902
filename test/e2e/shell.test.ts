/**
 * A user clicking and tabbing through the shell, in light and dark, in English and German.
 * Screenshots of every screen land in test-results/screenshots/ (git-ignored).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from './harness';

const SCREENS = ['overview', 'inventory', 'alternatives', 'checklist', 'fleet', 'catalogue', 'settings', 'about'] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`shell (${colorScheme})`, () => {
    let harness: Harness;
    beforeAll(async () => { harness = await launchHarness({ colorScheme }); });
    afterAll(async () => { await harness?.close(); });

    it('opens on the overview and navigates to every screen by clicking the sidebar', async () => {
      await harness.goto('overview');
      for (const screen of SCREENS) {
        await harness.page.click(`nav a[data-route="${screen}"]`);
        await harness.page.locator(`main[data-screen="${screen}"] h1`).waitFor();
        expect(await harness.page.getAttribute(`nav a[data-route="${screen}"]`, 'aria-current')).toBe('page');
        expect(await harness.page.locator('main h1').textContent()).not.toBe('');
        await harness.screenshot(`shell-${screen}-${colorScheme}`);
      }
    });

    it('shows the real system status on About, through createApi and dispatch', async () => {
      await harness.goto('about');
      const table = harness.page.getByTestId('system-status');
      await table.waitFor();
      expect(await table.locator('tr[data-key="version"] td').textContent()).toMatch(/^Switchyard \d+\.\d+\.\d+$/);
      expect(await table.locator('tr[data-key="node"] td').textContent()).toBe(process.versions.node);
      expect(await table.locator('tr[data-key="catalogue"] td').textContent()).toMatch(/Build|Missing|Unreadable/);
    });

    it('uses the colour scheme of the OS', async () => {
      await harness.goto('overview');
      const background = await harness.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (colorScheme === 'dark') expect(background).toBe('rgb(21, 23, 27)');
      else expect(background).toBe('rgb(246, 247, 249)');
    });

    it('never touches the network and logs no errors', () => {
      expect(harness.blockedRequests).toEqual([]);
      expect(harness.consoleErrors).toEqual([]);
    });
  });
}

describe('keyboard and language', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await launchHarness(); });
  afterAll(async () => { await harness?.close(); });

  it('the skip link moves focus past the navigation', async () => {
    await harness.goto('overview');
    await harness.page.keyboard.press('Tab');
    expect(await harness.page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await harness.page.keyboard.press('Enter');
    expect(await harness.page.evaluate(() => window.location.hash)).toBe('#main');
  });

  it('every screen is reachable with Tab and Enter alone, and its heading takes focus', async () => {
    await harness.goto('overview');
    const visited: string[] = [];
    for (let presses = 0; presses < 30 && visited.length < SCREENS.length; presses++) {
      await harness.page.keyboard.press('Tab');
      const route = await harness.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.route);
      if (route && !visited.includes(route)) {
        await harness.page.keyboard.press('Enter');
        await harness.page.locator(`main[data-screen="${route}"] h1`).waitFor();
        expect(await harness.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        visited.push(route);
        // Back to the navigation: Shift+Tab from the heading leaves main; start from the top again.
        await harness.page.focus(`nav a[data-route="${route}"]`);
      }
    }
    expect(visited.sort()).toEqual([...SCREENS].sort());
  });

  it('switches to German in Settings with the keyboard, and the whole shell follows', async () => {
    await harness.goto('settings');
    await harness.page.focus('input[name="language"][value="en"]');
    await harness.page.keyboard.press('ArrowDown');
    await harness.page.locator('nav a[data-route="overview"]', { hasText: 'Übersicht' }).waitFor();
    expect(await harness.page.evaluate(() => document.documentElement.lang)).toBe('de');
    await harness.goto('about');
    await harness.page.getByTestId('system-status').waitFor();
    expect(await harness.page.locator('main h1').textContent()).toBe('Über Switchyard');
    await harness.screenshot('about-light-de');
    await harness.page.evaluate(() => window.localStorage.clear());
  });
});
