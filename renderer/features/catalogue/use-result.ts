import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Result } from '../../../electron/shared/result';
import { latestOnly } from './latest-only';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; value: T };

/**
 * Loads one result for a page and keeps the error code (useCall keeps only the message; the catalogue
 * screen tells "catalogue missing" from other failures by it). When the deps change mid-flight, the older
 * answer is dropped.
 */
export function useResult<T>(load: () => Promise<Result<T>>, deps: readonly unknown[]) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [nextTicket] = useState(latestOnly);
  // The caller names what the loader depends on, as with useEffect.
  const stableLoad = useCallback(load, deps);
  const reload = useCallback(async () => {
    const isCurrent = nextTicket();
    setState({ status: 'loading' });
    const result = await stableLoad();
    if (isCurrent()) setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error });
  }, [stableLoad, nextTicket]);
  useEffect(() => { void reload(); }, [reload]);
  return { state, reload };
}
