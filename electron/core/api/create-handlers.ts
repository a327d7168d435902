/**
 * The handler table that implements the contract. Every front door (Electron main, the e2e harness)
 * builds it here from the same core services, so there is never a second implementation of a step.
 */
import type { CatalogueStatus } from '../../shared/system';
import type { AppEnvironment } from './app-environment';
import type { Handlers } from './handler-types';
import { systemStatus } from './system-status';

export interface CoreServices {
  catalogueStatus(): CatalogueStatus;
}

export function createHandlers(env: AppEnvironment, services: CoreServices): Handlers {
  return {
    'system.status': async () => systemStatus(env, services.catalogueStatus()),
  };
}
