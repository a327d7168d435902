import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist, SovereigntyRow } from '../../../electron/shared/planning';
import { useCall } from '../../api/use-call';
import { hrefFor } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { checklistItemHref, topActions } from '../checklist/checklist-view';
import { ProgressBar } from '../checklist/ProgressBar';
import { RiskBadge } from '../checklist/RiskBadge';
import { usePlan, type PlanLang } from '../checklist/use-plan';
import { StackedBar } from './StackedBar';
import './overview.css';
import { ApiError } from '../../components/ApiError';
import { formatNumber } from '../../i18n/format-number';

export function OverviewScreen() {
  const { t } = useTranslation();
  const { state, lang } = usePlan();
  const checklist = state.value;
  return (
    <>
      <ScreenHeader title={t('overview.title')} />
      {state.status === 'loading' && !checklist && <p role="status">{t('common.loading')}</p>}
      {state.status === 'error' && <ApiError error={state.error} context={t('overview.loadFailed')} />}
      {state.status === 'ready' && checklist === null && (
        <EmptyState title={t('overview.empty.title')} body={t('overview.empty.body')}>
          <a className="button primary" href={hrefFor('inventory')}>{t('overview.empty.action')}</a>
        </EmptyState>
      )}
      {checklist && <Overview checklist={checklist} lang={lang} />}
    </>
  );
}

function Overview({ checklist, lang }: { checklist: Checklist; lang: PlanLang }) {
  const { t } = useTranslation();
  const { before, after, alreadySwitched } = checklist.sovereignty;
  const jurisdiction = (counts: { usJurisdiction: number; otherNonEu: number; european: number }) => [
    { key: 'us', label: t('overview.sovereignty.us'), value: counts.usJurisdiction },
    { key: 'other', label: t('overview.sovereignty.otherNonEu'), value: counts.otherNonEu },
    { key: 'european', label: t('overview.sovereignty.european'), value: counts.european },
  ];
  const actions = useMemo(() => topActions(checklist), [checklist]);
  // Unused products are uninstalled, not replaced: shown as their own share so both bars count every product.
  const uninstalled = checklist.products.filter((p) => p.decision === 'uninstall').length;
  const scanDate = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(checklist.scanDate));

  return (
    <div className="overview">
      <p className="lead">{t('overview.intro', { date: scanDate, count: checklist.products.length })}</p>

      {alreadySwitched.length > 0 && (
        <section className="card already-switched" aria-labelledby="overview-switched">
          <h2 id="overview-switched"><span aria-hidden="true">★ </span>{t('overview.alreadySwitched.title')}</h2>
          <p>{t('overview.alreadySwitched.body', { count: alreadySwitched.length })}</p>
          <ul className="switched-list">{alreadySwitched.map((name) => <li key={name}>✓ {name}</li>)}</ul>
        </section>
      )}

      <section className="card" aria-labelledby="overview-sovereignty">
        <h2 id="overview-sovereignty">{t('overview.sovereignty.title')}</h2>
        <p className="muted">{t('overview.sovereignty.explain')}</p>
        <StackedBar label={t('overview.sovereignty.before')} segments={jurisdiction(before)} />
        <StackedBar
          label={t('overview.sovereignty.after')}
          segments={[...jurisdiction(after), ...(uninstalled > 0 ? [{ key: 'removed', label: t('overview.sovereignty.uninstalled'), value: uninstalled }] : [])]}
        />
        <h3>{t('overview.data.title')}</h3>
        <StackedBar
          label={t('overview.sovereignty.before')}
          segments={[
            { key: 'cloud', label: t('overview.data.cloud'), value: before.cloud },
            { key: 'local', label: t('overview.data.local'), value: before.local },
          ]}
        />
      </section>

      <div className="overview-columns">
        <section className="card" aria-labelledby="overview-totals">
          <h2 id="overview-totals">{t('overview.totals.title')}</h2>
          <dl className="totals">
            <div><dt>{t('overview.totals.items')}</dt><dd>{checklist.totals.items}</dd></div>
            <div><dt>{t('overview.totals.done')}</dt><dd>{checklist.totals.done}</dd></div>
            <div><dt>{t('overview.totals.hours')}</dt><dd>{formatNumber(checklist.totals.effortHours, lang)}</dd></div>
          </dl>
          <h3>{t('overview.phases')}</h3>
          <ul className="phase-progress">
            {checklist.phases.map((phase) => {
              const name = t(`checklist.phases.${phase.phase}`);
              return (
                <li key={phase.phase}>
                  <span className="phase-name">{name}</span>
                  <ProgressBar done={phase.done} applicable={phase.applicable} name={name} />
                </li>
              );
            })}
          </ul>
        </section>

        <section className="card" aria-labelledby="overview-actions">
          <h2 id="overview-actions">{t('overview.actions.title')}</h2>
          {actions.length === 0 ? <p>{t('overview.actions.none')}</p> : (
            <ol className="top-actions">
              {actions.map((item) => (
                <li key={item.key}>
                  <a href={checklistItemHref(item.key)} data-item-key={item.key}>{item.title}</a>
                  <span className="action-meta">
                    <RiskBadge risk={item.risk} />
                    {' '}· {t(`checklist.phases.${item.phase}`)}
                    {item.productName && <> · {item.productName}</>}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <p><a href={hrefFor('checklist')}>{t('overview.actions.openChecklist')}</a></p>
        </section>
      </div>

      <CategoryTable rows={checklist.sovereignty.rows} lang={lang} />
    </div>
  );
}

function CategoryTable({ rows, lang }: { rows: SovereigntyRow[]; lang: PlanLang }) {
  const { t } = useTranslation();
  const categories = useCall('catalogue.categories', {});
  const names = useMemo(() => new Map((categories.state.value ?? []).map((c) => [c.id, lang === 'de' ? c.nameDe : c.nameEn])), [categories.state.value, lang]);
  const list = (values: string[]) => values.length ? values.join(', ') : '—';
  return (
    <section className="card" aria-labelledby="overview-categories">
      <h2 id="overview-categories">{t('overview.categories.title')}</h2>
      <table className="category-table">
        <thead>
          <tr>
            <th scope="col">{t('overview.categories.category')}</th>
            <th scope="col">{t('overview.categories.us')}</th>
            <th scope="col">{t('overview.categories.otherNonEu')}</th>
            <th scope="col">{t('overview.categories.european')}</th>
            <th scope="col">{t('overview.categories.cloud')}</th>
            <th scope="col">{t('overview.categories.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category} data-category={row.category}>
              <th scope="row">{names.get(row.category) ?? row.category}</th>
              <td className={row.usVendorProducts.length ? 'us-dependent' : undefined}>{list(row.usVendorProducts)}</td>
              <td>{list(row.otherNonEuProducts)}</td>
              <td>{list(row.europeanProducts)}</td>
              <td>{list(row.cloudProducts)}</td>
              <td>{list(row.after.map((a) => `${a.alternative} (${a.country})`))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
