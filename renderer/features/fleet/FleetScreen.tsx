import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export function FleetScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('nav.fleet')} />
      <EmptyState title={t('empty.fleet.title')} body={t('empty.fleet.body')} />
    </>
  );
}
