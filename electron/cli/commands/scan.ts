/**
 * `switchyard scan [--out FILE] [--documents DIR ...] [--keep-paths] [--json]`
 * Scans this machine. --out writes the inventory file atomically (a temp file renamed into place, so a
 * crash never leaves half a file); --json prints the file to stdout; otherwise a summary per source.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_NAME, APP_VERSION } from '../../shared/app-info';
import type { InventoryFile } from '../../shared/inventory';
import { scanWorkstation, type ScanOptions } from '../../core/inventory/scan';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliCommand } from '../io';

const USAGE = 'usage: switchyard scan [--out FILE] [--documents DIR ...] [--keep-paths] [--browser-history] [--json]';

/** The scan the command runs: the collectors, plus browser SaaS usage when the user opted in with --browser-history. */
export type CliScan = (options: ScanOptions & { browserHistory?: boolean }) => Promise<InventoryFile>;

async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatScanSummary(file: InventoryFile): string {
  const { host } = file;
  const lines = [
    `Scanned ${host.hostname} (${host.os.name} ${host.os.version}, ${host.os.arch}): ${plural(file.items.length, 'observation')}.`,
    '',
  ];
  const width = Math.max(...file.diagnostics.map((d) => d.collector.length), 'source'.length);
  lines.push(`${pad('source', width)}  ${pad('status', 9)}  ${pad('items', 6)}  time`);
  for (const d of file.diagnostics) {
    lines.push(`${pad(d.collector, width)}  ${pad(d.status, 9)}  ${pad(String(d.itemCount), 6)}  ${(d.durationMs / 1000).toFixed(1)} s`);
  }
  const notes = file.diagnostics.filter((d) => d.message && d.status !== 'ok');
  if (notes.length > 0) {
    lines.push('', 'Notes:');
    for (const d of notes) lines.push(`  ${d.collector}: ${d.message}`);
  }
  if (file.documents) {
    const count = Object.values(file.documents.byKind).reduce((sum, kind) => sum + (kind?.count ?? 0), 0);
    lines.push('', `Documents: ${plural(count, 'Office-format file')}, ${file.documents.macroEnabled.count} with macros.`);
  }
  return lines.join('\n');
}

export function createScanCommand(scan: CliScan = scanWorkstation): CliCommand {
  return async (args, io) => {
    let values: { out?: string; documents?: string[]; 'keep-paths'?: boolean; 'browser-history'?: boolean; json?: boolean };
    try {
      ({ values } = parseArgs({
        args,
        options: {
          out: { type: 'string' },
          documents: { type: 'string', multiple: true },
          'keep-paths': { type: 'boolean' },
          'browser-history': { type: 'boolean' },
          json: { type: 'boolean' },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      io.stderr(`switchyard scan: ${(error as Error).message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (values['keep-paths'] && !values.documents?.length) {
      io.stderr(`switchyard scan: --keep-paths only applies to --documents\n${USAGE}`);
      return EXIT_USAGE;
    }

    const file = await scan({
      generator: { name: APP_NAME, version: APP_VERSION },
      browserHistory: values['browser-history'] ?? false,
      ...(values.documents?.length
        ? { documents: { roots: values.documents, keepPaths: values['keep-paths'] ?? false } }
        : {}),
    });
    const json = `${JSON.stringify(file, null, 2)}\n`;
    if (values.out) {
      try {
        await writeAtomically(values.out, json);
      } catch (error) {
        io.stderr(`switchyard scan: could not write ${values.out}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the folder does not exist' : (error as Error).message}`);
        return EXIT_FAILURE;
      }
    }
    if (values.json) {
      io.stdout(json);
    } else {
      io.stdout(formatScanSummary(file));
      if (values.out) io.stdout(`\nSaved to ${values.out}.`);
    }
    return EXIT_OK;
  };
}

export const runScanCommand: CliCommand = createScanCommand();
