/** The Windows collectors, in the order a scan runs them. */
import type { Collector } from '../collector';
import { appxCollector } from './appx-collector';
import { perUserInstallCollector } from './per-user-collector';
import { windowsProcessCollector } from './process-collector';
import { uninstallCollector } from './uninstall-collector';
import { userAssistCollector } from './userassist-collector';

export const windowsCollectors: Collector[] = [
  uninstallCollector,
  appxCollector,
  perUserInstallCollector,
  userAssistCollector,
  windowsProcessCollector,
];

export { parseUninstallJson } from './parse-uninstall-json';
export { parseAppxJson, appxItem } from './parse-appx-json';
export { parseRegQuery } from './parse-reg-query';
export { uninstallItems } from './uninstall-items';
