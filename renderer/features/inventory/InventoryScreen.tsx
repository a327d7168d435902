import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export function InventoryScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('nav.inventory')} />
      <EmptyState title={t('empty.inventory.title')} body={t('empty.inventory.body')} />
    </>
  );
}
