import { useTranslation } from 'react-i18next';
import type { AuditView } from '../../../electron/shared/audit';
import { formatDateTime } from './format';

/** Which machine, when, and the counts that matter for the switch. */
export function AuditHeader({ view }: { view: AuditView }) {
  const { t, i18n } = useTranslation();
  const facts: Array<[string, string, string | number]> = [
    ['host', t('inventory.header.host'), view.summary.hostname ?? view.inventory.host.hostname],
    ['scanned', t('inventory.header.scannedAt'), formatDateTime(view.inventory.scannedAt, i18n.language)],
    ['source', t('inventory.header.source'), view.summary.kind === 'scan' ? t('inventory.header.kindScan') : view.summary.label],
    ['rows', t('inventory.header.rows'), view.counts.rows],
    ['products', t('inventory.header.products'), view.counts.products],
    ['alternatives', t('inventory.header.alternatives'), view.counts.alternatives],
    ['ignored', t('inventory.header.ignored'), view.counts.ignored],
  ];
  return (
    <dl className="inv-audit-header" data-testid="audit-header">
      {facts.map(([key, label, value]) => (
        <div key={key} data-fact={key}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
