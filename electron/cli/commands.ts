/** The subcommands of the switchyard CLI, each a thin adapter over core. */
import type { AppEnvironment } from '../core/api/app-environment';
import type { CoreServices } from '../core/api/create-handlers';
import { createCatalogueCommand } from './commands/catalogue';
import { createFleetCommand, createImportCommand } from './commands/fleet';
import { createMatchCommand } from './commands/match';
import { createReportCommand } from './commands/report';
import { openCatalogueRepository } from '../core/catalogue/repository';
import { scanWithUsage } from '../core/workflows/scan-with-usage';
import { createScanCommand } from './commands/scan';
import type { CliCommand } from './io';

export function createCliCommands(env: AppEnvironment, services: CoreServices): Record<string, CliCommand> {
  const cataloguePath = () => env.cataloguePath;
  return {
    scan: createScanCommand(async (options) => {
      // Browser usage is counted only for the web domains the catalogue knows; without a catalogue it is skipped.
      const opened = options.browserHistory ? openCatalogueRepository(env.cataloguePath) : undefined;
      try {
        return await scanWithUsage({
          documents: options.documents ?? false,
          browserHistory: opened?.ok ? { entries: opened.repository.listMatchables() } : false,
          signal: options.signal,
          onProgress: options.onProgress,
        });
      } finally {
        if (opened?.ok) opened.repository.close();
      }
    }),
    catalogue: createCatalogueCommand({ env: { ...process.env, SWITCHYARD_CATALOGUE: env.cataloguePath }, repoRoot: process.cwd() }),
    match: createMatchCommand(cataloguePath),
    // The packaged app passes Electron's printToPDF; under Node this is headless Chromium.
    report: createReportCommand(env, services.printPdf),
    fleet: createFleetCommand(env),
    import: createImportCommand(env),
  };
}
