import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { ApiError } from '../../components/ApiError';

/** The catalogue's alternatives to one product, side by side, European vendors first (the catalogue's order). */
export function AlternativesTable({ productId, productName }: { productId: string; productName: string }) {
  const { t, i18n } = useTranslation();
  const { state, reload } = useCall('catalogue.product', { id: productId }, [productId]);
  if (state.status === 'loading') return <p role="status" className="alts-muted">{t('common.loading')}</p>;
  if (state.status === 'error') {
    return <ApiError error={state.error} onRetry={() => void reload()} />;
  }
  const alternatives = state.value.alternatives;
  if (!alternatives.length) return <p className="alts-muted">{t('alternatives.noAlternatives')}</p>;
  const yesNo = (value: string) => t(`alternatives.values.${value}`, { defaultValue: value });
  const regions = new Intl.DisplayNames([i18n.language], { type: 'region', fallback: 'code' });
  const country = (code: string) => (/^[A-Z]{2}$/.test(code) ? regions.of(code) ?? code : code);
  return (
    <div className="alts-alt-table-wrap">
      <table className="alts-alt-table" data-testid={`alternatives-of-${productId}`}>
        <caption className="alts-visually-hidden">{t('alternatives.tableCaption', { name: productName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('alternatives.columns.alternative')}</th>
            <th scope="col">{t('alternatives.columns.country')}</th>
            <th scope="col">{t('alternatives.columns.licence')}</th>
            <th scope="col">{t('alternatives.columns.selfHostable')}</th>
            <th scope="col">{t('alternatives.columns.euHosting')}</th>
            <th scope="col">{t('alternatives.columns.fit')}</th>
            <th scope="col">{t('alternatives.columns.effort')}</th>
            <th scope="col">{t('alternatives.columns.gainedLost')}</th>
          </tr>
        </thead>
        <tbody>
          {alternatives.map(({ alternative, relation }) => (
            <tr key={alternative.id} data-alternative={alternative.id}>
              <th scope="row">
                {alternative.name}
                <div className="alts-muted alts-small">{alternative.vendor}</div>
              </th>
              <td>
                {t('alternatives.countryLine', { country: country(alternative.country) })}
                {alternative.ownerCountry !== alternative.country && (
                  <div className="alts-small alts-warn-text">{t('alternatives.ownerLine', { country: country(alternative.ownerCountry) })}</div>
                )}
                {alternative.inEu && <div className="alts-small alts-ok-text">{t('alternatives.inEu')}</div>}
              </td>
              <td>
                {alternative.licence === 'proprietary' ? t('alternatives.proprietary') : alternative.licence}
                <div className="alts-small">{t('alternatives.openSourceLine', { value: yesNo(alternative.openSource) })}</div>
              </td>
              <td>{yesNo(alternative.selfHostable)}</td>
              <td>{yesNo(alternative.euHosting)}</td>
              <td>{t(`alternatives.fit.${relation.fit}`, { defaultValue: relation.fit })}</td>
              <td>{t(`alternatives.effort.${relation.effort}`, { defaultValue: relation.effort })}</td>
              <td className="alts-gained-lost">
                {relation.gained && <p><span className="alts-ok-text">{t('alternatives.gained')}</span> {relation.gained}</p>}
                {relation.lost && <p><span className="alts-warn-text">{t('alternatives.lost')}</span> {relation.lost}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
