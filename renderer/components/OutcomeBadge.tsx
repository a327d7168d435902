import { useTranslation } from 'react-i18next';
import type { MatchOutcome } from '../../electron/shared/matching';
import './OutcomeBadge.css';

export type OutcomeKind = MatchOutcome['kind'];

const SYMBOLS: Record<OutcomeKind, string> = { product: '●', alternative: '✓', ignored: '–' };

/**
 * What a row is to the plan (proprietary product, already switched, ignored) as a word and a symbol, so it
 * never depends on colour alone. Every screen uses this one badge, so the same thing looks the same everywhere.
 */
export function OutcomeBadge({ kind }: { kind: OutcomeKind }) {
  const { t } = useTranslation();
  return (
    <span className={`outcome-badge outcome-badge-${kind}`} data-outcome={kind}>
      <span aria-hidden="true">{SYMBOLS[kind]}</span> {t(`outcome.${kind}`)}
    </span>
  );
}
