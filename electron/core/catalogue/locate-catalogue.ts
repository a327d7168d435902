/**
 * Where catalogue.sqlite is: the SWITCHYARD_CATALOGUE environment variable (an explicit choice wins, even if the file
 * is missing, so the user sees that path in the error), then the packaged app's resources folder (electron-builder
 * extraResources), then data/dist/ of the repository (development and tests).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const CATALOGUE_ENV_VAR = 'SWITCHYARD_CATALOGUE';
export const CATALOGUE_FILE_NAME = 'catalogue.sqlite';

export interface LocateCatalogueOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** process.resourcesPath of the packaged app; absent when running from the repository. */
  resourcesDir?: string;
  repoRoot: string;
  exists?: (file: string) => boolean;
}

export function locateCatalogue(options: LocateCatalogueOptions): string {
  const fromEnv = options.env[CATALOGUE_ENV_VAR];
  if (fromEnv) return path.resolve(fromEnv);
  const exists = options.exists ?? existsSync;
  if (options.resourcesDir) {
    const packaged = path.join(options.resourcesDir, CATALOGUE_FILE_NAME);
    if (exists(packaged)) return packaged;
  }
  return path.join(options.repoRoot, 'data', 'dist', CATALOGUE_FILE_NAME);
}
