/**
 * Results are data. Errors crossing IPC lose everything but their message, so handlers never rely on
 * thrown errors reaching the renderer: dispatch() turns every outcome into one of these.
 */
export type ErrorCode =
  | 'unknown-method'
  | 'invalid-input'
  | 'invalid-output'
  | 'forbidden-sender'
  | 'cancelled'
  | 'not-found'
  | 'unavailable'
  | 'failed';

export interface ApiError {
  code: ErrorCode;
  /** Written for the user: what happened and what to do. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
