/**
 * The only place in the main process that touches raw IPC. Each message is checked for its sender,
 * then handed to dispatch(), which validates the input against the contract.
 */
import { ipcMain as electronIpcMain, type IpcMain } from 'electron';
import { IPC_CANCEL, IPC_INVOKE, IPC_PROGRESS } from '../shared/channels';
import { TASK_ID } from '../shared/progress';
import { err } from '../shared/result';
import { dispatch } from '../core/api/dispatch';
import type { Handlers } from '../core/api/handler-types';
import { TaskRegistry } from '../core/api/task-registry';
import { isTrustedSender } from './sender-check';

export function registerIpc(
  handlers: Handlers,
  tasks: TaskRegistry,
  ipcMain: IpcMain = electronIpcMain,
): void {
  ipcMain.handle(IPC_INVOKE, async (event, method: unknown, input: unknown, rawTaskId: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return err('forbidden-sender', 'Request refused: it did not come from the Switchyard window.');
    }
    const taskId = TASK_ID.safeParse(rawTaskId).success ? (rawTaskId as string) : undefined;
    const controller = tasks.start(taskId);
    try {
      return await dispatch(handlers, method, input, {
        signal: controller.signal,
        progress: (progress) => {
          if (taskId && !event.sender.isDestroyed()) event.sender.send(IPC_PROGRESS, { ...progress, taskId });
        },
      });
    } finally {
      tasks.finish(taskId, controller);
    }
  });
  ipcMain.on(IPC_CANCEL, (event, rawTaskId: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return;
    const parsed = TASK_ID.safeParse(rawTaskId);
    if (parsed.success) tasks.cancel(parsed.data);
  });
}
