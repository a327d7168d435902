/**
 * The composition root, run against a fake electron: it must turn on the sandbox for every renderer,
 * register app:// as a secure standard scheme, deny permissions and block the network before the
 * window loads, and load the app from app:// (never file://).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeSession, FakeWebContents } from './fake-electron';

const state = vi.hoisted(() => ({
  sandboxEnabled: false,
  privileged: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  windows: [] as Array<{ options: unknown; loaded: string[] }>,
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  session: undefined as unknown,
  menu: undefined as unknown,
}));

vi.mock('electron', async () => {
  const { FakeSession: Session, FakeWebContents: Contents, FakeIpcMain } = await import('./fake-electron');
  state.session = new Session();
  class BrowserWindow {
    webContents = new Contents();
    record: { options: unknown; loaded: string[] };
    constructor(options: unknown) {
      this.record = { options, loaded: [] };
      state.windows.push(this.record);
    }
    once() {}
    on() {}
    show() {}
    async loadURL(url: string) { this.record.loaded.push(url); }
  }
  return {
    app: {
      isPackaged: true,
      enableSandbox: () => { state.sandboxEnabled = true; },
      whenReady: () => Promise.resolve(),
      on: (name: string, listener: (...args: unknown[]) => void) => state.appListeners.set(name, listener),
      getPath: () => '/tmp/switchyard-test-user-data',
      getAppPath: () => '/tmp/switchyard-app',
      exit: () => {},
      commandLine: { appendSwitch: () => {} },
      disableHardwareAcceleration: () => {},
      quit: () => {},
    },
    BrowserWindow,
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => { state.menu = menu; } },
    ipcMain: new FakeIpcMain(),
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => state.protocolHandlers.set(scheme, handler),
    },
    session: { get defaultSession() { return state.session; } },
  };
});

beforeAll(async () => {
  Object.defineProperty(process, 'resourcesPath', { value: '/tmp/switchyard-resources', configurable: true });
  await import('../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 20));
});

describe('main composition root', () => {
  it('enables the sandbox for all renderers', () => {
    expect(state.sandboxEnabled).toBe(true);
  });

  it('registers app:// as a standard, secure scheme', () => {
    expect(state.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(state.protocolHandlers.has('app')).toBe(true);
  });

  it('denies permissions and blocks the network on the app session', () => {
    const session = state.session as FakeSession;
    expect(session.permissionRequestHandler).toBeTypeOf('function');
    expect(session.permissionCheckHandler).toBeTypeOf('function');
    expect(session.beforeRequest?.filter.urls).toContain('https://*/*');
  });

  it('opens one window with the secure options and loads app://, never file://', () => {
    expect(state.windows).toHaveLength(1);
    const options = state.windows[0]!.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(state.windows[0]!.loaded).toEqual(['app://switchyard/index.html']);
  });

  it('sets an explicit menu without developer tools in a packaged build', () => {
    const roles = JSON.stringify(state.menu);
    expect(roles).toContain('editMenu');
    expect(roles).not.toContain('toggleDevTools');
    const options = state.windows[0]!.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences.devTools).toBe(false);
  });

  it('hardens every web contents created later', () => {
    const contents = new FakeWebContents();
    state.appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(contents.emitPreventable('will-navigate', 'https://example.org')).toBe(true);
  });

  it('the app protocol refuses paths outside the bundle with 403', async () => {
    const handler = state.protocolHandlers.get('app')!;
    const response = await handler({ url: 'app://switchyard/..%2F..%2Fmain%2Findex.js' });
    expect(response.status).toBe(403);
  });
});
