/**
 * The switchyard command: argument parsing and output only; every step calls core. Runs under Node
 * (dist/cli/index.cjs) and inside the packaged app with `--cli` (no window is opened).
 */
import { APP_NAME, APP_VERSION } from '../shared/app-info';
import type { AppEnvironment } from '../core/api/app-environment';
import { systemStatus } from '../core/api/system-status';
import type { CatalogueStatus } from '../shared/system';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from './io';

export interface CliRuntime {
  env: AppEnvironment;
  catalogueStatus(): CatalogueStatus;
  commands: Record<string, CliCommand>;
}

export const HELP = `${APP_NAME} ${APP_VERSION} — audit a workstation's software and plan the switch to European and open-source alternatives.

Usage: switchyard <command> [options]

Commands:
  scan        Inventory this workstation   [--out FILE] [--documents DIR ...] [--keep-paths] [--browser-history] [--json]
  import      Read inventories from fleet tools (osquery, Fleet, Intune, GLPI, OCS, SCCM, winget, .reg, system_profiler, ...)
  match       Match an inventory against the catalogue   --input FILE [--json]
  report      Switching plan and report   --input FILE --format html|pdf|md|csv|json [--out FILE] [--lang en|de]
  catalogue   Query the offline catalogue   stats | search QUERY | show ID [--json]
  fleet       Aggregate many machines   import FILE|DIR ... | summary [--json] [--db FILE]

Options:
  --help              Show this help
  --version [--json]  Show the version (with --json: versions, platform, paths and catalogue status)

Exit codes: 0 ok, 1 failure (one-line reason on stderr), 2 bad usage.
Switchyard never uses the network.`;

export async function runCli(argv: readonly string[], io: CliIo, runtime: CliRuntime): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(HELP);
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    if (rest.includes('--json')) {
      io.stdout(JSON.stringify(systemStatus(runtime.env, runtime.catalogueStatus()), null, 2));
    } else {
      io.stdout(`${APP_NAME} ${APP_VERSION}`);
    }
    return EXIT_OK;
  }
  const command = runtime.commands[first];
  if (!command) {
    io.stderr(`switchyard: unknown command '${first}'. Run 'switchyard --help' for the list.`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`switchyard ${first}: ${message.split('\n')[0]}`);
    return EXIT_FAILURE;
  }
}
