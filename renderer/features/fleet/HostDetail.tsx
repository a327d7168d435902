import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FleetHostDetail } from '../../../electron/shared/fleet';
import { useCall } from '../../api/use-call';
import { VirtualTable, type TableSort, type VirtualColumn } from '../../components/VirtualTable';
import { formatDate, formatDateTime } from '../inventory/format';
import { hostLabel, nextSort, readProductKey, sortHostItems, type HostItem } from './fleet-rows';
import { ApiError } from '../../components/ApiError';

interface HostDetailProps {
  id: number;
  /** Catalogue names by product key, from the fleet summary; an entry it lacks shows its id. */
  productNames: ReadonlyMap<string, string>;
  onClose: () => void;
}

/** One machine as every tool saw it: identity, tool ids, and all its software rows with what each counts as. */
export function HostDetail({ id, productNames, onClose }: HostDetailProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { state } = useCall('fleet.host', { id }, [id]);
  const [sort, setSort] = useState<TableSort>({ column: 'name', direction: 'asc' });
  const host = state.value;
  const items = useMemo(() => (host ? sortHostItems(host.items, sort) : []), [host, sort]);

  useEffect(() => { if (host) headingRef.current?.focus(); }, [host?.id]);

  const matchText = (row: HostItem) => {
    const key = readProductKey(row.productKey);
    if (key.kind === 'product' || key.kind === 'alternative') {
      return t(`fleet.host.match.${key.kind}`, { name: productNames.get(row.productKey) ?? key.value });
    }
    return key.kind === 'ignored' ? t('fleet.host.match.ignored', { reason: key.value }) : t('fleet.host.match.other');
  };

  const columns = useMemo((): VirtualColumn<HostItem>[] => [
    { id: 'name', header: t('fleet.host.columns.name'), width: 'minmax(0, 2fr)', sortable: true, cell: (r) => r.name, title: (r) => r.name },
    { id: 'version', header: t('fleet.host.columns.version'), width: 'minmax(0, 1fr)', sortable: true, cell: (r) => r.version ?? '', title: (r) => r.version ?? '' },
    { id: 'publisher', header: t('fleet.host.columns.publisher'), width: 'minmax(0, 1.3fr)', sortable: true, cell: (r) => r.publisher ?? '', title: (r) => r.publisher ?? '' },
    { id: 'lastUsed', header: t('fleet.host.columns.lastUsed'), width: 'minmax(0, 0.9fr)', sortable: true, cell: (r) => formatDate(r.lastUsed ?? undefined, i18n.language) },
    { id: 'match', header: t('fleet.host.columns.match'), width: 'minmax(0, 1.6fr)', sortable: true, cell: matchText, title: matchText },
    { id: 'source', header: t('fleet.host.columns.source'), width: 'minmax(0, 1.3fr)', sortable: true, cell: (r) => r.source, title: (r) => r.source },
  ], [t, i18n.language, productNames]);

  return (
    <section className="fleet-panel fleet-host" aria-labelledby={headingId} data-testid="fleet-host">
      <div className="fleet-panel-header">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>{host ? hostLabel(host) : t('common.loading')}</h3>
        <button type="button" onClick={onClose} data-testid="close-host">{t('fleet.host.close')}</button>
      </div>
      {state.status === 'error' && <ApiError error={state.error} />}
      {host && (
        <>
          <HostFacts host={host} lastSeen={formatDateTime(host.lastSeen ?? undefined, i18n.language)} />
          <VirtualTable
            label={t('fleet.host.tableLabel', { host: hostLabel(host) })}
            columns={columns}
            entries={items.map((row, index) => ({ type: 'row', key: `${index}:${row.name}:${row.version ?? ''}:${row.productKey}`, row }))}
            sort={sort}
            onSort={(column) => setSort((current) => nextSort(current, column))}
            emptyText={t('fleet.host.empty')}
            testId="fleet-host-items"
          />
        </>
      )}
    </section>
  );
}

function HostFacts({ host, lastSeen }: { host: FleetHostDetail; lastSeen: string }) {
  const { t } = useTranslation();
  const unknown = t('common.unknown');
  const tools = Object.entries(host.toolIds);
  const facts: Array<[string, string]> = [
    [t('fleet.host.facts.os'), [host.osName, host.osPlatform && t(`fleet.platforms.${host.osPlatform}`, { defaultValue: host.osPlatform })].filter(Boolean).join(' · ') || unknown],
    [t('fleet.host.facts.serial'), host.serial ?? unknown],
    [t('fleet.host.facts.hardwareUuid'), host.hardwareUuid ?? unknown],
    [t('fleet.host.facts.toolIds'), tools.length ? tools.map(([tool, value]) => `${tool}: ${value}`).join(', ') : unknown],
    [t('fleet.host.facts.tags'), host.tags.join(', ') || t('fleet.host.facts.none')],
    [t('fleet.host.facts.sources'), host.sources.join(', ')],
    [t('fleet.host.facts.lastSeen'), lastSeen || unknown],
    [t('fleet.host.facts.rows'), String(host.itemCount)],
  ];
  return (
    <dl className="fleet-facts" data-testid="fleet-host-facts">
      {facts.map(([term, value]) => (
        <div key={term}><dt>{term}</dt><dd>{value}</dd></div>
      ))}
    </dl>
  );
}
