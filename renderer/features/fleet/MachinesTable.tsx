import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FleetHostRow } from '../../../electron/shared/fleet';
import { VirtualTable, type TableSort, type VirtualColumn } from '../../components/VirtualTable';
import { formatDate } from '../inventory/format';
import { hostLabel, nextSort, sortHosts } from './fleet-rows';

interface MachinesTableProps {
  rows: readonly FleetHostRow[];
  selectedId?: number;
  onSelect: (id: number) => void;
}

/** Every machine after merging the tools' views of it; Enter or a click opens its software. */
export function MachinesTable({ rows, selectedId, onSelect }: MachinesTableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<TableSort>({ column: 'hostname', direction: 'asc' });
  const sorted = useMemo(() => sortHosts(rows, sort), [rows, sort]);
  const os = (r: FleetHostRow) => r.osName ?? (r.osPlatform ? t(`fleet.platforms.${r.osPlatform}`, { defaultValue: r.osPlatform }) : '');

  const columns = useMemo((): VirtualColumn<FleetHostRow>[] => [
    { id: 'hostname', header: t('fleet.machines.hostname'), width: 'minmax(0, 1.4fr)', sortable: true, cell: hostLabel, title: hostLabel },
    { id: 'os', header: t('fleet.machines.os'), width: 'minmax(0, 1.2fr)', sortable: true, cell: os, title: os },
    { id: 'tags', header: t('fleet.machines.tags'), width: 'minmax(0, 1.6fr)', sortable: true, cell: (r) => r.tags.join(', '), title: (r) => r.tags.join(', ') },
    { id: 'lastSeen', header: t('fleet.machines.lastSeen'), width: 'minmax(0, 1fr)', sortable: true, cell: (r) => formatDate(r.lastSeen ?? undefined, i18n.language) },
    { id: 'sources', header: t('fleet.machines.sources'), width: 'minmax(0, 1.6fr)', sortable: true, cell: (r) => r.sources.join(', '), title: (r) => r.sources.join(', ') },
    { id: 'rows', header: t('fleet.machines.rows'), width: 'minmax(0, 0.6fr)', sortable: true, cell: (r) => r.itemCount },
  ], [t, i18n.language]);

  return (
    <VirtualTable
      label={t('fleet.machines.label')}
      columns={columns}
      entries={sorted.map((row) => ({ type: 'row', key: String(row.id), row }))}
      sort={sort}
      onSort={(column) => setSort((current) => nextSort(current, column))}
      selectedKey={selectedId === undefined ? undefined : String(selectedId)}
      onSelect={(key) => onSelect(Number(key))}
      emptyText={t('fleet.machines.empty')}
      testId="fleet-machines"
    />
  );
}
