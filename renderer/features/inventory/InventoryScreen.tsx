import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditView } from '../../../electron/shared/audit';
import { getApi, newTaskId } from '../../api/client';
import { useCall } from '../../api/use-call';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { AuditHeader } from './AuditHeader';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { buildRows } from './inventory-rows';
import { InventoryTable } from './InventoryTable';
import { RowDetail } from './RowDetail';
import { applyProgress, cancelRunning, type CollectorProgress } from './scan-progress';
import { ScanOptions, type ScanChoices } from './ScanOptions';
import { ScanProgressList } from './ScanProgressList';
import './inventory.css';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';

type Task = { kind: 'scan' | 'import'; taskId: string; cancelling: boolean };
/** Outcomes of a load or scan go to the polite status line; failures to an alert that names their kind. */
type Notice = { tone: 'info'; text: string } | { tone: 'error'; error: ApiErrorValue };

export function InventoryScreen() {
  const { t } = useTranslation();
  const { state, setValue } = useCall('audits.get', {});
  const [choices, setChoices] = useState<ScanChoices>({ documents: true, browserHistory: false });
  const [task, setTask] = useState<Task>();
  const taskRef = useRef<Task>(undefined);
  const [progress, setProgress] = useState<CollectorProgress[]>([]);
  const [notice, setNotice] = useState<Notice>();
  const [selectedId, setSelectedId] = useState<string>();
  const view = state.value ?? null;
  const rows = useMemo(() => (view ? buildRows(view) : []), [view]);
  const selected = selectedId ? rows.find((row) => row.id === selectedId) : undefined;

  // A scan still running when the user leaves the screen is stopped: nobody would see its result.
  useEffect(() => () => { if (taskRef.current) getApi().cancel(taskRef.current.taskId); }, []);

  const startTask = (kind: Task['kind']): Task => {
    const started = { kind, taskId: newTaskId(kind), cancelling: false };
    taskRef.current = started;
    setTask(started);
    setNotice(undefined);
    return started;
  };

  const finish = (view: AuditView | null, doneText: (view: AuditView) => string) => {
    taskRef.current = undefined;
    setTask(undefined);
    if (!view) return;
    setValue(view);
    setSelectedId(undefined);
    setNotice({ tone: 'info', text: doneText(view) });
  };

  const fail = (error: ApiErrorValue, cancelled: boolean) => {
    taskRef.current = undefined;
    setTask(undefined);
    if (cancelled) setProgress(cancelRunning);
    setNotice(cancelled ? { tone: 'info', text: t('inventory.notice.cancelled') } : { tone: 'error', error });
  };

  const scan = async () => {
    const current = startTask('scan');
    setProgress([]);
    const unsubscribe = getApi().onProgress((event) => {
      if (event.taskId === current.taskId) setProgress((rows) => applyProgress(rows, event));
    });
    const result = await getApi()['inventory.scan'](
      { documents: { enabled: choices.documents, roots: [], keepPaths: false }, browserHistory: choices.browserHistory },
      { taskId: current.taskId },
    );
    unsubscribe();
    if (result.ok) finish(result.value, (v) => t('inventory.notice.scanned', { count: v.counts.rows }));
    else fail(result.error, result.error.code === 'cancelled' || current.cancelling);
  };

  const load = async () => {
    const current = startTask('import');
    const result = await getApi()['inventory.importFile']({}, { taskId: current.taskId });
    if (!result.ok) fail(result.error, result.error.code === 'cancelled');
    else if (result.value === null) {
      finish(null, () => '');
      setNotice({ tone: 'info', text: t('inventory.notice.noFile') });
    } else finish(result.value, (v) => t('inventory.notice.loaded', { count: v.counts.rows, label: v.summary.label }));
  };

  const cancel = () => {
    if (!task) return;
    const cancelling = { ...task, cancelling: true };
    taskRef.current = cancelling;
    setTask(cancelling);
    getApi().cancel(task.taskId);
  };

  return (
    <>
      <ScreenHeader title={t('inventory.title')}>
        <button type="button" className="primary" onClick={() => void scan()} disabled={Boolean(task)} data-testid="scan-button">
          {t('inventory.actions.scan')}
        </button>
        <button type="button" onClick={() => void load()} disabled={Boolean(task)} data-testid="load-button">
          {t('inventory.actions.load')}
        </button>
      </ScreenHeader>
      <ScanOptions value={choices} disabled={Boolean(task)} onChange={setChoices} />
      {task && (
        <div className="inv-task-row" role="status" data-testid="task-status">
          <span className="inv-spinner" aria-hidden="true" />
          {t(task.cancelling ? 'inventory.notice.cancelling' : task.kind === 'scan' ? 'inventory.notice.scanning' : 'inventory.notice.loading')}
          {task.kind === 'scan' && (
            <button type="button" onClick={cancel} disabled={task.cancelling} data-testid="cancel-button">{t('inventory.actions.cancel')}</button>
          )}
        </div>
      )}
      <ScanProgressList rows={progress} />
      <div role="status" aria-live="polite" data-testid="inventory-notice" className="inv-notice">
        {notice?.tone === 'info' ? notice.text : ''}
      </div>
      {notice?.tone === 'error' && <ApiError error={notice.error} />}

      {state.status === 'loading' && !view && <p role="status">{t('common.loading')}</p>}
      {state.status === 'error' && (
        <ApiError error={state.error} />
      )}
      {state.status === 'ready' && !view && (
        <EmptyState title={t('empty.inventory.title')} body={t('empty.inventory.body')} />
      )}
      {view && (
        <>
          <AuditHeader view={view} />
          <InventoryTable rows={rows} selectedId={selectedId} onSelect={setSelectedId} />
          {selected && (
            <RowDetail
              key={selected.id}
              auditId={view.summary.id}
              row={selected}
              onCorrected={setValue}
              onClose={() => {
                setSelectedId(undefined);
                // The details vanish with the button that had focus; the table is where the user came from.
                document.querySelector<HTMLElement>('.inv-table-section [role="grid"]')?.focus();
              }}
            />
          )}
          <DiagnosticsPanel inventory={view.inventory} />
        </>
      )}
    </>
  );
}
