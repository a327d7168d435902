/**
 * The API contract: every method the renderer may call, with zod schemas for its input and its result.
 * The main process registers a handler table typed by this list (a missing handler does not compile),
 * the preload builds window.switchyard from the same list, and dispatch() validates every input.
 */
import { z } from 'zod';
import type { MethodName } from './methods';
import { SystemStatusSchema } from './system';

export { METHOD_NAMES, type MethodName } from './methods';

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  /** Long work reports progress and can be cancelled by task id. */
  long: boolean;
}

const NoInput = z.object({}).strict();

export const contract = {
  'system.status': { input: NoInput, output: SystemStatusSchema, long: false },
} as const satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** The input as a handler sees it: after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
