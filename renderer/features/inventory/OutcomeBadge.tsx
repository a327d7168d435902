import { useTranslation } from 'react-i18next';
import type { OutcomeKind } from './inventory-rows';

const SYMBOLS: Record<OutcomeKind, string> = { product: '●', alternative: '✓', ignored: '–' };

/** The outcome as words and a symbol, so it never depends on colour alone. */
export function OutcomeBadge({ kind }: { kind: OutcomeKind }) {
  const { t } = useTranslation();
  return (
    <span className={`inv-outcome-badge inv-outcome-${kind}`} data-outcome={kind}>
      <span aria-hidden="true">{SYMBOLS[kind]}</span> {t(`inventory.outcome.${kind}`)}
    </span>
  );
}
