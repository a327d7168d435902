import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FleetImportLogRow } from '../../../electron/shared/fleet';
import { getApi } from '../../api/client';
import { formatDateTime } from '../inventory/format';
import { fileName } from './import-progress';
import { Warnings } from './ImportResults';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';

interface ImportLogProps {
  imports: readonly FleetImportLogRow[];
  totalHosts: number;
  onCleared: (removedMachines: number) => void;
}

/** Every stored import with its warnings, and the one way to remove all fleet data (after a confirmation). */
export function ImportLog({ imports, totalHosts, onCleared }: ImportLogProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiErrorValue>();
  const clearRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);

  const ask = () => {
    setConfirming(true);
    // The safe choice takes focus, so a second Enter does not delete.
    requestAnimationFrame(() => keepRef.current?.focus());
  };
  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => clearRef.current?.focus());
  };
  const clear = async () => {
    const result = await getApi()['fleet.clear']({});
    setConfirming(false);
    if (result.ok) onCleared(result.value.removedMachines);
    else setError(result.error);
  };

  return (
    <>
      <table className="fleet-table" data-testid="fleet-import-log">
        <caption className="fleet-visually-hidden">{t('fleet.log.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fleet.import.file')}</th>
            <th scope="col">{t('fleet.import.format')}</th>
            <th scope="col">{t('fleet.log.importedAt')}</th>
            <th scope="col" className="fleet-numeric">{t('fleet.import.machines')}</th>
            <th scope="col" className="fleet-numeric">{t('fleet.import.rows')}</th>
            <th scope="col">{t('fleet.import.warnings')}</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((row) => (
            <tr key={row.id}>
              <th scope="row" title={row.file}>{fileName(row.file)}</th>
              <td>{row.format}</td>
              <td>{formatDateTime(row.importedAt, i18n.language)}</td>
              <td className="fleet-numeric">{row.hostCount}</td>
              <td className="fleet-numeric">{row.itemCount}</td>
              <td>
                <Warnings warnings={row.warnings} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="fleet-clear">
        {!confirming && (
          <button type="button" ref={clearRef} onClick={ask} data-testid="clear-fleet">{t('fleet.log.clear')}</button>
        )}
        {confirming && (
          <div role="alertdialog" aria-labelledby="fleet-clear-question" className="fleet-confirm" data-testid="clear-confirm">
            <p id="fleet-clear-question">{t('fleet.log.confirm', { count: totalHosts, imports: imports.length })}</p>
            <button type="button" className="danger" onClick={() => void clear()} data-testid="clear-confirm-yes">{t('fleet.log.confirmYes')}</button>
            <button type="button" ref={keepRef} onClick={keep}>{t('fleet.log.confirmNo')}</button>
          </div>
        )}
        {error && <ApiError error={error} />}
      </div>
    </>
  );
}
