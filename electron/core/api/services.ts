/**
 * What handlers get from the composition root. The desktop app, the CLI and the e2e harness each build
 * these from the same core modules; only the adapters that need a front door (file dialogs, PDF printing)
 * differ, and they are injected.
 */
import type { CatalogueStatus } from '../../shared/system';
import type { CatalogueRepository } from '../catalogue/repository';
import type { PdfPrinter } from '../reports/pdf-printer';
import type { StateDb } from '../store/state-db';
import type { AppEnvironment } from './app-environment';
import type { PathGrants } from './path-grants';
import type { InventoryFile } from '../../shared/inventory';
import type { FullScanOptions } from '../workflows/scan-with-usage';

export interface FileFilter { name: string; extensions: string[] }

export interface Dialogs {
  /** Paths the user picked, or null when they cancelled. */
  openFiles(options: { title: string; multiple: boolean; directories: boolean; filters?: FileFilter[] }): Promise<string[] | null>;
  saveFile(options: { title: string; defaultName: string; filters?: FileFilter[] }): Promise<string | null>;
  /** Asks the user, in a native dialog the page cannot fake, whether to import files dropped on the window. */
  confirmDroppedFiles(paths: readonly string[]): Promise<boolean>;
}

export interface CoreServices {
  env: AppEnvironment;
  catalogueStatus(): CatalogueStatus;
  /** The open catalogue; throws a user-facing 'unavailable' error when it is missing or unreadable. */
  catalogue(): CatalogueRepository;
  /** The user-state database, opened (and migrated) on first use. */
  state(): StateDb;
  /** Paths from the dialogs are granted automatically; handlers refuse any other path from the renderer. */
  dialogs: Dialogs;
  grants: PathGrants;
  /** Scans this workstation (collectors, opt-in documents and browser usage). */
  scan(options: FullScanOptions): Promise<InventoryFile>;
  printPdf: PdfPrinter;
  now(): Date;
  close(): void;
}
