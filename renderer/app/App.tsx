import { useTranslation } from 'react-i18next';
import { AboutScreen } from '../features/about/AboutScreen';
import { AlternativesScreen } from '../features/alternatives/AlternativesScreen';
import { CatalogueScreen } from '../features/catalogue/CatalogueScreen';
import { ChecklistScreen } from '../features/checklist/ChecklistScreen';
import { FleetScreen } from '../features/fleet/FleetScreen';
import { InventoryScreen } from '../features/inventory/InventoryScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { Navigation } from './Navigation';
import type { Route } from './routes';
import { useRoute } from './use-route';

const SCREENS: Record<Route, () => React.JSX.Element> = {
  overview: OverviewScreen,
  inventory: InventoryScreen,
  alternatives: AlternativesScreen,
  checklist: ChecklistScreen,
  fleet: FleetScreen,
  catalogue: CatalogueScreen,
  settings: SettingsScreen,
  about: AboutScreen,
};

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const Screen = SCREENS[route];
  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Navigation current={route} />
      <main id="main" className="content" data-screen={route}>
        <Screen />
      </main>
    </div>
  );
}
