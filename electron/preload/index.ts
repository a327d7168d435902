/**
 * Runs sandboxed with context isolation. Exposes exactly the contract (built by the pure createApi)
 * as window.switchyard; never ipcRenderer itself, never Node.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { IPC_CANCEL, IPC_INVOKE, IPC_PROGRESS } from '../shared/channels';
import type { ProgressEvent } from '../shared/progress';
import type { Result } from '../shared/result';
import { createApi } from './create-api';

const api = createApi({
  invoke: (method, input, taskId) => ipcRenderer.invoke(IPC_INVOKE, method, input, taskId) as Promise<Result<unknown>>,
  cancel: (taskId) => ipcRenderer.send(IPC_CANCEL, taskId),
  subscribe: (listener) => {
    const wrapped = (_event: unknown, payload: ProgressEvent) => listener(payload);
    ipcRenderer.on(IPC_PROGRESS, wrapped);
    return () => ipcRenderer.removeListener(IPC_PROGRESS, wrapped);
  },
  // The renderer passes the File it got from the drop event; webUtils checks it is one.
  pathForFile: (file) => webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]),
});

contextBridge.exposeInMainWorld('switchyard', api);
