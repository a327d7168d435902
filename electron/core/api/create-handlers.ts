/**
 * The handler table that implements the contract. Every front door (Electron main, the e2e harness)
 * builds it here from the same core services, so there is never a second implementation of a step.
 * Typed as Handlers: a method without a handler does not compile.
 */
import type { Handlers } from './handler-types';
import { createCatalogueHandlers } from './handlers/catalogue-handlers';
import { createFleetHandlers } from './handlers/fleet-handlers';
import { createInventoryHandlers } from './handlers/inventory-handlers';
import { createPlanHandlers, type FleetPlanner } from './handlers/plan-handlers';
import type { CoreServices } from './services';
import { systemStatus } from './system-status';
import { DEFAULT_PRIORITIES, PRIORITIES_SETTING_KEY, PrioritiesSchema } from '../planning/priorities';
import { readSetting } from '../store/settings';
import { fleetPlan } from '../workflows/fleet';

export type { CoreServices } from './services';

export function createHandlers(services: CoreServices): Handlers {
  const fleetPlanner: FleetPlanner = (lang) => fleetPlan(services.state(), services.catalogue(), lang,
    readSetting(services.state(), PRIORITIES_SETTING_KEY, PrioritiesSchema, DEFAULT_PRIORITIES), services.now());
  return {
    'system.status': async () => systemStatus(services.env, services.catalogueStatus()),
    ...createCatalogueHandlers(services),
    ...createInventoryHandlers(services),
    ...createPlanHandlers(services, fleetPlanner),
    ...createFleetHandlers(services),
  };
}
