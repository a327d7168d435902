/**
 * Runs inside the page (bundled to an IIFE by the harness). Builds window.switchyard with the same
 * createApi as the preload; the transport calls bindings that the harness exposes from Node, where
 * the same dispatch(handlers) as the app runs.
 */
import { createApi } from '../../electron/preload/create-api';
import type { ProgressEvent } from '../../electron/shared/progress';
import type { Result } from '../../electron/shared/result';

interface BridgeWindow {
  __switchyardInvoke(method: string, input: unknown, taskId: string | undefined): Promise<Result<unknown>>;
  __switchyardCancel(taskId: string): Promise<void>;
  __switchyardEmit?: (event: ProgressEvent) => void;
  switchyard?: unknown;
}

const bridge = window as unknown as BridgeWindow;
const listeners = new Set<(event: ProgressEvent) => void>();
bridge.__switchyardEmit = (event) => { for (const listener of listeners) listener(event); };
bridge.switchyard = createApi({
  invoke: (method, input, taskId) => bridge.__switchyardInvoke(method, input, taskId),
  cancel: (taskId) => { void bridge.__switchyardCancel(taskId); },
  subscribe: (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  // A plain browser cannot name a dropped file's path; the app's preload can.
  pathForFile: () => '',
});
