import { useTranslation } from 'react-i18next';
import type { CandidateAlternative, ProductPlan } from '../../../electron/shared/planning';

interface Props {
  product: ProductPlan;
  busy: boolean;
  /** null goes back to the ranking's proposal. */
  onChoose(alternativeId: string | null): void;
}

/** One product's decision: the alternative the plan uses, why, and the other candidates to pick from. */
export function ProductChoice({ product, busy, onChoose }: Props) {
  const { t } = useTranslation();
  const chosen = product.chosen;
  return (
    <div className="product-choice" data-product-id={product.productId}>
      <p className="product-summary">
        {t('checklist.product.summary', {
          vendor: product.vendor,
          country: product.vendorCountry,
          data: t(`checklist.product.dataLocations.${product.dataLocation}`, { defaultValue: product.dataLocation }),
        })}
      </p>
      {chosen ? <ChosenAlternative product={product} chosen={chosen} /> : (
        <p className="product-decision">
          {product.decision === 'uninstall' ? t('checklist.product.uninstall') : t('checklist.product.noAlternative')}
        </p>
      )}
      {product.chosenByUser && (
        <button type="button" disabled={busy} onClick={() => onChoose(null)}>{t('checklist.product.backToProposal')}</button>
      )}
      {product.candidates.length > 0 && (
        <table className="candidates">
          <caption>{t('checklist.product.candidates', { product: product.productName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checklist.product.alternative')}</th>
              <th scope="col">{t('checklist.product.vendor')}</th>
              <th scope="col" className="number">{t('checklist.product.score')}</th>
              <th scope="col">{t('checklist.product.why')}</th>
              <th scope="col">{t('checklist.product.action')}</th>
            </tr>
          </thead>
          <tbody>
            {product.candidates.map((candidate) => {
              const isChosen = candidate.id === chosen?.id;
              return (
                <tr key={candidate.id} data-alternative-id={candidate.id} className={isChosen ? 'chosen' : undefined}>
                  <th scope="row">{candidate.name}</th>
                  <td>{candidate.vendor} ({candidate.country})</td>
                  <td className="number">{Math.round(candidate.score * 100)}</td>
                  <td>{candidate.reasons.join('; ')}</td>
                  <td>
                    {isChosen ? <span className="chosen-mark">✓ {t('checklist.product.current')}</span> : (
                      <button
                        type="button"
                        disabled={busy}
                        aria-label={t('checklist.product.chooseLabel', { name: candidate.name, product: product.productName })}
                        onClick={() => onChoose(candidate.id)}
                      >
                        {t('checklist.product.choose')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

function ChosenAlternative({ product, chosen }: { product: ProductPlan; chosen: CandidateAlternative }) {
  const { t } = useTranslation();
  return (
    <div className="chosen-alternative">
      <h4>
        {product.chosenByUser ? t('checklist.product.yourChoice') : t('checklist.product.proposed')}: <span className="chosen-name">{chosen.name}</span>
      </h4>
      <p>{chosen.vendor} ({chosen.country}) · {t('checklist.product.licence', { licence: chosen.licence })}</p>
      {chosen.reasons.length > 0 && <ul className="reasons">{chosen.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>}
      {(chosen.gained || chosen.lost) && (
        <dl className="gained-lost">
          {chosen.gained && <div><dt>{t('checklist.product.gained')}</dt><dd>{chosen.gained}</dd></div>}
          {chosen.lost && <div><dt>{t('checklist.product.lost')}</dt><dd>{chosen.lost}</dd></div>}
        </dl>
      )}
    </div>
  );
}
