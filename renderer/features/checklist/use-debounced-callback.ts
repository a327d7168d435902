import { useCallback, useEffect, useRef } from 'react';

/**
 * Calls back once typing pauses. `flush` sends the pending value at once (on blur); leaving the screen
 * flushes too, so nothing typed is lost.
 */
export function useDebouncedCallback<T>(callback: (value: T) => void, delayMs: number) {
  const callbackRef = useRef(callback);
  callbackRef.current = callback;
  const pending = useRef<{ value: T; timer: number } | null>(null);
  const flush = useCallback(() => {
    const current = pending.current;
    if (!current) return;
    window.clearTimeout(current.timer);
    pending.current = null;
    callbackRef.current(current.value);
  }, []);
  const schedule = useCallback((value: T) => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = { value, timer: window.setTimeout(flush, delayMs) };
  }, [delayMs, flush]);
  useEffect(() => flush, [flush]);
  return { schedule, flush };
}
