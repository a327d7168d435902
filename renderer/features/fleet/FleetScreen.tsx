import { useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../electron/shared/contract';
import { getApi } from '../../api/client';
import { useCall } from '../../api/use-call';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { CsvMappingPanel } from './CsvMappingPanel';
import { HostDetail } from './HostDetail';
import { ImportLog } from './ImportLog';
import { ImportProgressTable, ImportResults } from './ImportResults';
import { MachinesTable } from './MachinesTable';
import { OrganisationPlan } from './OrganisationPlan';
import { ProductsTable } from './ProductsTable';
import { useFleetImport } from './use-fleet-import';
import './fleet.css';
import { ApiError } from '../../components/ApiError';

const PLATFORMS = ['windows', 'macos', 'linux'] as const;
type PlatformFilter = (typeof PLATFORMS)[number];

/**
 * The organisation's machines from the tools IT already runs: import (dialog or drop, with a column-mapping
 * step for unknown CSV lists), products across machines, each machine's software, the organisation plan
 * and its report, and the import log.
 */
export function FleetScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'de' ? 'de' : 'en';
  const [tag, setTag] = useState('');
  const [platform, setPlatform] = useState<PlatformFilter | ''>('');
  const [hostId, setHostId] = useState<number>();
  const [mappingPath, setMappingPath] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const resultsRef = useRef<HTMLTableElement>(null);

  const filter: MethodInput<'fleet.summary'> = { ...(tag ? { tag } : {}), ...(platform ? { platform } : {}) };
  const summary = useCall('fleet.summary', filter, [tag, platform]);
  const plan = useCall('plan.get', { scope: 'fleet', lang }, [lang]);
  const refresh = () => { void summary.reload(); void plan.reload(); };
  const importer = useFleetImport(refresh);
  const busy = importer.state.running;
  const value = summary.state.value;
  const productNames = useMemo(() => new Map(value?.products.map((p) => [p.key, p.name]) ?? []), [value]);
  const platforms = PLATFORMS.filter((p) => value?.platforms.includes(p));

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    const files = [...event.dataTransfer.files];
    if (!files.length) return;
    const paths = files.map((file) => getApi().pathForFile(file));
    if (paths.some((path) => path === '')) importer.notify({ tone: 'error', key: 'fleet.import.dropUnsupported' });
    else void importer.fromPaths(paths);
  };

  const onCleared = (removed: number) => {
    setTag('');
    setPlatform('');
    setHostId(undefined);
    setMappingPath(undefined);
    importer.clearResults({ tone: 'info', key: 'fleet.log.cleared', values: { count: removed } });
    refresh();
  };

  const actions = (
    <>
      <button type="button" className="primary" disabled={busy} onClick={() => void importer.fromDialog(false)} data-testid="import-files">{t('fleet.actions.importFiles')}</button>
      <button type="button" disabled={busy} onClick={() => void importer.fromDialog(true)} data-testid="import-folder">{t('fleet.actions.importFolder')}</button>
    </>
  );
  const notice = importer.state.notice;
  const empty = summary.state.status !== 'loading' && value?.imports.length === 0;

  return (
    <div
      className="fleet"
      data-dragging={dragging || undefined}
      onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
      onDragLeave={(event) => { if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false); }}
      onDrop={onDrop}
    >
      <ScreenHeader title={t('fleet.title')}>{!empty && actions}</ScreenHeader>
      <p className="lead">{t('fleet.dropHint')}</p>
      {busy && (
        <div className="fleet-task" role="status" data-testid="fleet-task">
          <span className="fleet-spinner" aria-hidden="true" />
          {t(importer.state.cancelling ? 'fleet.import.cancelling' : 'fleet.import.running')}
          <button type="button" onClick={importer.cancel} disabled={importer.state.cancelling}>{t('fleet.actions.cancel')}</button>
        </div>
      )}
      <div role="status" aria-live="polite" className={notice?.tone === 'error' ? 'fleet-notice error' : 'fleet-notice'} data-testid="fleet-notice">
        {notice && !notice.error ? t(notice.key, notice.values) : ''}
      </div>
      {notice?.error && <ApiError error={notice.error} context={t(notice.key)} />}
      <ImportProgressTable rows={importer.state.progress} />
      <ImportResults files={importer.state.files} onMapColumns={setMappingPath} disabled={busy} ref={resultsRef} />
      {mappingPath && (
        <CsvMappingPanel
          key={mappingPath}
          path={mappingPath}
          importing={busy}
          onImport={(mapping) => importer.withMapping({ path: mappingPath, mapping })}
          onClose={() => {
            setMappingPath(undefined);
            requestAnimationFrame(() => resultsRef.current?.focus());
          }}
        />
      )}

      {summary.state.status === 'loading' && !value && <p role="status">{t('common.loading')}</p>}
      {summary.state.status === 'error' && <ApiError error={summary.state.error} onRetry={() => void summary.reload()} />}
      {empty && (
        <EmptyState title={t('empty.fleet.title')} body={t('empty.fleet.body')}>
          <div className="fleet-actions">{actions}</div>
        </EmptyState>
      )}
      {value && !empty && (
        <>
          <p className="fleet-summary" data-testid="fleet-summary-line">
            {t('fleet.summary.line', { count: value.totalHosts, products: value.products.length, others: value.otherTitles })}
          </p>
          <div className="fleet-toolbar" role="group" aria-label={t('fleet.filters.label')}>
            <label>
              {t('fleet.filters.tag')}
              <select value={tag} onChange={(event) => setTag(event.target.value)} data-testid="filter-tag" disabled={!value.tags.length && !tag}>
                <option value="">{t('fleet.filters.allTags')}</option>
                {value.tags.map((name) => <option key={name} value={name}>{name}</option>)}
              </select>
            </label>
            <label>
              {t('fleet.filters.os')}
              <select value={platform} onChange={(event) => setPlatform(event.target.value as PlatformFilter | '')} data-testid="filter-os">
                <option value="">{t('fleet.filters.allOs')}</option>
                {platforms.map((name) => <option key={name} value={name}>{t(`fleet.platforms.${name}`)}</option>)}
              </select>
            </label>
          </div>

          <section className="fleet-section" aria-labelledby="fleet-products-heading">
            <h2 id="fleet-products-heading">{t('fleet.products.title')}</h2>
            <p className="fleet-muted">{t('fleet.products.explain')}</p>
            <ProductsTable rows={value.products} totalHosts={value.totalHosts} />
          </section>

          <section className="fleet-section" aria-labelledby="fleet-machines-heading">
            <h2 id="fleet-machines-heading">{t('fleet.machines.title')}</h2>
            <MachinesTable rows={value.hosts} selectedId={hostId} onSelect={setHostId} />
            {hostId !== undefined && <HostDetail key={hostId} id={hostId} productNames={productNames} onClose={() => setHostId(undefined)} />}
          </section>

          <section className="fleet-section" aria-labelledby="fleet-plan-heading">
            <h2 id="fleet-plan-heading">{t('fleet.plan.title')}</h2>
            {plan.state.status === 'error' && <ApiError error={plan.state.error} />}
            <OrganisationPlan plan={plan.state.value ?? null} lang={lang} />
          </section>

          <section className="fleet-section" aria-labelledby="fleet-log-heading">
            <h2 id="fleet-log-heading">{t('fleet.log.title')}</h2>
            <ImportLog imports={value.imports} totalHosts={value.totalHosts} onCleared={onCleared} />
          </section>
        </>
      )}
    </div>
  );
}
