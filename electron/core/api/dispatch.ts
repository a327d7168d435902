/**
 * The single entry point from any front door that crosses a trust boundary (IPC, the e2e bridge).
 * It checks the method exists, validates the input against the contract before a handler sees it,
 * runs the handler, and turns every outcome — including a thrown error — into a Result.
 */
import { contract, isMethodName } from '../../shared/contract';
import { err, ok, type Result } from '../../shared/result';
import type { HandlerContext, Handlers } from './handler-types';

export class UserFacingError extends Error {
  constructor(
    readonly code: 'not-found' | 'unavailable' | 'failed' | 'invalid-input',
    message: string,
  ) {
    super(message);
  }
}

/** Work finished before the cancel (an imported file, a written report) stays; the message must not promise otherwise. */
const CANCELLED = 'The task was cancelled. Anything it had finished before (an imported file, for example) was kept.';

export async function dispatch(
  handlers: Handlers,
  method: unknown,
  rawInput: unknown,
  context: HandlerContext,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) return err('unknown-method', `Unknown method ${JSON.stringify(method)}.`);
  const spec = contract[method];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return err('invalid-input', `Invalid input for ${method}${where}: ${issue?.message ?? 'rejected'}.`);
  }
  try {
    const handler = handlers[method] as (input: unknown, context: HandlerContext) => Promise<unknown>;
    const value = await handler(parsed.data, context);
    if (context.signal.aborted) return err('cancelled', CANCELLED);
    return ok(value);
  } catch (error) {
    if (context.signal.aborted) return err('cancelled', CANCELLED);
    if (error instanceof UserFacingError) return err(error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return err('failed', `${method} failed: ${message}`);
  }
}
