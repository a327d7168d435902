/**
 * One progress row per collector, built from a scan's progress events. Pure, so the order and the final
 * states can be tested without a running scan.
 */
import type { ProgressEvent } from '../../../electron/shared/progress';

export interface CollectorProgress {
  step: string;
  state: ProgressEvent['state'];
  count?: number;
  message?: string;
}

/** Rows keep the order in which collectors started; a later event for the same collector replaces its row. */
export function applyProgress(rows: readonly CollectorProgress[], event: ProgressEvent): CollectorProgress[] {
  const next: CollectorProgress = { step: event.step, state: event.state, count: event.count, message: event.message };
  const index = rows.findIndex((row) => row.step === event.step);
  if (index < 0) return [...rows, next];
  return rows.map((row, i) => (i === index ? { ...next, count: next.count ?? row.count } : row));
}

/** When the scan is cancelled, collectors still marked running will never report again. */
export function cancelRunning(rows: readonly CollectorProgress[]): CollectorProgress[] {
  return rows.map((row) => (row.state === 'running' ? { ...row, state: 'cancelled' } : row));
}
