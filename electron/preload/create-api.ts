/**
 * Builds the object exposed as window.switchyard from the contract, given a transport. Pure: no electron
 * import, so the same function backs the real preload and the e2e harness in plain Chromium.
 * It exposes exactly the contract's methods plus progress subscription and cancellation, nothing else.
 */
import type { CallOptions, DroppedFile, SwitchyardApi } from '../shared/api';
import { METHOD_NAMES, type MethodName } from '../shared/methods';
import type { ProgressEvent } from '../shared/progress';
import type { Result } from '../shared/result';

export interface Transport {
  invoke(method: MethodName, input: unknown, taskId: string | undefined): Promise<Result<unknown>>;
  cancel(taskId: string): void;
  /** Subscribes to progress events; returns the unsubscribe function. */
  subscribe(listener: (event: ProgressEvent) => void): () => void;
  pathForFile(file: DroppedFile): string;
}

export function createApi(transport: Transport): SwitchyardApi {
  const methods: Record<string, unknown> = {};
  for (const name of METHOD_NAMES) {
    methods[name] = (input: unknown, options?: CallOptions) => transport.invoke(name, input ?? {}, options?.taskId);
  }
  return Object.freeze({
    ...methods,
    onProgress: (listener: (event: ProgressEvent) => void) => transport.subscribe(listener),
    cancel: (taskId: string) => transport.cancel(taskId),
    pathForFile: (file: DroppedFile) => transport.pathForFile(file),
  }) as SwitchyardApi;
}
