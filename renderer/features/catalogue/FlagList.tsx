import { useTranslation } from 'react-i18next';
import type { FlagRecord, SourceRecord } from '../../../electron/shared/catalogue';
import { citeUrl } from './fact-sources';
import { useFactText } from './fact-text';
import { SourceNote } from './SourceNote';

/**
 * Negative knowledge (sanctions, a non-EU owner, a hyperscaler underneath) must not hide in a table cell:
 * each flag is a box that names its kind and severity in words, with a warning sign, not only a colour.
 */
export function FlagList({ flags, sources }: { flags: readonly FlagRecord[]; sources: readonly (readonly SourceRecord[])[] }) {
  const { t } = useTranslation();
  const text = useFactText();
  if (!flags.length) return <p className="muted">{t('catalogue.flags.none')}</p>;
  return (
    <ul className="flag-list">
      {flags.map((flag) => (
        <li key={`${flag.kind}:${flag.text}`} className="flag" data-severity={flag.severity} data-kind={flag.kind}>
          <strong className="flag-title">
            <span aria-hidden="true">⚠ </span>
            {t('catalogue.flags.title', { kind: text.term('flagKind', flag.kind), severity: text.term('severity', flag.severity) })}
          </strong>
          <span className="flag-text">{flag.text}</span>
          <SourceNote source={citeUrl(flag.sourceUrl, ...sources)} />
        </li>
      ))}
    </ul>
  );
}
