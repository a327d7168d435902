import { useTranslation } from 'react-i18next';
import { CATALOGUE_HREF } from './catalogue-route';

/** The way back to search and filters, which keep their state. */
export function Breadcrumb({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t('catalogue.breadcrumb')}>
      <a href={CATALOGUE_HREF}>{t('nav.catalogue')}</a>
      <span aria-hidden="true"> › </span>
      <span aria-current="page">{current}</span>
    </nav>
  );
}
