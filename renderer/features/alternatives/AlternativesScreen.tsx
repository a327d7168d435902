import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { findingsByCategory } from './findings-by-category';
import { ProductFindingCard, SwitchedCard } from './FindingCard';
import './alternatives.css';
import { ApiError } from '../../components/ApiError';

export function AlternativesScreen() {
  const { t, i18n } = useTranslation();
  const audit = useCall('audits.get', {});
  const categories = useCall('catalogue.categories', {});
  const view = audit.state.value ?? null;
  const layout = useMemo(() => {
    if (!view) return undefined;
    const names = new Map((categories.state.value ?? []).map((c) => [c.id, i18n.language === 'de' ? c.nameDe : c.nameEn]));
    return findingsByCategory(view.findings, (id) => names.get(id), i18n.language);
  }, [view, categories.state.value, i18n.language]);

  return (
    <>
      <ScreenHeader title={t('nav.alternatives')} />
      {audit.state.status === 'loading' && !view && <p role="status">{t('common.loading')}</p>}
      {audit.state.status === 'error' && (
        <ApiError error={audit.state.error} onRetry={() => void audit.reload()} />
      )}
      {audit.state.status === 'ready' && !view && (
        <EmptyState title={t('empty.alternatives.title')} body={t('empty.alternatives.body')}>
          <a className="button primary" href="#/inventory">{t('alternatives.toInventory')}</a>
        </EmptyState>
      )}
      {view && layout && (
        <>
          <p className="lead">
            {t('alternatives.intro', { host: view.summary.hostname ?? view.inventory.host.hostname, products: layout.groups.reduce((n, g) => n + g.findings.length, 0), categories: layout.groups.length })}
          </p>
          <section className="alts-switched" aria-labelledby="switched-title" data-testid="already-switched">
            <h2 id="switched-title">{t('alternatives.switched.title', { count: layout.switched.length })}</h2>
            {layout.switched.length
              ? (
                <>
                  <p>{t('alternatives.switched.body')}</p>
                  <ul className="alts-switched-list">{layout.switched.map((finding) => <SwitchedCard key={finding.catalogueId} finding={finding} />)}</ul>
                </>
              )
              : <p className="alts-muted">{t('alternatives.switched.none')}</p>}
          </section>
          {layout.groups.map((group) => (
            <section key={group.categoryId} className="alts-category-group" aria-labelledby={`category-${group.categoryId}`} data-category={group.categoryId}>
              <h2 id={`category-${group.categoryId}`}>
                {group.name} <span className="alts-muted alts-category-count">{t('alternatives.productCount', { count: group.findings.length })}</span>
              </h2>
              {group.findings.map((finding) => <ProductFindingCard key={finding.catalogueId} finding={finding} />)}
            </section>
          ))}
        </>
      )}
    </>
  );
}
