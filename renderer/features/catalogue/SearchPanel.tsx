import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../electron/shared/catalogue';
import { getApi } from '../../api/client';
import { entryHref } from './catalogue-route';
import { latestOnly } from './latest-only';
import { moveFocus } from './move-focus';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';

type SearchState = { status: 'idle' } | { status: 'ready'; query: string; results: SearchResult[] } | { status: 'error'; error: ApiErrorValue };

/** Past twenty, fuzzy matches stop being what anyone meant; the filters below serve browsing. */
const RESULT_LIMIT = 20;

interface SearchPanelProps {
  query: string;
  onQueryChange: (query: string) => void;
  categoryName: (id: string) => string;
}

/** Search as you type: every keystroke asks the core (it answers in a few ms); stale answers are dropped. */
export function SearchPanel({ query, onQueryChange, categoryName }: SearchPanelProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [nextTicket] = useState(latestOnly);
  const inputId = useId();
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    const isCurrent = nextTicket();
    const trimmed = query.trim();
    if (!trimmed) {
      setState({ status: 'idle' });
      return;
    }
    void getApi()['catalogue.search']({ query: trimmed, limit: RESULT_LIMIT }).then((result) => {
      if (!isCurrent()) return;
      setState(result.ok ? { status: 'ready', query: trimmed, results: result.value } : { status: 'error', error: result.error });
    });
  }, [query, nextTicket]);

  const links = () => [...(resultsRef.current?.querySelectorAll<HTMLElement>('a[data-result]') ?? [])];

  return (
    <section className="catalogue-search" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('catalogue.search.title')}</h2>
      <label htmlFor={inputId}>{t('catalogue.search.label')}</label>
      <input
        id={inputId}
        ref={inputRef}
        type="search"
        className="search-input"
        value={query}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('catalogue.search.placeholder')}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && links()[0]) {
            event.preventDefault();
            links()[0]?.focus();
          }
        }}
      />
      <p role="status" className="muted search-status" data-testid="search-status">
        {state.status === 'ready' && t('catalogue.search.count', { count: state.results.length, query: state.query })}
        {state.status === 'idle' && t('catalogue.search.hint')}
      </p>
      {state.status === 'error' && <ApiError error={state.error} />}
      {state.status === 'ready' && state.results.length > 0 && (
        <table className="catalogue-table" data-testid="search-results">
          <caption className="visually-hidden">{t('catalogue.search.caption', { query: state.query })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('catalogue.column.name')}</th>
              <th scope="col">{t('catalogue.column.type')}</th>
              <th scope="col">{t('catalogue.column.vendor')}</th>
              <th scope="col">{t('catalogue.column.category')}</th>
            </tr>
          </thead>
          <tbody
            ref={resultsRef}
            onKeyDown={(event) => moveFocus(event, links(), () => inputRef.current?.focus())}
          >
            {state.results.map((result) => (
              <tr key={`${result.kind}:${result.id}`} data-kind={result.kind} data-id={result.id}>
                <td><a href={entryHref(result.kind, result.id)} data-result>{result.name}</a></td>
                <td>{t(`catalogue.kind.${result.kind}`)}</td>
                <td>{result.vendor}</td>
                <td>{categoryName(result.category)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
