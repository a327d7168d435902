import { useTranslation } from 'react-i18next';
import type { InventoryFile } from '../../../electron/shared/inventory';
import { documentKinds, sortDiagnostics } from './diagnostics-order';
import { formatBytes } from './format';

/** How each collector fared, problems first, and what the document count found. */
export function DiagnosticsPanel({ inventory }: { inventory: InventoryFile }) {
  const { t, i18n } = useTranslation();
  const diagnostics = sortDiagnostics(inventory.diagnostics);
  const documents = inventory.documents;
  const seconds = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (
    <details className="inv-diagnostics" data-testid="diagnostics">
      <summary>{t('inventory.diagnostics.summary', { count: diagnostics.length })}</summary>
      <table className="inv-data-table">
        <caption>{t('inventory.diagnostics.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inventory.diagnostics.collector')}</th>
            <th scope="col">{t('inventory.diagnostics.status')}</th>
            <th scope="col" className="inv-numeric">{t('inventory.diagnostics.duration')}</th>
            <th scope="col" className="inv-numeric">{t('inventory.diagnostics.items')}</th>
            <th scope="col">{t('inventory.diagnostics.message')}</th>
          </tr>
        </thead>
        <tbody>
          {diagnostics.map((d) => (
            <tr key={d.collector} data-collector={d.collector} data-status={d.status}>
              <th scope="row"><code>{d.collector}</code></th>
              <td><span className={`inv-status-badge inv-status-${d.status}`}>{t(`inventory.diagnostics.statuses.${d.status}`)}</span></td>
              <td className="inv-numeric">{t('inventory.diagnostics.seconds', { value: seconds.format(d.durationMs / 1000) })}</td>
              <td className="inv-numeric">{d.itemCount}</td>
              <td>{d.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {documents && (
        <section className="inv-documents-summary" data-testid="documents-summary" aria-labelledby="documents-title">
          <h3 id="documents-title">{t('inventory.documents.title')}</h3>
          <p>
            {t('inventory.documents.macros', { count: documents.macroEnabled.count })}{' '}
            {t('inventory.documents.skipped', {
              placeholders: documents.skipped.cloudPlaceholders, unreadable: documents.skipped.unreadable, symlinks: documents.skipped.symlinks,
            })}
            {documents.truncated && <> {t('inventory.documents.truncated')}</>}
          </p>
          <table className="inv-data-table">
            <thead>
              <tr>
                <th scope="col">{t('inventory.documents.kind')}</th>
                <th scope="col" className="inv-numeric">{t('inventory.documents.count')}</th>
                <th scope="col" className="inv-numeric">{t('inventory.documents.size')}</th>
                <th scope="col" className="inv-numeric">{t('inventory.documents.withMacros')}</th>
              </tr>
            </thead>
            <tbody>
              {documentKinds(documents).map((row) => (
                <tr key={row.kind} data-kind={row.kind}>
                  <th scope="row">{t(`inventory.documents.kinds.${row.kind}`)}</th>
                  <td className="inv-numeric">{row.count}</td>
                  <td className="inv-numeric">{formatBytes(row.bytes, i18n.language)}</td>
                  <td className="inv-numeric">{documents.macroEnabled.byKind[row.kind] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </details>
  );
}
