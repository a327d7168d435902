import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { ProgressEvent } from '../../shared/progress';

export interface HandlerContext {
  /** Aborted when the caller cancels the task (or the window goes away). */
  signal: AbortSignal;
  /** Reports progress for the current task; a no-op when the caller gave no task id. */
  progress(event: Omit<ProgressEvent, 'taskId'>): void;
}

/**
 * One handler per contract method. Typed as a mapped type so the compiler rejects a table with a
 * missing or misspelt method (Signal's Server.node.ts habit).
 */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>, context: HandlerContext) => Promise<MethodOutput<M>>;
};
