/**
 * Facts about the running process that only the front door knows (Electron main, the CLI under Node,
 * the e2e harness). Handlers receive them instead of reaching for electron or process globals.
 */
export interface AppEnvironment {
  appName: string;
  appVersion: string;
  userDataPath: string;
  versions: { node: string; chromium?: string; electron?: string };
  /** Where the catalogue should be; catalogueStatus() reports whether it is there. */
  cataloguePath: string;
  /** better-sqlite3 native binding built for this runtime's ABI (Electron), when not the default. */
  sqliteNativeBinding?: string;
  offline: { networkBlocked: boolean; note: string };
}
