/**
 * A collector = a tiny reader (runs a command through RunCommand or reads files) + a pure parser.
 * The scan orchestrator runs collectors for the current platform, each isolated: a collector that
 * throws, times out or finds nothing degrades to a diagnostic and never aborts the scan.
 */
import type { InventoryItem, Platform } from '../../shared/inventory';
import type { RunCommand } from './run-command';

export interface CollectorContext {
  platform: Platform;
  /** The user's home folder (tests point it at a fixture tree). */
  homeDir: string;
  /** Filesystem root prefix for absolute system paths such as /usr/share/applications (tests use a fixture tree). */
  rootDir: string;
  env: Readonly<Record<string, string | undefined>>;
  run: RunCommand;
  signal: AbortSignal;
}

export interface CollectorOutput {
  items: InventoryItem[];
  /**
   * partial = some input was unreadable; failed = the source exists but could not be read at all
   * (a command that timed out or crashed). The message says what, in words for the user.
   */
  status?: 'ok' | 'partial' | 'skipped' | 'failed';
  message?: string;
}

export interface Collector {
  /** Stable id shown in diagnostics, e.g. 'linux.dpkg'. */
  id: string;
  platforms: readonly Platform[];
  collect(context: CollectorContext): Promise<CollectorOutput>;
}
