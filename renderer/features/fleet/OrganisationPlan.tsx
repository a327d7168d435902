import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportFormatSchema, type ReportFormat } from '../../../electron/shared/contract';
import type { Checklist } from '../../../electron/shared/planning';
import { getApi, newTaskId } from '../../api/client';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';

type ExportState =
  | { state: 'idle' }
  | { state: 'running'; format: ReportFormat }
  | { state: 'done'; format: ReportFormat; path: string }
  | { state: 'cancelled' }
  | { state: 'failed'; error: ApiErrorValue };

interface OrganisationPlanProps {
  plan: Checklist | null;
  lang: 'en' | 'de';
}

/** The organisation's plan in one line per product ("Visio on 14 of 220 machines, used on 3"), and its report. */
export function OrganisationPlan({ plan, lang }: OrganisationPlanProps) {
  const { t } = useTranslation();
  const exportLabelId = useId();
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const formatName = (format: ReportFormat) => t(`fleet.plan.formats.${format}`);

  async function exportAs(format: ReportFormat) {
    setStatus({ state: 'running', format });
    const result = await getApi()['report.export']({ scope: 'fleet', lang, format }, { taskId: newTaskId('fleet-report') });
    if (!result.ok) setStatus({ state: 'failed', error: result.error });
    else if (result.value === null) setStatus({ state: 'cancelled' });
    else setStatus({ state: 'done', format, path: result.value.path });
  }

  const message = status.state === 'running' ? t('fleet.plan.exporting', { format: formatName(status.format) })
    : status.state === 'done' ? t('fleet.plan.exported', { format: formatName(status.format), path: status.path })
      : status.state === 'cancelled' ? t('fleet.plan.exportCancelled') : '';

  return (
    <>
      {!plan?.products.length ? <p className="fleet-muted">{t('fleet.plan.empty')}</p> : (
        <ul className="fleet-plan-list" data-testid="fleet-plan">
          {plan.products.map((product) => (
            <li key={product.productId} data-product-id={product.productId}>
              <strong>{product.productName}</strong>{' '}
              {product.hosts && (product.hosts.used90 === null
                ? t('fleet.plan.hostsNoUsage', { count: product.hosts.installed, total: product.hosts.total })
                : t('fleet.plan.hosts', { count: product.hosts.installed, total: product.hosts.total, used: product.hosts.used90 }))}
              <span className="fleet-muted">
                {' — '}
                {product.chosen ? t('fleet.plan.switchTo', { name: product.chosen.name }) : t(`fleet.plan.decisions.${product.decision}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="fleet-export" role="group" aria-labelledby={exportLabelId}>
        <span id={exportLabelId} className="fleet-export-label">{t('fleet.plan.exportLabel')}</span>
        {ReportFormatSchema.options.map((format) => (
          <button key={format} type="button" data-format={format} disabled={!plan || status.state === 'running'}
            aria-label={t('fleet.plan.exportAs', { format: formatName(format) })} onClick={() => void exportAs(format)}>
            {formatName(format)}
          </button>
        ))}
      </div>
      <p role="status" className="fleet-export-status" data-state={status.state} data-testid="fleet-export-status">{message}</p>
      {status.state === 'failed' && <ApiError error={status.error} />}
    </>
  );
}
