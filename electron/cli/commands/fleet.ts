/**
 * `switchyard fleet import FILE|DIR ... [--db FILE]` and `switchyard fleet summary [--json] [--tag T] [--platform P] [--db FILE]`
 * (`switchyard import FILE|DIR ...` is the same import). --db selects the state database; the default is the app's own,
 * so what the CLI imports on a server shows up in the app, and the other way round.
 * The summary --json shape is documented in README ("switchyard fleet summary --json").
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AppEnvironment } from '../../core/api/app-environment';
import { createCoreServices } from '../../core/services';
import { fleetSummary, importFleetFiles } from '../../core/workflows/fleet';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../io';
import { formatTable } from './catalogue';

const USAGE = `usage: switchyard fleet import FILE|DIR ... [--db FILE]
       switchyard fleet summary [--json] [--tag TAG] [--platform windows|macos|linux] [--db FILE]`;

async function runImport(env: AppEnvironment, args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { db: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.positionals.length === 0) {
    io.stderr(`switchyard fleet import: name at least one file or folder\n${USAGE}`);
    return EXIT_USAGE;
  }
  const services = createCoreServices(env, { stateFile: parsed.values.db ? path.resolve(parsed.values.db) : undefined });
  try {
    const result = await importFleetFiles(services.state(), services.catalogue(), parsed.positionals.map((p) => path.resolve(p)), {
      onFile: (file) => {
        if (file.ok) io.stdout(`${file.file}: ${file.format}, ${file.hosts} host(s), ${file.items} row(s)${file.warnings.length ? `, ${file.warnings.length} warning(s)` : ''}`);
        else io.stderr(`${file.error}`);
        for (const warning of file.warnings) io.stderr(`  warning: ${warning}`);
      },
    });
    const failed = result.files.filter((f) => !f.ok).length;
    io.stdout(`${result.files.length - failed} of ${result.files.length} file(s) imported; the fleet now has ${result.totalHosts} machine(s).`);
    // Any file that did not land is a failure a deployment script must see, even when the others landed.
    return failed > 0 ? EXIT_FAILURE : EXIT_OK;
  } catch (error) {
    io.stderr(`switchyard fleet import: ${(error as Error).message}`);
    return EXIT_FAILURE;
  } finally {
    services.close();
  }
}

async function runSummary(env: AppEnvironment, args: string[], io: CliIo): Promise<number> {
  let values: { db?: string; json?: boolean; tag?: string; platform?: string };
  try {
    ({ values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' }, tag: { type: 'string' }, platform: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.platform && !['windows', 'macos', 'linux'].includes(values.platform)) {
    io.stderr(`switchyard fleet summary: --platform must be windows, macos or linux\n${USAGE}`);
    return EXIT_USAGE;
  }
  const services = createCoreServices(env, { stateFile: values.db ? path.resolve(values.db) : undefined });
  try {
    const summary = fleetSummary(services.state(), services.catalogue(), { tag: values.tag, platform: values.platform }, services.now());
    if (values.json) {
      io.stdout(JSON.stringify({
        format: 'switchyard-fleet-summary', formatVersion: 1, totalHosts: summary.totalHosts, otherTitles: summary.otherTitles,
        products: summary.products.map((p) => ({ kind: p.kind, catalogueId: p.catalogueId, name: p.name, category: p.category, hostsInstalled: p.hostsInstalled, hostsUsed30: p.hostsUsed30, hostsUsed90: p.hostsUsed90, reportedByTools: p.aggregateDevices })),
        imports: summary.imports.map((i) => ({ file: i.file, format: i.format, importedAt: i.importedAt, hosts: i.hostCount, rows: i.itemCount })),
      }, null, 2));
      return EXIT_OK;
    }
    const rows = summary.products.map((p) => [
      p.kind === 'product' ? 'product' : 'switched', p.name, `${p.hostsInstalled} of ${summary.totalHosts}`, String(p.hostsUsed30), String(p.hostsUsed90),
      p.aggregateDevices.map((a) => `${a.source}: ${a.devices}`).join(', '),
    ]);
    io.stdout(formatTable(['kind', 'name', 'installed', 'used 30d', 'used 90d', 'reported by tools (not added)'], rows));
    io.stdout(`\n${summary.totalHosts} machine(s) from ${summary.imports.length} import(s); ${summary.otherTitles} other software titles not in the catalogue.`);
    return EXIT_OK;
  } catch (error) {
    io.stderr(`switchyard fleet summary: ${(error as Error).message}`);
    return EXIT_FAILURE;
  } finally {
    services.close();
  }
}

export function createFleetCommand(env: AppEnvironment): CliCommand {
  return async (args, io) => {
    const [sub, ...rest] = args;
    if (sub === 'import') return runImport(env, rest, io);
    if (sub === 'summary') return runSummary(env, rest, io);
    io.stderr(USAGE);
    return EXIT_USAGE;
  };
}

export const createImportCommand = (env: AppEnvironment): CliCommand => (args, io) => runImport(env, args, io);
