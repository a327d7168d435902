/**
 * Calls one API method and tracks its state for a screen: loading, the value, or the error (its code picks
 * a localised headline, its message is already written for the user by the core). `reload` calls again; `setValue` applies a newer result
 * returned by another method (e.g. after a correction).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/shared/contract';
import type { ApiError } from '../../electron/shared/result';
import { getApi } from './client';

export type CallState<T> =
  | { status: 'loading'; value?: T }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: ApiError; value?: T };

export function useCall<M extends MethodName>(method: M, input: MethodInput<M>, deps: readonly unknown[] = []) {
  const [state, setState] = useState<CallState<MethodOutput<M>>>({ status: 'loading' });
  const inputRef = useRef(input);
  inputRef.current = input;
  const reload = useCallback(async () => {
    setState((previous) => ({ status: 'loading', value: previous.value }));
    const call = getApi()[method] as (input: MethodInput<M>) => Promise<{ ok: true; value: MethodOutput<M> } | { ok: false; error: ApiError }>;
    const result = await call(inputRef.current);
    setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error });
  }, [method, ...deps]);
  useEffect(() => { void reload(); }, [reload]);
  const setValue = useCallback((value: MethodOutput<M>) => setState({ status: 'ready', value }), []);
  return { state, reload, setValue };
}
