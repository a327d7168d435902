import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export function OverviewScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('nav.overview')} />
      <EmptyState title={t('empty.overview.title')} body={t('empty.overview.body')} />
    </>
  );
}
