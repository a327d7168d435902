import { useDeferredValue, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../electron/shared/catalogue';
import { getApi } from '../../api/client';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';

const RESULT_LIMIT = 8;

/** Finds the catalogue entry a row really is; picking a result re-maps the row to it. */
export function RemapSearch({ disabled, onPick }: { disabled: boolean; onPick: (result: SearchResult) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const [results, setResults] = useState<SearchResult[]>([]);
  const [error, setError] = useState<ApiErrorValue>();

  useEffect(() => {
    if (!deferred) {
      setResults([]);
      return;
    }
    // A slower answer to an older query must not overwrite the newer one.
    let current = true;
    void getApi()['catalogue.search']({ query: deferred, limit: RESULT_LIMIT }).then((result) => {
      if (!current) return;
      setError(result.ok ? undefined : result.error);
      setResults(result.ok ? result.value : []);
    });
    return () => { current = false; };
  }, [deferred]);

  return (
    <div className="inv-remap-search">
      <label htmlFor={inputId}>{t('inventory.detail.remapLabel')}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t('inventory.detail.remapPlaceholder')}
        disabled={disabled}
        data-testid="remap-search"
      />
      {error && <ApiError error={error} />}
      <p role="status" className="inv-visually-hidden">{deferred ? t('inventory.detail.remapResults', { count: results.length }) : ''}</p>
      {results.length > 0 && (
        <ul className="inv-remap-results" aria-label={t('inventory.detail.remapResultsLabel')}>
          {results.map((result) => (
            <li key={`${result.kind}:${result.id}`}>
              <button type="button" onClick={() => onPick(result)} disabled={disabled} data-result={result.id}>
                <strong>{result.name}</strong>
                <span className="inv-muted"> — {result.vendor} · {t(`outcome.${result.kind}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
