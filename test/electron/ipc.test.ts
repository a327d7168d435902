import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';

vi.mock('electron', () => ({ ipcMain: {} }));

const { registerIpc } = await import('../../electron/main/ipc');
const { TaskRegistry } = await import('../../electron/core/api/task-registry');
const { IPC_CANCEL, IPC_INVOKE, IPC_PROGRESS } = await import('../../electron/shared/channels');
const { FakeIpcMain, FakeWebContents, fakeIpcEvent } = await import('./fake-electron');
import type { Handlers } from '../../electron/core/api/handler-types';

function setup() {
  const ipc = new FakeIpcMain();
  const calls: unknown[] = [];
  const handlers = {
    'system.status': async (input: unknown, context: { progress: (e: object) => void; signal: AbortSignal }) => {
      calls.push(input);
      context.progress({ step: 'status', state: 'done' });
      return { fake: true };
    },
  } as unknown as Handlers;
  const tasks = new TaskRegistry();
  registerIpc(handlers, tasks, ipc as unknown as IpcMain);
  const invoke = ipc.handlers.get(IPC_INVOKE)!;
  return { ipc, calls, invoke, tasks };
}

const topFrame = { url: 'app://switchyard/index.html#/about', parent: null };

describe('registerIpc', () => {
  it('dispatches a call from the top frame of the app origin', async () => {
    const { invoke, calls } = setup();
    const result = await invoke(fakeIpcEvent(topFrame), 'system.status', {}, undefined);
    expect(result).toEqual({ ok: true, value: { fake: true } });
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['a subframe', { url: 'app://switchyard/index.html', parent: {} }],
    ['another origin', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/x.html', parent: null }],
    ['a missing frame', null],
  ])('refuses %s without calling the handler', async (_label, frame) => {
    const { invoke, calls } = setup();
    const result = await invoke(fakeIpcEvent(frame), 'system.status', {}, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(calls).toHaveLength(0);
  });

  it('validates input before the handler sees it', async () => {
    const { invoke, calls } = setup();
    const result = await invoke(fakeIpcEvent(topFrame), 'system.status', { extra: 1 }, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses unknown methods', async () => {
    const { invoke } = setup();
    const result = await invoke(fakeIpcEvent(topFrame), 'fs.readFile', { path: '/etc/passwd' }, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('sends progress tagged with the task id to the calling window', async () => {
    const { invoke } = setup();
    const sender = new FakeWebContents();
    await invoke(fakeIpcEvent(topFrame, sender), 'system.status', {}, 'task-1');
    expect(sender.sent).toEqual([{ channel: IPC_PROGRESS, payload: { step: 'status', state: 'done', taskId: 'task-1' } }]);
  });

  it('cancels a task only for a trusted sender', () => {
    const { ipc, tasks } = setup();
    const controller = tasks.start('task-2');
    ipc.listeners.get(IPC_CANCEL)!(fakeIpcEvent({ url: 'https://evil.example/', parent: null }), 'task-2');
    expect(controller.signal.aborted).toBe(false);
    ipc.listeners.get(IPC_CANCEL)!(fakeIpcEvent(topFrame), 'task-2');
    expect(controller.signal.aborted).toBe(true);
  });
});
