import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FleetImportFileResult } from '../../../electron/shared/fleet';
import { offersColumnMapping } from './csv-columns';
import { fileName, type FileProgress } from './import-progress';

/** More warnings than this are counted, not listed: a broken export can warn on every row. */
const WARNINGS_SHOWN = 50;

const SYMBOLS: Record<FileProgress['state'], string> = { running: '…', done: '✓', failed: '✗', cancelled: '■' };

/** One row per file while an import runs, from its progress events. */
export function ImportProgressTable({ rows }: { rows: readonly FileProgress[] }) {
  const { t } = useTranslation();
  if (!rows.length) return null;
  return (
    <table className="fleet-table fleet-progress" data-testid="fleet-progress">
      <caption>{t('fleet.import.progressCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fleet.import.file')}</th>
          <th scope="col">{t('fleet.import.state')}</th>
          <th scope="col" className="fleet-numeric">{t('fleet.import.rows')}</th>
          <th scope="col">{t('fleet.import.message')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.file} data-state={row.state}>
            <th scope="row" title={row.file}>{fileName(row.file)}</th>
            <td className={`fleet-state-${row.state}`}><span aria-hidden="true">{SYMBOLS[row.state]}</span> {t(`fleet.import.states.${row.state}`)}</td>
            <td className="fleet-numeric">{row.count ?? ''}</td>
            <td>{row.message ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A file's warnings, folded: the count first, the words on request. */
export function Warnings({ warnings }: { warnings: readonly string[] }) {
  const { t } = useTranslation();
  if (!warnings.length) return <>{t('fleet.import.noWarnings')}</>;
  return (
    <details className="fleet-warnings">
      <summary>{t('fleet.import.warningCount', { count: warnings.length })}</summary>
      <ul>
        {warnings.slice(0, WARNINGS_SHOWN).map((warning, index) => <li key={index}>{warning}</li>)}
      </ul>
      {warnings.length > WARNINGS_SHOWN && <p>{t('fleet.import.moreWarnings', { count: warnings.length - WARNINGS_SHOWN })}</p>}
    </details>
  );
}

interface ImportResultsProps {
  files: readonly FleetImportFileResult[];
  /** The table takes focus when the column-mapping step closes, so keyboard users land on the outcome. */
  ref?: Ref<HTMLTableElement>;
  onMapColumns: (path: string) => void;
  disabled: boolean;
}

/** The last import, file by file: which format was recognised, what it held, and what went wrong. */
export function ImportResults({ files, onMapColumns, disabled, ref }: ImportResultsProps) {
  const { t } = useTranslation();
  if (!files.length) return null;
  return (
    <table className="fleet-table fleet-results" data-testid="fleet-import-results" ref={ref} tabIndex={-1}>
      <caption>{t('fleet.import.resultsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fleet.import.file')}</th>
          <th scope="col">{t('fleet.import.format')}</th>
          <th scope="col" className="fleet-numeric">{t('fleet.import.machines')}</th>
          <th scope="col" className="fleet-numeric">{t('fleet.import.rows')}</th>
          <th scope="col">{t('fleet.import.warnings')}</th>
          <th scope="col">{t('fleet.import.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.file} data-file={fileName(file.file)} data-ok={file.ok}>
            <th scope="row" title={file.file}>{fileName(file.file)}</th>
            <td>{file.format ?? t('fleet.import.unrecognised')}</td>
            <td className="fleet-numeric">{file.hosts ?? ''}</td>
            <td className="fleet-numeric">{file.items ?? ''}</td>
            <td><Warnings warnings={file.warnings} /></td>
            <td>
              {file.ok
                ? <span className="fleet-state-done"><span aria-hidden="true">✓ </span>{t('fleet.import.imported')}</span>
                : <span className="fleet-state-failed"><span aria-hidden="true">✗ </span>{file.error}</span>}
              {offersColumnMapping(file) && (
                <div>
                  <button type="button" disabled={disabled} onClick={() => onMapColumns(file.file)} data-testid="map-columns"
                    aria-label={t('fleet.import.mapColumnsOf', { file: fileName(file.file) })}>
                    {t('fleet.import.mapColumns')}
                  </button>
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
