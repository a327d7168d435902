import os from 'node:os';
import type { CatalogueStatus, SystemStatus } from '../../shared/system';
import type { AppEnvironment } from './app-environment';

export function systemStatus(env: AppEnvironment, catalogue: CatalogueStatus): SystemStatus {
  return {
    appName: env.appName,
    appVersion: env.appVersion,
    platform: process.platform,
    arch: process.arch,
    osRelease: `${os.type()} ${os.release()}`,
    versions: env.versions,
    userDataPath: env.userDataPath,
    catalogue,
    offline: env.offline,
  };
}
