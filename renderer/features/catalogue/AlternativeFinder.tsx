import { memo, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlternativeSummary, CategoryRecord } from '../../../electron/shared/catalogue';
import { getApi } from '../../api/client';
import { countriesOf, EMPTY_FILTER, FILTER_CHECKBOXES, isFiltered, PLATFORMS, toAlternativeFilter, type FilterForm } from './alternative-filter';
import { alternativeHref } from './catalogue-route';
import { europeText, licenceText } from './fact-row';
import { useFactText } from './fact-text';
import { latestOnly } from './latest-only';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';

type ListState = { status: 'loading' } | { status: 'ready'; alternatives: AlternativeSummary[] } | { status: 'error'; error: ApiErrorValue };

interface AlternativeFinderProps {
  form: FilterForm;
  onFormChange: (form: FilterForm) => void;
  categories: readonly CategoryRecord[];
  categoryName: (id: string) => string;
}

/**
 * Every alternative in the catalogue, narrowed by the criteria a switch is decided on. Memoised: the search
 * above re-renders the screen on every keystroke, and this table has hundreds of rows that did not change.
 */
export const AlternativeFinder = memo(function AlternativeFinder({ form, onFormChange, categories, categoryName }: AlternativeFinderProps) {
  const { t } = useTranslation();
  const text = useFactText();
  const headingId = useId();
  const fieldId = useId();
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [countries, setCountries] = useState<string[]>([]);
  const [nextTicket] = useState(latestOnly);
  const filter = useMemo(() => toAlternativeFilter(form), [form]);

  useEffect(() => {
    void getApi()['catalogue.alternatives']({ filter: {} }).then((result) => { if (result.ok) setCountries(countriesOf(result.value)); });
  }, []);

  useEffect(() => {
    const isCurrent = nextTicket();
    void getApi()['catalogue.alternatives']({ filter }).then((result) => {
      if (!isCurrent()) return;
      setList(result.ok ? { status: 'ready', alternatives: result.value } : { status: 'error', error: result.error });
    });
  }, [filter, nextTicket]);

  const set = <K extends keyof FilterForm>(key: K, value: FilterForm[K]) => onFormChange({ ...form, [key]: value });
  const categoryOptions = categories
    .filter((category) => category.alternatives > 0)
    .map((category) => ({ id: category.id, name: categoryName(category.id) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const countryOptions = countries
    .map((code) => ({ code, name: text.country(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <section className="catalogue-finder" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('catalogue.filter.title')}</h2>
      <form className="filter-form" onSubmit={(event) => event.preventDefault()}>
        <div className="filter-selects">
          <div className="filter-field">
            <label htmlFor={`${fieldId}-category`}>{t('catalogue.filter.category')}</label>
            <select id={`${fieldId}-category`} name="category" value={form.category} onChange={(event) => set('category', event.target.value)}>
              <option value="">{t('catalogue.filter.anyCategory')}</option>
              {categoryOptions.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
            </select>
          </div>
          <div className="filter-field">
            <label htmlFor={`${fieldId}-country`}>{t('catalogue.filter.country')}</label>
            <select id={`${fieldId}-country`} name="country" value={form.country} onChange={(event) => set('country', event.target.value)}>
              <option value="">{t('catalogue.filter.anyCountry')}</option>
              {countryOptions.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
            </select>
          </div>
          <div className="filter-field">
            <label htmlFor={`${fieldId}-platform`}>{t('catalogue.filter.platform')}</label>
            <select id={`${fieldId}-platform`} name="platform" value={form.platform} onChange={(event) => set('platform', event.target.value)}>
              <option value="">{t('catalogue.filter.anyPlatform')}</option>
              {PLATFORMS.map((platform) => <option key={platform} value={platform}>{text.term('platform', platform)}</option>)}
            </select>
          </div>
          <div className="filter-field">
            <label htmlFor={`${fieldId}-certification`}>{t('catalogue.filter.certification')}</label>
            <input
              id={`${fieldId}-certification`}
              name="certification"
              type="text"
              value={form.certification}
              maxLength={40}
              placeholder={t('catalogue.filter.certificationPlaceholder')}
              onChange={(event) => set('certification', event.target.value)}
            />
          </div>
        </div>
        <fieldset className="filter-checks">
          <legend>{t('catalogue.filter.mustHave')}</legend>
          {FILTER_CHECKBOXES.map((key) => (
            <label key={key}>
              <input type="checkbox" name={key} checked={form[key]} onChange={(event) => set(key, event.target.checked)} />
              {t(`catalogue.filter.${key}`)}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => onFormChange(EMPTY_FILTER)} disabled={!isFiltered(form)}>{t('catalogue.filter.clear')}</button>
      </form>
      <p role="status" className="muted" data-testid="filter-status">
        {list.status === 'ready' && t('catalogue.filter.count', { count: list.alternatives.length })}
      </p>
      {list.status === 'error' && <ApiError error={list.error} />}
      {list.status === 'ready' && list.alternatives.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="catalogue-table" data-testid="alternatives-table">
            <thead>
              <tr>
                <th scope="col">{t('catalogue.column.name')}</th>
                <th scope="col">{t('catalogue.column.vendor')}</th>
                <th scope="col">{t('catalogue.column.country')}</th>
                <th scope="col">{t('catalogue.column.europe')}</th>
                <th scope="col">{t('catalogue.column.openSource')}</th>
                <th scope="col">{t('catalogue.column.selfHostable')}</th>
                <th scope="col">{t('catalogue.column.euHosting')}</th>
                <th scope="col">{t('catalogue.column.platforms')}</th>
                <th scope="col">{t('catalogue.column.category')}</th>
              </tr>
            </thead>
            <tbody>
              {list.alternatives.map((alternative) => (
                <tr key={alternative.id} data-id={alternative.id}>
                  <td><a href={alternativeHref(alternative.id)}>{alternative.name}</a></td>
                  <td>{alternative.vendor}</td>
                  <td>{text.country(alternative.country)}</td>
                  <td>{europeText(alternative, text)}</td>
                  <td>{licenceText(alternative.openSource, alternative.licence, text)}</td>
                  <td>{text.term('selfHostable', alternative.selfHostable)}</td>
                  <td>{text.term('euHosting', alternative.euHosting)}</td>
                  <td>{text.list(alternative.platforms.map((platform) => text.term('platform', platform)))}</td>
                  <td>{categoryName(alternative.categoryId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
