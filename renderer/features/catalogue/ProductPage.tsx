import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlternativeDetail, ProductDetail } from '../../../electron/shared/catalogue';
import { getApi } from '../../api/client';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Breadcrumb } from './Breadcrumb';
import { ComparisonTable } from './ComparisonTable';
import { FactTable } from './FactTable';
import { useFactText } from './fact-text';
import { FlagList } from './FlagList';
import { PageError } from './PageError';
import { productFacts } from './product-facts';
import { useResult } from './use-result';

export function ProductPage({ id, categoryName }: { id: string; categoryName: (id: string) => string }) {
  const { t } = useTranslation();
  const product = useResult(() => getApi()['catalogue.product']({ id }), [id]);
  if (product.state.status === 'loading') {
    return (
      <>
        <ScreenHeader title={t('catalogue.entry.loading')} />
        <p role="status">{t('common.loading')}</p>
      </>
    );
  }
  if (product.state.status === 'error') return <PageError error={product.state.error} onRetry={() => void product.reload()} />;
  return <ProductView product={product.state.value} categoryName={categoryName} />;
}

/** The alternatives' full records add hosting offers, certifications and flags to the side-by-side table. */
function useAlternativeDetails(product: ProductDetail): Map<string, AlternativeDetail> {
  const [details, setDetails] = useState(new Map<string, AlternativeDetail>());
  useEffect(() => {
    let current = true;
    void Promise.all(product.alternatives.map((entry) => getApi()['catalogue.alternative']({ id: entry.alternative.id }))).then((results) => {
      if (!current) return;
      setDetails(new Map(results.flatMap((result) => (result.ok ? [[result.value.id, result.value] as const] : []))));
    });
    return () => { current = false; };
  }, [product]);
  return details;
}

function ProductView({ product, categoryName }: { product: ProductDetail; categoryName: (id: string) => string }) {
  const { t } = useTranslation();
  const text = useFactText();
  const details = useAlternativeDetails(product);
  const columns = product.alternatives.map((entry) => ({ entry, detail: details.get(entry.alternative.id) }));
  return (
    <article className="catalogue-entry" data-testid="product-page" data-id={product.id}>
      <Breadcrumb current={product.name} />
      <ScreenHeader title={product.name} />
      <p className="lead">
        {t('catalogue.entry.byline', { vendor: product.vendor, kind: text.term('productKind', product.kind) })}
        {product.aliases.length > 0 && <> {t('catalogue.entry.aliases', { aliases: text.list(product.aliases) })}</>}
      </p>
      {product.flags.length > 0 && (
        <section aria-labelledby="product-flags">
          <h2 id="product-flags">{t('catalogue.flags.heading')}</h2>
          <FlagList flags={product.flags} sources={[product.sources, product.vendorOrganisation.sources]} />
        </section>
      )}
      <section aria-labelledby="product-facts">
        <h2 id="product-facts">{t('catalogue.entry.facts')}</h2>
        <FactTable rows={productFacts(product, text, categoryName)} label={t('catalogue.entry.factsOf', { name: product.name })} />
      </section>
      <section aria-labelledby="product-alternatives">
        <h2 id="product-alternatives">{t('catalogue.product.alternatives', { count: product.alternatives.length })}</h2>
        {product.alternatives.length > 0
          ? <ComparisonTable columns={columns} productName={product.name} />
          : <p className="muted">{t('catalogue.product.noAlternatives')}</p>}
      </section>
    </article>
  );
}
