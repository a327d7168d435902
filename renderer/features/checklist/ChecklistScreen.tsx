import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export function ChecklistScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('nav.checklist')} />
      <EmptyState title={t('empty.checklist.title')} body={t('empty.checklist.body')} />
    </>
  );
}
