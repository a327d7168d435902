import { useTranslation } from 'react-i18next';
import './progress-bar.css';

/**
 * Done out of applicable steps, as a bar and as words. A phase whose steps are all "not applicable" has
 * nothing left to do, so its bar is full.
 */
export function ProgressBar({ done, applicable, name }: { done: number; applicable: number; name: string }) {
  const { t } = useTranslation();
  const percent = applicable === 0 ? 100 : Math.round((done / applicable) * 100);
  const text = t('checklist.progress', { done, applicable });
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={t('checklist.progressLabel', { name })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">{text}</span>
    </div>
  );
}
