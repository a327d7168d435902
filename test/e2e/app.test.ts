/**
 * The same shell scenarios against the real app through Playwright's _electron, where an Electron
 * binary is installed (a developer's machine after a normal `npm install`). On machines installed with
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1 (CI here) there is no binary, and this file says so and does not run.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, SCREENSHOT_DIR } from './harness';

function electronBinary(): string | undefined {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary) {
  console.warn('[e2e] No Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD): the real-app scenarios in app.test.ts do not run here; the Chromium suite covers the renderer.');
}

describe.runIf(binary !== undefined && existsSync(path.join(REPO, 'dist', 'native', 'better_sqlite3.node')))('real app through _electron', () => {
  let app: ElectronApplication;
  let page: Page;
  beforeAll(async () => {
    app = await _electron.launch({ executablePath: binary, args: [REPO], env: { ...process.env, SWITCHYARD_USER_DATA: path.join(REPO, 'test-results', 'app-user-data') } });
    page = await app.firstWindow();
  });
  afterAll(async () => { await app?.close(); });

  it('loads from app:// with the sandboxed preload exposing only the contract', async () => {
    expect(page.url()).toBe('app://switchyard/index.html');
    const keys = await page.evaluate(() => Object.keys((window as unknown as { switchyard: object }).switchyard).sort());
    expect(keys).toContain('system.status');
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  });

  it('shows Electron and Chromium versions on About', async () => {
    await page.click('nav a[data-route="about"]');
    await page.getByTestId('system-status').waitFor();
    expect(await page.locator('tr[data-key="electron"] td').textContent()).toMatch(/^\d+\./);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'app-about.png') });
  });

  it('refuses remote requests from the renderer', async () => {
    const outcome = await page.evaluate(async () => {
      try { await fetch('https://example.org/'); return 'reached'; } catch { return 'blocked'; }
    });
    expect(outcome).toBe('blocked');
  });
});
