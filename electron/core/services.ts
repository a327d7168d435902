/**
 * Builds the core services once per process from the app environment. Both the Electron main process
 * and the CLI call this, so they share one implementation of every step.
 */
import fs from 'node:fs';
import type { AppEnvironment } from './api/app-environment';
import type { CoreServices } from './api/create-handlers';

export function createCoreServices(env: AppEnvironment): CoreServices {
  return {
    catalogueStatus: () =>
      fs.existsSync(env.cataloguePath)
        ? { state: 'invalid', path: env.cataloguePath, message: 'catalogue reader not yet wired' }
        : { state: 'missing', path: env.cataloguePath },
  };
}
