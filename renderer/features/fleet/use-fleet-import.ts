/**
 * One fleet import at a time, from the dialog (files or a folder), from dropped paths, or from the
 * column-mapping step: its task id, per-file progress rows while it runs, and the result per file after.
 */
import { useEffect, useRef, useState } from 'react';
import type { CsvMappingInput } from '../../../electron/shared/contract';
import type { FleetImportFileResult, FleetImportResult } from '../../../electron/shared/fleet';
import type { ApiError, Result } from '../../../electron/shared/result';
import { getApi, newTaskId } from '../../api/client';
import { applyFileProgress, type FileProgress } from './import-progress';

/** A failed call carries its error, shown as an alert with a headline for its kind; the rest is a status line. */
export type ImportNotice = { tone: 'info' | 'error'; key: string; values?: Record<string, string | number>; error?: ApiError };

export interface FleetImportState {
  running: boolean;
  cancelling: boolean;
  progress: FileProgress[];
  /** The last finished import, file by file; a file re-imported with a column mapping replaces its row. */
  files: FleetImportFileResult[];
  notice?: ImportNotice;
}

type Start = (options: { taskId: string }) => Promise<Result<FleetImportResult | null>>;

export function useFleetImport(onImported: () => void) {
  const [state, setState] = useState<FleetImportState>({ running: false, cancelling: false, progress: [], files: [] });
  const taskRef = useRef<string>(undefined);

  // An import still running when the user leaves the screen keeps the files it finished; the rest is stopped.
  useEffect(() => () => { if (taskRef.current) getApi().cancel(taskRef.current); }, []);

  /** Resolves to the import's result, or undefined when it failed, was cancelled or no file was picked. */
  async function run(start: Start, merge: (previous: FleetImportFileResult[], files: FleetImportFileResult[]) => FleetImportFileResult[]): Promise<FleetImportResult | undefined> {
    const taskId = newTaskId('fleet');
    taskRef.current = taskId;
    setState((previous) => ({ ...previous, running: true, cancelling: false, progress: [], notice: undefined }));
    const unsubscribe = getApi().onProgress((event) => {
      if (event.taskId === taskId) setState((previous) => ({ ...previous, progress: applyFileProgress(previous.progress, event) }));
    });
    const result = await start({ taskId });
    unsubscribe();
    taskRef.current = undefined;
    setState((previous): FleetImportState => {
      const done = { ...previous, running: false, cancelling: false };
      if (!result.ok) {
        return result.error.code === 'cancelled'
          ? { ...done, notice: { tone: 'info', key: 'fleet.import.cancelled' } }
          : { ...done, notice: { tone: 'error', key: 'fleet.import.failed', error: result.error } };
      }
      if (result.value === null) return { ...done, notice: { tone: 'info', key: 'fleet.import.noSelection' } };
      const value = result.value;
      const ok = value.files.filter((file) => file.ok).length;
      return {
        ...done,
        progress: [],
        files: merge(previous.files, value.files),
        notice: { tone: ok === value.files.length ? 'info' : 'error', key: 'fleet.import.finished', values: { ok, count: value.files.length, machines: value.totalHosts } },
      };
    });
    if (!result.ok || !result.value) return undefined;
    onImported();
    return result.value;
  }

  const replace = (_previous: FleetImportFileResult[], files: FleetImportFileResult[]) => files;

  return {
    state,
    fromDialog: (folders: boolean) => run((options) => getApi()['fleet.import']({ folders }, options), replace),
    fromPaths: (paths: string[]) => run((options) => getApi()['fleet.importPaths']({ paths }, options), replace),
    withMapping: (input: { path: string; mapping: CsvMappingInput }) =>
      run((options) => getApi()['fleet.importCsv'](input, options), (previous, files) => {
        const mapped = new Map(files.map((file) => [file.file, file]));
        return previous.some((file) => mapped.has(file.file)) ? previous.map((file) => mapped.get(file.file) ?? file) : [...previous, ...files];
      }),
    cancel: () => {
      if (!taskRef.current) return;
      setState((previous) => ({ ...previous, cancelling: true }));
      getApi().cancel(taskRef.current);
    },
    /** A message in the import's status line that did not come from an import (a refused drop, cleared data). */
    notify: (notice: ImportNotice) => setState((previous) => ({ ...previous, notice })),
    clearResults: (notice?: ImportNotice) => setState({ running: false, cancelling: false, progress: [], files: [], notice }),
  };
}
