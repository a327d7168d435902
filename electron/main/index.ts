/**
 * Composition root of the desktop app, kept thin: lifecycle, the window, the app:// protocol, IPC
 * registration and the headless CLI mode. Everything else lives in core and is shared with the CLI.
 */
import { app, BrowserWindow, Menu, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_NAME, APP_VERSION } from '../shared/app-info';
import type { AppEnvironment } from '../core/api/app-environment';
import { createHandlers } from '../core/api/create-handlers';
import { TaskRegistry } from '../core/api/task-registry';
import { createCoreServices } from '../core/services';
import { runCli } from '../cli/index';
import { createCliCommands } from '../cli/commands';
import { processIo } from '../cli/io';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';
import { blockNetwork, denyAllPermissions, denyNavigation } from './harden';
import { registerIpc } from './ipc';
import { resolveAppUrl } from './protocol-resolver';
import { createSecureWindowOptions } from './window-options';
import { electronDialogs } from './dialogs';
import { menuTemplate } from './menu';
import { electronPrintPdf } from './print-pdf';

/** `Switchyard --cli <command> ...` runs the CLI inside the packaged app without opening a window. */
const CLI_FLAG = '--cli';
const distDir = path.join(__dirname, '..');

function appEnvironment(): AppEnvironment {
  const cataloguePath = app.isPackaged
    ? path.join(process.resourcesPath, 'catalogue.sqlite')
    : path.join(app.getAppPath(), 'data', 'dist', 'catalogue.sqlite');
  return {
    appName: APP_NAME,
    appVersion: APP_VERSION,
    userDataPath: app.getPath('userData'),
    versions: { node: process.versions.node, chromium: process.versions.chrome, electron: process.versions.electron },
    cataloguePath: process.env.SWITCHYARD_CATALOGUE ?? cataloguePath,
    sqliteNativeBinding: path.join(distDir, 'native', 'better_sqlite3.node'),
    offline: { networkBlocked: true, note: 'the app session cancels every http(s) and ws(s) request' },
  };
}

async function runHeadless(args: string[]): Promise<void> {
  const env = appEnvironment();
  env.offline = { networkBlocked: false, note: 'the CLI makes no network requests' };
  const services = createCoreServices(env, { printPdf: electronPrintPdf });
  const code = await runCli(args, processIo, { env, catalogueStatus: services.catalogueStatus, commands: createCliCommands(env, services) });
  services.close();
  app.exit(code);
}

function registerAppProtocol(): void {
  const bundleDir = path.join(distDir, 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppUrl(request.url, bundleDir);
    if ('refused' in resolved) return new Response(`Refused: ${resolved.refused}`, { status: 403 });
    try {
      const body = await readFile(resolved.filePath);
      return new Response(body, {
        headers: { 'Content-Type': resolved.contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

async function openWindow(): Promise<void> {
  const env = appEnvironment();
  let mainWindow: BrowserWindow | undefined;
  const services = createCoreServices(env, { dialogs: electronDialogs(() => mainWindow), printPdf: electronPrintPdf });
  const tasks = new TaskRegistry();
  registerIpc(createHandlers(services), tasks);

  // Electronegativity cannot see through the factory; its options are asserted by test/electron/window-options.test.ts.
  const preloadPath = path.join(distDir, 'preload', 'index.cjs');
  const window = new BrowserWindow(createSecureWindowOptions(preloadPath, { devTools: !app.isPackaged })); /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK NODE_INTEGRATION_JS_CHECK AUXCLICK_JS_CHECK */
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    tasks.cancelAll();
    services.close();
    mainWindow = undefined;
  });
  await window.loadURL(APP_ENTRY_URL);
}

const cliIndex = process.argv.indexOf(CLI_FLAG);
if (cliIndex >= 0) {
  // No window and no display needed: deployment tools run the scan on machines without a logged-in desktop.
  if (process.platform === 'linux') app.commandLine.appendSwitch('ozone-platform', 'headless');
  app.disableHardwareAcceleration();
  app.whenReady()
    .then(() => runHeadless(process.argv.slice(cliIndex + 1)))
    .catch((error: unknown) => {
      // An unattended deployment script must never wait on a windowless process that failed to start.
      process.stderr.write(`switchyard: ${error instanceof Error ? error.message : String(error)}\n`);
      app.exit(1);
    });
} else {
  // Must run before 'ready': app:// behaves like https (secure context, fetch, relative URLs).
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => denyNavigation(contents));
  void app.whenReady().then(async () => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isPackaged: app.isPackaged, platform: process.platform })));
    denyAllPermissions(session.defaultSession);
    blockNetwork(session.defaultSession);
    registerAppProtocol();
    await openWindow();
  });
  app.on('window-all-closed', () => app.quit());
}
