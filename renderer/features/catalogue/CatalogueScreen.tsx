import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { EMPTY_FILTER, type FilterForm } from './alternative-filter';
import { AlternativeFinder } from './AlternativeFinder';
import { AlternativePage } from './AlternativePage';
import { ProductPage } from './ProductPage';
import { SearchPanel } from './SearchPanel';
import { StatsSummary } from './StatsSummary';
import { useCataloguePage } from './use-catalogue-page';
import { useResult } from './use-result';
import './catalogue.css';

export function CatalogueScreen() {
  const { t, i18n } = useTranslation();
  const page = useCataloguePage();
  const stats = useResult(() => getApi()['catalogue.stats']({}), []);
  const categories = useResult(() => getApi()['catalogue.categories']({}), []);
  // Kept here, above the pages, so that a search and its filters are still there after opening an entry.
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterForm>(EMPTY_FILTER);

  const categoryList = useMemo(() => (categories.state.status === 'ready' ? categories.state.value : []), [categories.state]);
  const categoryName = useCallback((id: string) => {
    const category = categoryList.find((candidate) => candidate.id === id);
    if (!category) return id;
    return i18n.language === 'de' ? category.nameDe : category.nameEn;
  }, [categoryList, i18n.language]);

  if (stats.state.status === 'error' && stats.state.error.code === 'unavailable') {
    return (
      <>
        <ScreenHeader title={t('nav.catalogue')} />
        <EmptyState title={t('empty.catalogue.title')} body={t('empty.catalogue.body')}>
          <p className="muted">{stats.state.error.message}</p>
        </EmptyState>
      </>
    );
  }
  if (page.page === 'product') return <ProductPage id={page.id} categoryName={categoryName} />;
  if (page.page === 'alternative') return <AlternativePage id={page.id} categoryName={categoryName} />;
  return (
    <>
      <ScreenHeader title={t('nav.catalogue')} />
      <StatsSummary state={stats.state} onRetry={() => void stats.reload()} />
      <SearchPanel query={query} onQueryChange={setQuery} categoryName={categoryName} />
      <AlternativeFinder form={filter} onFormChange={setFilter} categories={categoryList} categoryName={categoryName} />
    </>
  );
}
