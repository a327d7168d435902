import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { ProgressEvent } from './progress';
import type { Result } from './result';

/** A File from a drop event; shared/ has no DOM types, so only what is needed is named. */
export interface DroppedFile { readonly name: string }

export interface CallOptions {
  /** Caller-chosen id for long work: progress events carry it and cancel(taskId) stops it. */
  taskId?: string;
}

/** window.switchyard: exactly the contract's methods, plus progress subscription and cancellation. */
export type SwitchyardApi = {
  readonly [M in MethodName]: (input: MethodInput<M>, options?: CallOptions) => Promise<Result<MethodOutput<M>>>;
} & {
  readonly onProgress: (listener: (event: ProgressEvent) => void) => () => void;
  readonly cancel: (taskId: string) => void;
  /**
   * The path of a file dropped on the window (Electron's webUtils.getPathForFile), or '' where the runtime
   * cannot tell (a plain browser). Only files the user dropped can be named this way.
   */
  readonly pathForFile: (file: DroppedFile) => string;
};
