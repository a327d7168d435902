import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditView } from '../../../electron/shared/audit';
import type { SearchResult } from '../../../electron/shared/catalogue';
import { getApi } from '../../api/client';
import type { InventoryRow } from './inventory-rows';
import { formatDate, formatDateTime } from './format';
import { OutcomeBadge } from '../../components/OutcomeBadge';
import { RemapSearch } from './RemapSearch';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';
import { ApiError } from '../../components/ApiError';

interface RowDetailProps {
  auditId: string;
  row: InventoryRow;
  onCorrected: (view: AuditView) => void;
  onClose: () => void;
}

type Action = 'confirm' | 'reject' | 'remap' | 'reset';

/** Everything known about one row, and the corrections a user can make to its match. */
export function RowDetail({ auditId, row, onCorrected, onClose }: RowDetailProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok'; text: string } | { tone: 'error'; error: ApiErrorValue }>();
  const outcome = row.outcome;
  const item = row.item;

  const correct = async (action: Action, target?: { kind: SearchResult['kind']; id: string; name: string }) => {
    setBusy(true);
    const result = await getApi()['matching.correct']({
      auditId, matchKey: row.matchKey, action, label: row.name.slice(0, 500),
      ...(target ? { catalogueKind: target.kind, catalogueId: target.id } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setMessage({ tone: 'error', error: result.error });
      return;
    }
    setMessage({ tone: 'ok', text: t(`inventory.detail.done.${action}`, { name: target?.name ?? row.name }) });
    onCorrected(result.value);
  };

  const facts: Array<[string, string]> = [
    [t('inventory.columns.version'), row.version],
    [t('inventory.columns.publisher'), row.publisher],
    [t('inventory.columns.source'), t(`inventory.sources.${row.source}`, { defaultValue: row.source })],
    [t('inventory.detail.scope'), item?.scope ? t(`inventory.detail.scopes.${item.scope}`) : ''],
    [t('inventory.detail.user'), item?.user ?? ''],
    [t('inventory.detail.installDate'), formatDate(item?.installDate, i18n.language)],
    [t('inventory.detail.installLocation'), item?.installLocation ?? ''],
    [t('inventory.detail.lastUsed'), formatDateTime(item?.lastUsed, i18n.language)],
    [t('inventory.detail.useCount'), item?.useCount === undefined ? '' : String(item.useCount)],
    [t('inventory.detail.running'), item?.running === undefined ? '' : t(item.running ? 'common.yes' : 'common.no')],
    ...Object.entries(item?.identifiers ?? {}).map(([key, value]): [string, string] => [t(`inventory.identifiers.${key}`, { defaultValue: key }), value ?? '']),
    ...Object.entries(item?.evidence ?? {}).map(([key, value]): [string, string] => [t(`inventory.evidence.${key}`, { defaultValue: key }), String(value)]),
    [t('inventory.detail.matchKey'), row.matchKey],
  ];

  return (
    <section className="inv-row-detail" aria-labelledby="row-detail-title" data-testid="row-detail">
      <header className="inv-row-detail-header">
        <h2 id="row-detail-title">{row.name}</h2>
        <button type="button" onClick={onClose}>{t('inventory.detail.close')}</button>
      </header>
      <div className="inv-row-detail-grid">
        <dl className="inv-detail-facts">
          {facts.filter(([, value]) => value !== '').map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <div className="inv-row-detail-match">
          <h3>{t('inventory.detail.matchTitle')}</h3>
          <p data-testid="detail-outcome">
            <OutcomeBadge kind={outcome.kind} />{' '}
            {outcome.kind !== 'ignored' && (
              outcome.kind === 'product'
                ? <a href={`#/catalogue/product/${encodeURIComponent(outcome.catalogueId)}`}>{outcome.name}</a>
                : <strong>{outcome.name}</strong>
            )}
          </p>
          <p>{outcome.explanation}</p>
          {outcome.tier && (
            <p className="inv-muted">
              {t('inventory.detail.tierLine', { tier: t(`inventory.tiers.${outcome.tier}`), confidence: Math.round((outcome.confidence ?? 0) * 100) })}
            </p>
          )}
          <h3>{t('inventory.detail.correctTitle')}</h3>
          <p className="inv-muted">{t('inventory.detail.correctHint')}</p>
          <div className="inv-correction-actions">
            {outcome.kind !== 'ignored' && outcome.tier !== 'correction' && (
              <button type="button" disabled={busy} onClick={() => void correct('confirm', { kind: outcome.kind, id: outcome.catalogueId, name: outcome.name })}>
                {t('inventory.detail.confirm')}
              </button>
            )}
            {!(outcome.kind === 'ignored' && outcome.tier === 'correction') && (
              <button type="button" disabled={busy} onClick={() => void correct('reject')}>{t('inventory.detail.reject')}</button>
            )}
            {outcome.tier === 'correction' && (
              <button type="button" disabled={busy} onClick={() => void correct('reset')}>{t('inventory.detail.reset')}</button>
            )}
          </div>
          <RemapSearch disabled={busy} onPick={(result) => void correct('remap', result)} />
          <p role="status" className="inv-ok-text" data-testid="correction-status">{message?.tone === 'ok' ? message.text : ''}</p>
          {message?.tone === 'error' && <ApiError error={message.error} />}
        </div>
      </div>
    </section>
  );
}
