import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export function AlternativesScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('nav.alternatives')} />
      <EmptyState title={t('empty.alternatives.title')} body={t('empty.alternatives.body')} />
    </>
  );
}
