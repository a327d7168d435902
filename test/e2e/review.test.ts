/**
 * What a user-interface review pass fixed, held in place: API errors with a headline in the UI language,
 * one outcome badge and one empty-state action on every screen, class names that stay on their screen,
 * readable placeholders and a visible focus ring in both themes, and screens that scroll inside <main>
 * while the navigation stays.
 * Screenshots: review-api-error-light, review-api-error-dark-de, review-<screen>-dark-de for every screen.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../electron/shared/result';
import { API_ERROR_HEADLINES } from '../../renderer/components/api-error-headlines';
import de from '../../renderer/i18n/locales/de.json';
import { launchHarness, REPO, type Harness } from './harness';

const FIXTURE = path.join(REPO, 'test', 'fixtures', 'workstations', 'windows-office-pc.inventory.json');
const adapters = {
  dialogs: { openFiles: async () => [FIXTURE], saveFile: async () => null, confirmDroppedFiles: async () => false },
};

/** WCAG 2.x contrast ratio of two CSS rgb()/rgba() colours, the foreground assumed opaque. */
function contrast(foreground: string, background: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
      const value = Number(part) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Chromium prints color-mix() results as color(srgb r g b) with channels from 0 to 1. */
function toRgb(css: string): string {
  if (!css.startsWith('color(')) return css;
  const channels = css.match(/[\d.]+/g)!.slice(0, 3).map((part) => Math.round(Number(part) * 255));
  return `rgb(${channels.join(', ')})`;
}

/** The focus ring of the first navigation link reached with Tab, against the navigation's background. */
async function focusRingContrast(harness: Harness): Promise<number> {
  await harness.goto('about');
  await harness.page.focus('nav a[data-route="overview"]');
  await harness.page.keyboard.press('Tab');
  const colours = await harness.page.evaluate(() => {
    const focused = document.activeElement!;
    return { ring: getComputedStyle(focused).outlineColor, around: getComputedStyle(document.querySelector('.sidebar')!).backgroundColor };
  });
  return contrast(colours.ring, colours.around);
}

async function openMissingProduct(harness: Harness): Promise<void> {
  await harness.goto('catalogue');
  await harness.page.evaluate(() => { window.location.hash = '#/catalogue/product/no-such-product'; });
  await harness.page.locator('.api-error').waitFor();
}

describe('review fixes (light, English)', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await launchHarness({ colorScheme: 'light', adapters }); });
  afterAll(async () => { await harness?.close(); });

  it('gives every empty screen the same action button, a link styled like the primary buttons', async () => {
    const looks: string[] = [];
    for (const screen of ['overview', 'alternatives', 'checklist']) {
      await harness.goto(screen);
      const action = harness.page.locator('.empty-state a.button');
      await action.waitFor();
      looks.push(await action.evaluate((link) => {
        const style = getComputedStyle(link);
        return [style.backgroundColor, style.color, style.textDecorationLine, style.display].join(' | ');
      }));
    }
    expect(new Set(looks).size).toBe(1);
    expect(looks[0]).toBe('rgb(31, 95, 191) | rgb(255, 255, 255) | none | inline-block');
  });

  it('keeps a screen\'s generic class names to that screen', async () => {
    await harness.goto('about');
    const leaked = await harness.page.evaluate(() => {
      const probe = document.createElement('p');
      probe.className = 'muted totals card candidates';
      document.querySelector('main')!.append(probe);
      const style = getComputedStyle(probe);
      const result = { display: style.display, border: style.borderTopStyle };
      probe.remove();
      return result;
    });
    expect(leaked).toEqual({ display: 'block', border: 'none' });
  });

  it('shows an API error as a headline for its kind, then the core\'s detail, announced as an alert', async () => {
    await openMissingProduct(harness);
    const error = harness.page.locator('.api-error');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.getAttribute('data-code')).toBe('not-found');
    expect(await error.locator('.api-error-headline').textContent()).toBe('⚠Not found');
    expect((await error.locator('.api-error-detail').textContent())?.length).toBeGreaterThan(0);
    await harness.screenshot('review-api-error-light');
  });

  it('keeps the navigation in view while a long screen scrolls inside <main>', async () => {
    await harness.goto('inventory');
    await harness.page.getByTestId('load-button').click();
    await harness.page.getByTestId('audit-header').waitFor();
    await harness.page.locator('[data-testid="inventory-grid"] .vtable-data').first().click();
    await harness.page.getByTestId('row-detail').waitFor();
    expect(await harness.page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  });

  it('labels a proprietary row with the shared badge: symbol and word', async () => {
    const badge = harness.page.locator('[data-testid="inventory-grid"] .outcome-badge[data-outcome="product"]').first();
    expect(await badge.textContent()).toBe('● Proprietary');
  });

  it('draws a keyboard focus ring with at least 3:1 contrast in the light theme', async () => {
    expect(await focusRingContrast(harness)).toBeGreaterThanOrEqual(3);
  });

  it('prints the US-jurisdiction count on both shades of its striped bar with at least 4.5:1', async () => {
    await harness.goto('overview');
    const segment = harness.page.locator('.segment-us').first();
    await segment.waitFor();
    const { text, background } = await segment.evaluate((element) => ({
      text: getComputedStyle(element).color,
      background: getComputedStyle(element).backgroundImage,
    }));
    const shades = [...background.matchAll(/rgba?\([^)]*\)|color\(srgb [^)]*\)/g)].map((match) => toRgb(match[0]));
    expect(shades.length).toBeGreaterThanOrEqual(2);
    for (const shade of shades) expect(contrast(text, shade)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('review fixes (dark, German)', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await launchHarness({ colorScheme: 'dark', locale: 'de-DE', adapters }); });
  afterAll(async () => { await harness?.close(); });

  it('draws a keyboard focus ring with at least 3:1 contrast in the dark theme', async () => {
    expect(await focusRingContrast(harness)).toBeGreaterThanOrEqual(3);
  });

  it('names the kind of error in German', async () => {
    await openMissingProduct(harness);
    expect(await harness.page.locator('.api-error-headline').textContent()).toBe('⚠Nicht gefunden');
    await harness.screenshot('review-api-error-dark-de');
  });

  it('shows placeholders with at least 4.5:1 contrast in the dark theme', async () => {
    await harness.goto('inventory');
    await harness.page.getByTestId('load-button').click();
    const search = harness.page.locator('main input[type="search"], main input[placeholder]').first();
    await search.waitFor();
    const colours = await search.evaluate((input) => ({
      placeholder: getComputedStyle(input, '::placeholder').color,
      background: getComputedStyle(input).backgroundColor,
    }));
    expect(contrast(colours.placeholder, colours.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('labels a proprietary row in German', async () => {
    await harness.page.getByTestId('audit-header').waitFor();
    const badge = harness.page.locator('[data-testid="inventory-grid"] .outcome-badge[data-outcome="product"]').first();
    expect(await badge.textContent()).toBe('● Proprietär');
  });

  it('labels every form control and gives every table column headers, on every screen', async () => {
    const problems: string[] = [];
    for (const screen of ['overview', 'inventory', 'alternatives', 'checklist', 'fleet', 'catalogue', 'settings', 'about']) {
      await harness.goto(screen);
      await harness.page.waitForLoadState('networkidle');
      problems.push(...await harness.page.evaluate((name) => {
        const found: string[] = [];
        for (const control of document.querySelectorAll<HTMLInputElement>('main input, main select, main textarea')) {
          const labelled = control.labels?.length || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby') || control.type === 'hidden';
          if (!labelled) found.push(`${name}: ${control.outerHTML.slice(0, 80)}`);
        }
        for (const table of document.querySelectorAll('main table')) {
          if (!table.querySelector('th')) found.push(`${name}: table without headers ${table.className}`);
        }
        for (const button of document.querySelectorAll<HTMLButtonElement>('main button')) {
          if (!button.textContent?.trim() && !button.getAttribute('aria-label')) found.push(`${name}: button without a name`);
        }
        return found;
      }, screen));
      await harness.screenshot(`review-${screen}-dark-de`);
    }
    expect(problems).toEqual([]);
  });

  it('writes the estimated hours as a German number', async () => {
    const hours = await harness.page.evaluate(async () => {
      const plan = await window.switchyard!['plan.get']({ scope: 'local', lang: 'de' });
      return plan.ok && plan.value ? plan.value.totals.effortHours : null;
    });
    expect(hours).not.toBeNull();
    await harness.goto('overview');
    const shown = harness.page.locator('.totals div', { hasText: 'Geschätzte Stunden' }).locator('dd');
    await shown.waitFor();
    expect(await shown.textContent()).toBe(new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(hours!));
    expect(await shown.textContent()).toMatch(/,\d$|^[\d.]+$/);
  });

  it('shows a row\'s install date as a German date', async () => {
    await harness.goto('inventory');
    await harness.page.getByTestId('inventory-search').fill('zoom workplace');
    const row = harness.page.locator('[data-testid="inventory-grid"] .vtable-data', { has: harness.page.locator('[data-column="name"]', { hasText: 'Zoom Workplace (64-bit)' }) });
    await row.click();
    const detail = harness.page.getByTestId('row-detail');
    await detail.waitFor();
    const text = await detail.textContent();
    expect(text).toContain('12.09.2024');
    expect(text).not.toContain('2024-09-12');
  });
});

describe('review fixes (a damaged inventory file, German)', () => {
  let harness: Harness;
  const damaged = path.join(mkdtempSync(path.join(os.tmpdir(), 'switchyard-review-')), 'kaputt.inventory.json');
  beforeAll(async () => {
    writeFileSync(damaged, '{"format": "switchyard-inventory", "items": [');
    harness = await launchHarness({
      colorScheme: 'light',
      locale: 'de-DE',
      adapters: { dialogs: { openFiles: async () => [damaged], saveFile: async () => null, confirmDroppedFiles: async () => false } },
    });
  });
  afterAll(async () => { await harness?.close(); });

  it('says in German what kind of failure it was, then the core\'s detail, as an alert', async () => {
    await harness.goto('inventory');
    await harness.page.getByTestId('load-button').click();
    const error = harness.page.locator('.api-error');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    const code = (await error.getAttribute('data-code')) as ErrorCode;
    const key = API_ERROR_HEADLINES[code].replace('errors.', '') as keyof typeof de.errors;
    expect(await error.locator('.api-error-headline').textContent()).toBe(`⚠${de.errors[key]}`);
    expect(await error.locator('.api-error-detail').textContent()).not.toBe('');
    expect(await harness.page.getByTestId('inventory-notice').textContent()).toBe('');
  });
});
