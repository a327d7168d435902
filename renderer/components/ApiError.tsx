import { useTranslation } from 'react-i18next';
import type { ApiError as ApiErrorValue } from '../../electron/shared/result';
import { API_ERROR_HEADLINES } from './api-error-headlines';
import './ApiError.css';

interface ApiErrorProps {
  error: ApiErrorValue;
  /** Names what failed ("Could not save the choice") when a screen can do several things. */
  context?: string;
  onRetry?: () => void;
}

/**
 * An API error as the user reads it: a headline in the UI language for what kind of failure it was, then
 * the core's own detail (English, but written for the user: what happened and what to do).
 */
export function ApiError({ error, context, onRetry }: ApiErrorProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="api-error" data-code={error.code}>
      <p className="api-error-headline">
        <span aria-hidden="true" className="api-error-mark">⚠</span>
        {context ? `${context}: ` : ''}{t(API_ERROR_HEADLINES[error.code])}
      </p>
      <p className="api-error-detail">{error.message}</p>
      {onRetry && <button type="button" onClick={onRetry}>{t('common.retry')}</button>}
    </div>
  );
}
