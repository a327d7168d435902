import { useTranslation } from 'react-i18next';
import type { AlternativeDetail } from '../../../electron/shared/catalogue';
import { getApi } from '../../api/client';
import { ScreenHeader } from '../../components/ScreenHeader';
import { alternativeFacts } from './alternative-facts';
import { Breadcrumb } from './Breadcrumb';
import { productHref } from './catalogue-route';
import { citeUrl, sourceFor } from './fact-sources';
import { useFactText } from './fact-text';
import { FactTable } from './FactTable';
import { FlagList } from './FlagList';
import { PageError } from './PageError';
import { SourceNote } from './SourceNote';
import { useResult } from './use-result';

export function AlternativePage({ id, categoryName }: { id: string; categoryName: (id: string) => string }) {
  const { t } = useTranslation();
  const alternative = useResult(() => getApi()['catalogue.alternative']({ id }), [id]);
  if (alternative.state.status === 'loading') {
    return (
      <>
        <ScreenHeader title={t('catalogue.entry.loading')} />
        <p role="status">{t('common.loading')}</p>
      </>
    );
  }
  if (alternative.state.status === 'error') return <PageError error={alternative.state.error} onRetry={() => void alternative.reload()} />;
  return <AlternativeView alternative={alternative.state.value} categoryName={categoryName} />;
}

function AlternativeView({ alternative, categoryName }: { alternative: AlternativeDetail; categoryName: (id: string) => string }) {
  const { t } = useTranslation();
  const text = useFactText();
  const sources = [alternative.sources, alternative.vendorOrganisation.sources];
  return (
    <article className="catalogue-entry" data-testid="alternative-page" data-id={alternative.id}>
      <Breadcrumb current={alternative.name} />
      <ScreenHeader title={alternative.name} />
      <p className="lead">
        {t('catalogue.entry.byline', { vendor: alternative.vendor, kind: text.term('alternativeKind', alternative.kind) })}{' '}
        {t('catalogue.entry.website')} <span className="source-url">{alternative.website}</span>
      </p>
      <section aria-labelledby="alternative-flags">
        <h2 id="alternative-flags">{t('catalogue.flags.heading')}</h2>
        <FlagList flags={alternative.flags} sources={sources} />
      </section>
      <section aria-labelledby="alternative-facts">
        <h2 id="alternative-facts">{t('catalogue.entry.facts')}</h2>
        <FactTable rows={alternativeFacts(alternative, text, categoryName)} label={t('catalogue.entry.factsOf', { name: alternative.name })} />
      </section>
      <HostingOffers alternative={alternative} />
      <Certifications alternative={alternative} />
      <Formats alternative={alternative} />
      <section aria-labelledby="alternative-replaces">
        <h2 id="alternative-replaces">{t('catalogue.alternative.replaces')}</h2>
        {alternative.replaces.length > 0 ? (
          <table className="catalogue-table" data-testid="replaces">
            <thead>
              <tr>
                <th scope="col">{t('catalogue.column.product')}</th>
                <th scope="col">{t('catalogue.fact.fit')}</th>
                <th scope="col">{t('catalogue.fact.effort')}</th>
              </tr>
            </thead>
            <tbody>
              {alternative.replaces.map((entry) => (
                <tr key={entry.productId} data-id={entry.productId}>
                  <td><a href={productHref(entry.productId)}>{entry.productName}</a></td>
                  <td>{text.term('fit', entry.fit)}</td>
                  <td>{text.term('effort', entry.effort)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : <p className="muted">{t('catalogue.alternative.replacesNone')}</p>}
      </section>
    </article>
  );
}

function HostingOffers({ alternative }: { alternative: AlternativeDetail }) {
  const { t } = useTranslation();
  const text = useFactText();
  return (
    <section aria-labelledby="alternative-hosting">
      <h2 id="alternative-hosting">{t('catalogue.alternative.hosting')}</h2>
      <p className="section-source"><SourceNote source={sourceFor(['eu_hosting'], alternative.sources)} /></p>
      {alternative.hostingOffers.length > 0 ? (
        <table className="catalogue-table" data-testid="hosting-offers">
          <thead>
            <tr>
              <th scope="col">{t('catalogue.column.provider')}</th>
              <th scope="col">{t('catalogue.column.dataCountry')}</th>
              <th scope="col">{t('catalogue.column.note')}</th>
              <th scope="col">{t('catalogue.column.offer')}</th>
            </tr>
          </thead>
          <tbody>
            {alternative.hostingOffers.map((offer) => (
              <tr key={`${offer.provider}:${offer.url}`}>
                <td>{offer.provider}</td>
                <td>{text.country(offer.country)}</td>
                <td>{offer.note ?? '—'}</td>
                <td><SourceNote source={citeUrl(offer.url, alternative.sources)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p className="muted">{text.term('euHosting', alternative.euHosting)}</p>}
    </section>
  );
}

function Certifications({ alternative }: { alternative: AlternativeDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="alternative-certifications">
      <h2 id="alternative-certifications">{t('catalogue.alternative.certifications')}</h2>
      {alternative.certificationList.length > 0 ? (
        <table className="catalogue-table" data-testid="certifications">
          <thead>
            <tr>
              <th scope="col">{t('catalogue.column.scheme')}</th>
              <th scope="col">{t('catalogue.column.scope')}</th>
              <th scope="col">{t('catalogue.fact.source')}</th>
            </tr>
          </thead>
          <tbody>
            {alternative.certificationList.map((certification) => (
              <tr key={`${certification.scheme}:${certification.scope ?? ''}`}>
                <td>{certification.scheme}</td>
                <td>{certification.scope ?? '—'}</td>
                <td><SourceNote source={citeUrl(certification.sourceUrl, alternative.sources, alternative.vendorOrganisation.sources)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">
          {alternative.certifications === 'unknown' ? t('catalogue.alternative.certificationsUnknown') : t('catalogue.alternative.certificationsNone')}
        </p>
      )}
    </section>
  );
}

function Formats({ alternative }: { alternative: AlternativeDetail }) {
  const { t } = useTranslation();
  const text = useFactText();
  return (
    <section aria-labelledby="alternative-formats">
      <h2 id="alternative-formats">{t('catalogue.alternative.formats')}</h2>
      {alternative.formats.length > 0 ? (
        <>
          <p className="section-source"><SourceNote source={sourceFor(['formats'], alternative.sources)} /></p>
          <table className="catalogue-table" data-testid="formats">
            <thead>
              <tr>
                <th scope="col">{t('catalogue.column.format')}</th>
                <th scope="col">{t('catalogue.column.read')}</th>
                <th scope="col">{t('catalogue.column.write')}</th>
                <th scope="col">{t('catalogue.column.fidelity')}</th>
              </tr>
            </thead>
            <tbody>
              {alternative.formats.map((format) => (
                <tr key={format.format}>
                  <td>{format.format}</td>
                  <td>{format.read ? t('common.yes') : t('common.no')}</td>
                  <td>{format.write ? t('common.yes') : t('common.no')}</td>
                  <td>{text.term('fidelity', format.fidelity)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : <p className="muted">{t('catalogue.alternative.formatsNone')}</p>}
    </section>
  );
}
