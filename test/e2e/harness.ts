/**
 * E2E harness: the production renderer bundle (dist/renderer) in Debian's Chromium, driven by
 * playwright-core. window.switchyard is built by the same createApi as the preload and backed by the
 * same dispatch(createHandlers(...)) as the main process, running here in Node. Every request that is
 * not the bundle is aborted and recorded, so a test can prove the UI never reaches for the network.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { AppEnvironment } from '../../electron/core/api/app-environment';
import { createHandlers } from '../../electron/core/api/create-handlers';
import type { CoreServices } from '../../electron/core/api/services';
import { dispatch } from '../../electron/core/api/dispatch';
import { TaskRegistry } from '../../electron/core/api/task-registry';
import { createCoreServices, type FrontDoorAdapters } from '../../electron/core/services';

export const REPO = path.resolve(__dirname, '../..');
export const RENDERER_DIR = path.join(REPO, 'dist', 'renderer');
export const SCREENSHOT_DIR = path.join(REPO, 'test-results', 'screenshots');
const ORIGIN = 'http://switchyard.test';
export const CHROMIUM_PATH = process.env.SWITCHYARD_CHROMIUM ?? '/usr/bin/chromium';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
};

let bridgeScript: string | undefined;
async function pageBridgeScript(): Promise<string> {
  if (!bridgeScript) {
    const result = await build({
      entryPoints: [path.join(__dirname, 'page-bridge.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120',
    });
    bridgeScript = result.outputFiles[0]!.text;
  }
  return bridgeScript;
}

export interface Harness {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** URLs the page tried to load that are not part of the bundle (all were aborted). */
  blockedRequests: string[];
  consoleErrors: string[];
  env: AppEnvironment;
  services: CoreServices;
  goto(route: string): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  colorScheme?: 'light' | 'dark';
  locale?: string;
  env?: Partial<AppEnvironment>;
  /** Adapters the app gets from Electron (dialogs, PDF printing); tests supply fakes. */
  adapters?: FrontDoorAdapters;
}

export function testEnvironment(overrides: Partial<AppEnvironment> = {}): AppEnvironment {
  return {
    appName: 'Switchyard',
    appVersion: JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version,
    // A fresh data folder per harness unless a test passes one (to restart on the same state).
    userDataPath: mkdtempSync(path.join(os.tmpdir(), 'switchyard-e2e-')),
    versions: { node: process.versions.node },
    cataloguePath: path.join(REPO, 'data', 'dist', 'catalogue.sqlite'),
    offline: { networkBlocked: true, note: 'e2e harness aborts every request outside the bundle' },
    ...overrides,
  };
}

export async function launchHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` before the e2e suite.');
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1280, height: 820 },
  });
  const env = testEnvironment({ versions: { node: process.versions.node, chromium: browser.version() }, ...options.env });
  const services: CoreServices = createCoreServices(env, options.adapters);
  const handlers = createHandlers(services);
  const tasks = new TaskRegistry();
  const blockedRequests: string[] = [];
  const consoleErrors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      blockedRequests.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(RENDERER_DIR, relative);
    if (!file.startsWith(RENDERER_DIR + path.sep) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    await route.fulfill({ status: 200, body: readFileSync(file), contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
  });

  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.exposeFunction('__switchyardInvoke', async (method: unknown, input: unknown, taskId: string | undefined) => {
    const controller = tasks.start(taskId);
    try {
      return await dispatch(handlers, method, input, {
        signal: controller.signal,
        progress: (event) => {
          if (taskId) void page.evaluate((payload) => (window as unknown as { __switchyardEmit?: (e: unknown) => void }).__switchyardEmit?.(payload), { ...event, taskId }).catch(() => {});
        },
      });
    } finally {
      tasks.finish(taskId, controller);
    }
  });
  await page.exposeFunction('__switchyardCancel', async (taskId: string) => { tasks.cancel(taskId); });
  await page.addInitScript({ content: await pageBridgeScript() });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    browser, context, page, blockedRequests, consoleErrors, env,
    async goto(route: string) {
      await page.goto(`${ORIGIN}/index.html#/${route}`);
      await page.locator(`main[data-screen="${route}"]`).waitFor();
    },
    async screenshot(name: string) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    services,
    async close() {
      tasks.cancelAll();
      services.close();
      await browser.close();
    },
  };
}
