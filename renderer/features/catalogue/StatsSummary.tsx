import { useTranslation } from 'react-i18next';
import type { CatalogueStats } from '../../../electron/shared/catalogue';
import { useFactText } from './fact-text';
import type { Loaded } from './use-result';
import { ApiError } from '../../components/ApiError';

/** What the catalogue holds and which build it is, so a user can tell how current the facts are. */
export function StatsSummary({ state, onRetry }: { state: Loaded<CatalogueStats>; onRetry: () => void }) {
  const { t } = useTranslation();
  const text = useFactText();
  if (state.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (state.status === 'error') {
    return <ApiError error={state.error} onRetry={onRetry} />;
  }
  const stats = state.value;
  const counts: Array<[string, number]> = [
    ['products', stats.counts.products],
    ['alternatives', stats.counts.alternatives],
    ['european', stats.europeanAlternatives],
    ['openSource', stats.openSourceAlternatives],
    ['selfHostable', stats.selfHostableAlternatives],
    ['categories', stats.counts.categories],
    ['organisations', stats.counts.organisations],
  ];
  return (
    <section className="catalogue-stats" aria-label={t('catalogue.stats.label')} data-testid="catalogue-stats">
      <dl>
        {counts.map(([key, value]) => (
          <div key={key} data-count={key}>
            <dt>{t(`catalogue.stats.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t('catalogue.stats.build', {
          buildId: stats.buildId.slice(0, 12),
          buildDate: stats.buildDate ? text.date(stats.buildDate) : t('common.unknown'),
          licence: stats.dataLicence,
        })}
      </p>
    </section>
  );
}
