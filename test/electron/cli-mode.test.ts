/**
 * `Switchyard --cli <command>`: the packaged app runs the same CLI as Node, and opens no window.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ windows: 0, exitCode: undefined as number | undefined, switches: [] as string[][], stdout: '' }));

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    whenReady: () => Promise.resolve(),
    getPath: () => '/tmp/switchyard-cli-mode',
    getAppPath: () => '/tmp/switchyard-app',
    exit: (code: number) => { state.exitCode = code; },
    commandLine: { appendSwitch: (...args: string[]) => state.switches.push(args) },
    disableHardwareAcceleration: () => {},
    enableSandbox: () => {},
    on: () => {},
  },
  BrowserWindow: class { constructor() { state.windows++; } },
  ipcMain: { handle: () => {}, on: () => {} },
  protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
  session: { defaultSession: {} },
  dialog: {},
}));

const originalArgv = process.argv;
const originalWrite = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  process.argv = [process.argv[0]!, 'Switchyard', '--cli', '--version'];
  Object.defineProperty(process, 'resourcesPath', { value: '/tmp/switchyard-resources', configurable: true });
  process.stdout.write = ((chunk: string) => { state.stdout += chunk; return true; }) as typeof process.stdout.write;
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(state.exitCode).toBeDefined());
});

afterAll(() => {
  process.argv = originalArgv;
  process.stdout.write = originalWrite;
});

describe('--cli mode of the packaged app', () => {
  it('runs the CLI and exits with its code', () => {
    expect(state.exitCode).toBe(0);
    expect(state.stdout).toMatch(/^Switchyard \d+\.\d+\.\d+/);
  });

  it('opens no window and needs no display', () => {
    expect(state.windows).toBe(0);
    if (process.platform === 'linux') expect(state.switches).toContainEqual(['ozone-platform', 'headless']);
  });
});
