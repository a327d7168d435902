import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Breadcrumb } from './Breadcrumb';

/** An entry page that could not load: the core's message (written for the user) and a way to retry. */
export function PageError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  const title = error.code === 'not-found' ? t('catalogue.entry.notFound') : t('common.error');
  return (
    <>
      <Breadcrumb current={title} />
      <ScreenHeader title={title} />
      <div role="alert" className="error">
        <p>{error.message}</p>
        {error.code !== 'not-found' && <button type="button" onClick={onRetry}>{t('common.retry')}</button>}
      </div>
    </>
  );
}
