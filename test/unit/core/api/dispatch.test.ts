import { describe, expect, it } from 'vitest';
import { dispatch, UserFacingError } from '../../../../electron/core/api/dispatch';
import type { HandlerContext, Handlers } from '../../../../electron/core/api/handler-types';

const context = (signal = new AbortController().signal): HandlerContext => ({ signal, progress: () => {} });
const handlersWith = (impl: () => Promise<unknown>) => ({ 'system.status': impl }) as unknown as Handlers;

describe('dispatch', () => {
  it('returns the handler value as ok', async () => {
    expect(await dispatch(handlersWith(async () => 42), 'system.status', {}, context())).toEqual({ ok: true, value: 42 });
  });

  it('treats a missing input as an empty object', async () => {
    expect(await dispatch(handlersWith(async () => 1), 'system.status', undefined, context())).toEqual({ ok: true, value: 1 });
  });

  it.each([['__proto__'], ['constructor'], ['toString'], [42], [null]])('refuses the method name %s', async (name) => {
    const result = await dispatch(handlersWith(async () => 1), name, {}, context());
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('names the bad field of invalid input', async () => {
    const result = await dispatch(handlersWith(async () => 1), 'system.status', { path: '/etc' }, context());
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toContain('system.status');
  });

  it('turns a thrown error into a failed result with its message', async () => {
    const result = await dispatch(handlersWith(async () => { throw new Error('disk full'); }), 'system.status', {}, context());
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'system.status failed: disk full' } });
  });

  it('keeps the code of a user-facing error', async () => {
    const result = await dispatch(handlersWith(async () => { throw new UserFacingError('not-found', 'No such audit.'); }), 'system.status', {}, context());
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'No such audit.' } });
  });

  it('reports cancellation when the task was aborted', async () => {
    const controller = new AbortController();
    const result = await dispatch(handlersWith(async () => { controller.abort(); return 1; }), 'system.status', {}, context(controller.signal));
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});
