import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from '../../../electron/shared/contract';
import { getApi, newTaskId } from '../../api/client';
import type { PlanLang } from './use-plan';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';

/** Spelled out rather than read from the contract's zod schema, which would pull zod into the bundle; the compiler checks it is complete. */
const FORMATS = Object.keys({ html: 0, pdf: 0, md: 0, csv: 0, json: 0 } satisfies Record<ReportFormat, 0>) as ReportFormat[];

type ExportState =
  | { state: 'idle' }
  | { state: 'running'; format: ReportFormat }
  | { state: 'done'; format: ReportFormat; path: string }
  | { state: 'cancelled' }
  | { state: 'failed'; format: ReportFormat; error: ApiErrorValue };

/** One button per report format; the core asks where to save and writes the file in the plan's language. */
export function ExportBar({ lang }: { lang: PlanLang }) {
  const { t } = useTranslation();
  const labelId = useId();
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const formatName = (format: ReportFormat) => t(`checklist.export.${format}`);

  async function exportAs(format: ReportFormat) {
    setStatus({ state: 'running', format });
    const result = await getApi()['report.export']({ scope: 'local', lang, format }, { taskId: newTaskId('report') });
    if (!result.ok) setStatus({ state: 'failed', format, error: result.error });
    else if (result.value === null) setStatus({ state: 'cancelled' });
    else setStatus({ state: 'done', format, path: result.value.path });
  }

  const message = status.state === 'running' ? t('checklist.export.running', { format: formatName(status.format) })
    : status.state === 'done' ? t('checklist.export.done', { format: formatName(status.format), path: status.path })
      : status.state === 'cancelled' ? t('checklist.export.cancelled') : '';

  return (
    <section className="export-bar" aria-labelledby={labelId}>
      <span id={labelId} className="export-label">{t('checklist.export.label')}</span>
      <div className="export-buttons" role="group" aria-labelledby={labelId}>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            data-format={format}
            disabled={status.state === 'running'}
            aria-label={t('checklist.export.formatLabel', { format: formatName(format) })}
            onClick={() => void exportAs(format)}
          >
            {formatName(format)}
          </button>
        ))}
      </div>
      <p className="export-status" role="status" data-state={status.state}>{message}</p>
      {status.state === 'failed' && (
        <ApiError error={status.error} context={t('checklist.export.failed', { format: formatName(status.format) })} />
      )}
    </section>
  );
}
