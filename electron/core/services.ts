/**
 * Builds the core services once per process from the app environment. Both the Electron main process
 * and the CLI call this, so they share one implementation of every step.
 */
import path from 'node:path';
import { UserFacingError } from './api/dispatch';
import type { AppEnvironment } from './api/app-environment';
import { PathGrants } from './api/path-grants';
import type { CoreServices, Dialogs } from './api/services';
import { catalogueStatus } from './catalogue/open-catalogue';
import { openCatalogueRepository, type CatalogueRepository } from './catalogue/repository';
import { headlessChromiumPrinter, type PdfPrinter } from './reports/pdf-printer';
import { scanWithUsage } from './workflows/scan-with-usage';
import { openStateDb, STATE_DB_FILE, type StateDb } from './store/state-db';
import { useSqliteNativeBinding } from './store/sqlite-options';

export interface FrontDoorAdapters {
  dialogs?: Dialogs;
  printPdf?: PdfPrinter;
  /** The workstation scan; tests wrap it to hold a scan open until it is cancelled. */
  scan?: CoreServices['scan'];
  now?: () => Date;
  /** Defaults to state.sqlite in the user-data folder. */
  stateFile?: string;
}

const noDialogs: Dialogs = {
  openFiles: () => Promise.reject(new UserFacingError('unavailable', 'File dialogs are not available here; use the switchyard CLI with file paths.')),
  saveFile: () => Promise.reject(new UserFacingError('unavailable', 'File dialogs are not available here; use the switchyard CLI with --out.')),
  confirmDroppedFiles: () => Promise.resolve(false),
};

/** Every path a dialog returns becomes readable for the handlers; nothing else does. */
function grantingDialogs(dialogs: Dialogs, grants: PathGrants): Dialogs {
  return {
    openFiles: async (options) => {
      const picked = await dialogs.openFiles(options);
      if (picked) grants.grant(picked);
      return picked;
    },
    saveFile: (options) => dialogs.saveFile(options),
    confirmDroppedFiles: async (paths) => {
      const confirmed = await dialogs.confirmDroppedFiles(paths);
      if (confirmed) grants.grant(paths);
      return confirmed;
    },
  };
}

export function createCoreServices(env: AppEnvironment, adapters: FrontDoorAdapters = {}): CoreServices {
  useSqliteNativeBinding(env.sqliteNativeBinding);
  const grants = new PathGrants();
  let catalogue: CatalogueRepository | undefined;
  let state: StateDb | undefined;
  const status = () => {
    const current = catalogueStatus(env.cataloguePath);
    return current.state === 'ok' ? { ...current, counts: Object.fromEntries(Object.entries(current.counts)) } : current;
  };
  return {
    env,
    catalogueStatus: status,
    catalogue() {
      if (!catalogue) {
        const opened = openCatalogueRepository(env.cataloguePath);
        if (!opened.ok) {
          const detail = opened.status.state === 'missing' ? `was not found at ${opened.status.path}` : `cannot be read: ${opened.status.message}`;
          throw new UserFacingError('unavailable', `The catalogue ${detail}. Rebuild it with npm run build:catalogue, or reinstall Switchyard.`);
        }
        catalogue = opened.repository;
      }
      return catalogue;
    },
    state() {
      state ??= openStateDb(adapters.stateFile ?? path.join(env.userDataPath, STATE_DB_FILE));
      return state;
    },
    dialogs: grantingDialogs(adapters.dialogs ?? noDialogs, grants),
    grants,
    scan: adapters.scan ?? scanWithUsage,
    printPdf: adapters.printPdf ?? headlessChromiumPrinter(),
    now: adapters.now ?? (() => new Date()),
    close() {
      catalogue?.close();
      state?.close();
      catalogue = undefined;
      state = undefined;
    },
  };
}
