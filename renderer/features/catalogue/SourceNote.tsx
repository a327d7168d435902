import { useTranslation } from 'react-i18next';
import type { Citation } from './fact-sources';
import { useFactText } from './fact-text';

/**
 * Where a fact comes from. Links cannot be followed inside the app (navigation is denied), so the URL is
 * plain text that selects as a whole on click, ready to copy into a browser.
 */
export function SourceNote({ source }: { source: Citation | null | 'classification' }) {
  const { t } = useTranslation();
  const text = useFactText();
  if (source === 'classification') return <span className="source source-none">{t('catalogue.source.classification')}</span>;
  if (!source) return <span className="source source-none">{t('catalogue.source.none')}</span>;
  return (
    <span className="source" data-testid="source">
      <span className="source-label">
        {source.kind ? t('catalogue.source.labelWithKind', { kind: text.term('sourceKind', source.kind) }) : t('catalogue.source.label')}
      </span>{' '}
      <span className="source-url">{source.url}</span>
      {source.verifiedOn && (
        <>
          {' · '}
          <span className="source-date">
            {t('catalogue.source.verified')} <time dateTime={source.verifiedOn}>{text.date(source.verifiedOn)}</time>
          </span>
        </>
      )}
    </span>
  );
}
