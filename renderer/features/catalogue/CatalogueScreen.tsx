import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export function CatalogueScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('nav.catalogue')} />
      <EmptyState title={t('empty.catalogue.title')} body={t('empty.catalogue.body')} />
    </>
  );
}
