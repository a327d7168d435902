import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../electron/shared/matching';
import { AlternativesTable } from './AlternativesTable';

function UsageLine({ finding }: { finding: Finding }) {
  const { t, i18n } = useTranslation();
  const parts: string[] = [];
  const { lastUsed, useCount, running } = finding.usage;
  if (lastUsed) {
    const date = new Date(lastUsed);
    parts.push(t('alternatives.usage.lastUsed', { date: Number.isNaN(date.getTime()) ? lastUsed : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(date) }));
  }
  if (useCount !== undefined) parts.push(t('alternatives.usage.useCount', { count: useCount }));
  if (running) parts.push(t('alternatives.usage.running'));
  return <p className="alts-usage-line">{parts.length ? parts.join(' · ') : t('alternatives.usage.none')}</p>;
}

function Evidence({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  return (
    <details className="alts-evidence">
      <summary>{t('alternatives.evidence.summary', { count: finding.evidence.length })}</summary>
      <ul>
        {finding.evidence.map((evidence) => (
          <li key={`${evidence.itemId}:${evidence.tier}`}>
            <strong>{evidence.name}</strong>{' '}
            <span className="alts-muted">({t(`inventory.sources.${evidence.source}`, { defaultValue: evidence.source })}, {t(`inventory.tiers.${evidence.tier}`)} {Math.round(evidence.confidence * 100)} %)</span>
            {' — '}{evidence.explanation}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A proprietary product found on the machine: why we think so, how it is used, and what could replace it. */
export function ProductFindingCard({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const headingId = `finding-${finding.catalogueId}`;
  return (
    <article className="alts-finding-card" aria-labelledby={headingId} data-finding={finding.catalogueId}>
      <header>
        <h3 id={headingId}>
          <a href={`#/catalogue/product/${encodeURIComponent(finding.catalogueId)}`}>{finding.name}</a>
        </h3>
        <span className="alts-muted">{finding.vendor}</span>
        {finding.versions.length > 0 && <span className="alts-muted">{t('alternatives.versions', { versions: finding.versions.join(', ') })}</span>}
      </header>
      {finding.impliedBy && <p className="alts-implied">{t('alternatives.impliedBy', { suite: finding.impliedBy })}</p>}
      <UsageLine finding={finding} />
      <Evidence finding={finding} />
      <AlternativesTable productId={finding.catalogueId} productName={finding.name} />
    </article>
  );
}

/** An alternative already in use: shown with pride, since it is a step of the switch already taken. */
export function SwitchedCard({ finding }: { finding: Finding }) {
  return (
    <li className="alts-switched-card" data-finding={finding.catalogueId}>
      <span className="alts-switched-mark" aria-hidden="true">✓</span>
      <div>
        <strong>{finding.name}</strong> <span className="alts-muted">{finding.vendor}</span>
        <UsageLine finding={finding} />
        <Evidence finding={finding} />
      </div>
    </li>
  );
}
