/** The subcommands of the switchyard CLI, each a thin adapter over core. */
import type { AppEnvironment } from '../core/api/app-environment';
import type { CoreServices } from '../core/api/create-handlers';
import type { CliCommand } from './io';

export function createCliCommands(_env: AppEnvironment, _services: CoreServices): Record<string, CliCommand> {
  return {};
}
