/**
 * Rows for a running fleet import, one per file, built from its progress events (step = the file, state
 * done or failed, message = the error naming the file and line). Pure, so the order and replacement rules
 * are tested without an import.
 */
import type { ProgressEvent } from '../../../electron/shared/progress';

export interface FileProgress {
  file: string;
  state: ProgressEvent['state'];
  count?: number;
  message?: string;
}

/** Files keep the order in which they finished; a later event for the same file replaces its row. */
export function applyFileProgress(rows: readonly FileProgress[], event: ProgressEvent): FileProgress[] {
  const next: FileProgress = { file: event.step, state: event.state, count: event.count, message: event.message };
  const index = rows.findIndex((row) => row.file === event.step);
  return index < 0 ? [...rows, next] : rows.map((row, i) => (i === index ? next : row));
}

/** The last part of a path (or of `archive.zip › member`), for tables too narrow for whole paths. */
export function fileName(path: string): string {
  const member = path.split(' › ');
  const last = member[member.length - 1] ?? path;
  const base = last.split(/[\\/]/).pop() || last;
  return member.length > 1 ? `${member[0]!.split(/[\\/]/).pop()} › ${base}` : base;
}
