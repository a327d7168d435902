import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../electron/shared/planning';
import './risk-badge.css';

export function RiskBadge({ risk }: { risk: ChecklistItem['risk'] }) {
  const { t } = useTranslation();
  return (
    <span className={`risk-badge risk-${risk.level}`}>
      {t('checklist.item.riskBadge', { level: t(`checklist.risks.${risk.level}`), score: risk.score })}
    </span>
  );
}
