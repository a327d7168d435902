import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FleetProductRow } from '../../../electron/shared/fleet';
import { OutcomeBadge } from '../../components/OutcomeBadge';
import { VirtualTable, type TableSort, type VirtualColumn } from '../../components/VirtualTable';
import { nextSort, sortProducts } from './fleet-rows';

interface ProductsTableProps {
  rows: readonly FleetProductRow[];
  totalHosts: number;
}

/**
 * Catalogue products across machines. Counts come from per-machine rows; what a tool reported only as a
 * device count (Intune, Fleet titles) sits in its own column and is never added, since its machines are unknown.
 */
export function ProductsTable({ rows, totalHosts }: ProductsTableProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<TableSort>({ column: 'installed', direction: 'desc' });
  const sorted = useMemo(() => sortProducts(rows, sort), [rows, sort]);
  const reported = (row: FleetProductRow) => row.aggregateDevices.map((source) => t('fleet.products.reportedBy', { source: source.source, count: source.devices })).join('; ');

  // A count is null when no machine in the selection reported when it last used anything: unknown, not zero.
  const used = (count: number | null) => (count === null ? <span className="fleet-muted">{t('fleet.products.noUsageData')}</span> : count);

  const columns = useMemo((): VirtualColumn<FleetProductRow>[] => [
    { id: 'name', header: t('fleet.products.name'), width: 'minmax(0, 2fr)', sortable: true, cell: (r) => r.name, title: (r) => r.name },
    { id: 'kind', header: t('fleet.products.kind'), width: '12rem', sortable: true, cell: (r) => <OutcomeBadge kind={r.kind} /> },
    {
      id: 'installed', header: t('fleet.products.installed'), width: '9rem', sortable: true,
      cell: (r) => t('fleet.products.onOf', { count: r.hostsInstalled, total: totalHosts }),
    },
    { id: 'used30', header: t('fleet.products.used30'), width: '7.5rem', sortable: true, cell: (r) => used(r.hostsUsed30) },
    { id: 'used90', header: t('fleet.products.used90'), width: '7.5rem', sortable: true, cell: (r) => used(r.hostsUsed90) },
    { id: 'reported', header: t('fleet.products.reported'), width: 'minmax(11rem, 1fr)', sortable: true, cell: reported, title: reported },
  ], [t, totalHosts]);

  return (
    <VirtualTable
      label={t('fleet.products.label')}
      columns={columns}
      entries={sorted.map((row) => ({ type: 'row', key: row.key, row }))}
      sort={sort}
      onSort={(column) => setSort((current) => nextSort(current, column))}
      emptyText={t('fleet.products.empty')}
      testId="fleet-products"
    />
  );
}
