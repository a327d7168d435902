import { useTranslation } from 'react-i18next';
import { hrefFor, ROUTES, type Route } from './routes';

export function Navigation({ current }: { current: Route }) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">⇄</span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <ul>
        {ROUTES.map((route) => (
          <li key={route}>
            <a
              href={hrefFor(route)}
              aria-current={route === current ? 'page' : undefined}
              data-route={route}
              // Activating the current screen's link changes no route; still move focus to its heading.
              onClick={() => { if (route === current) document.querySelector<HTMLElement>('main h1')?.focus(); }}
            >
              {t(`nav.${route}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="offline-badge" title={t('app.offlineBadgeTitle')}>● {t('app.offlineBadge')}</p>
    </nav>
  );
}
