import { useTranslation } from 'react-i18next';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Breadcrumb } from './Breadcrumb';
import { ApiError } from '../../components/ApiError';

/** An entry page that could not load: the core's message (written for the user) and a way to retry. */
export function PageError({ error, onRetry }: { error: ApiErrorValue; onRetry: () => void }) {
  const { t } = useTranslation();
  const title = error.code === 'not-found' ? t('catalogue.entry.notFound') : t('common.error');
  return (
    <>
      <Breadcrumb current={title} />
      <ScreenHeader title={title} />
      <ApiError error={error} onRetry={error.code === 'not-found' ? undefined : onRetry} />
    </>
  );
}
