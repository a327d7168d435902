import { useTranslation } from 'react-i18next';
import type { CollectorProgress } from './scan-progress';

const STATE_SYMBOLS: Record<CollectorProgress['state'], string> = { running: '…', done: '✓', failed: '✗', cancelled: '■' };

/** One row per collector while a scan runs, and after it ends until the next one starts. */
export function ScanProgressList({ rows }: { rows: readonly CollectorProgress[] }) {
  const { t } = useTranslation();
  if (!rows.length) return null;
  return (
    <table className="inv-scan-progress" data-testid="scan-progress">
      <caption>{t('inventory.progress.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inventory.progress.collector')}</th>
          <th scope="col">{t('inventory.progress.state')}</th>
          <th scope="col">{t('inventory.progress.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.step} data-step={row.step} data-state={row.state}>
            <th scope="row"><code>{row.step}</code></th>
            <td className={`inv-progress-${row.state}`}>
              <span aria-hidden="true">{STATE_SYMBOLS[row.state]}</span> {t(`inventory.progress.states.${row.state}`)}
            </td>
            <td>{row.count ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
