/** The subcommands of the switchyard CLI, each a thin adapter over core. */
import type { AppEnvironment } from '../core/api/app-environment';
import type { CoreServices } from '../core/api/create-handlers';
import { headlessChromiumPrinter } from '../core/reports/pdf-printer';
import { createCatalogueCommand } from './commands/catalogue';
import { createMatchCommand } from './commands/match';
import { createReportCommand } from './commands/report';
import { runScanCommand } from './commands/scan';
import type { CliCommand } from './io';

export function createCliCommands(env: AppEnvironment, _services: CoreServices): Record<string, CliCommand> {
  const cataloguePath = () => env.cataloguePath;
  return {
    scan: runScanCommand,
    catalogue: createCatalogueCommand({ env: { ...process.env, SWITCHYARD_CATALOGUE: env.cataloguePath }, repoRoot: process.cwd() }),
    match: createMatchCommand(cataloguePath),
    report: createReportCommand(cataloguePath, headlessChromiumPrinter()),
  };
}
