import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';

export type PlanLang = 'en' | 'de';

/** This workstation's plan in the UI language; a language change reloads it (titles and reasons are translated by the core). */
export function usePlan() {
  const { i18n } = useTranslation();
  const lang: PlanLang = i18n.language === 'de' ? 'de' : 'en';
  const call = useCall('plan.get', { scope: 'local', lang }, [lang]);
  return { ...call, lang };
}
