/**
 * Reads any inventory file Switchyard understands into one InventoryFile: its own scan files directly
 * (keeping documents and browser usage), every other format through the fleet importers (one host, or
 * several merged into one list of rows). Used by `match --input`, `report --input` and the app's
 * "Load inventory file".
 */
import path from 'node:path';
import { APP_NAME, APP_VERSION } from '../../shared/app-info';
import { INVENTORY_FORMAT_VERSION, InventoryFileSchema, type InventoryFile, type Platform } from '../../shared/inventory';
import { decodeBytes } from '../fleet/decode';
import { importEachFile } from '../fleet/import-files';
import { readImportFile } from '../fleet/read-file';

export type LoadResult = { ok: true; inventory: InventoryFile; format: string; warnings: string[] } | { ok: false; message: string };

function ownScan(text: string): InventoryFile | undefined {
  if (!text.includes('"switchyard-inventory"')) return undefined;
  try {
    const parsed = InventoryFileSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function loadInventoryFile(file: string): Promise<LoadResult> {
  // The same bounded reader as fleet import: regular files only, size-capped, any of the supported encodings.
  const read = await readImportFile(file);
  if (!read.ok) return { ok: false, message: `${file}: ${read.reason}` };
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) return { ok: false, message: `${file}: ${decoded.reason}` };
  const own = ownScan(decoded.text);
  if (own) return { ok: true, inventory: own, format: 'switchyard-inventory', warnings: [] };

  const hosts: InventoryFile['items'] = [];
  const warnings: string[] = [];
  let format = 'unknown';
  let hostCount = 0;
  let platform: Platform | undefined;
  let hostname: string | undefined;
  for await (const imported of importEachFile([file])) {
    for (const error of imported.result.errors) warnings.push(`${error.file}${error.line ? `:${error.line}` : ''}${error.record ? ` (${error.record})` : ''}: ${error.reason}`);
    if (imported.importer) format = imported.importer.label;
    for (const host of imported.result.hosts) {
      hostCount++;
      platform ??= host.os?.platform ?? host.items[0]?.platform;
      hostname ??= host.identity.hostname;
      hosts.push(...host.items);
    }
    for (const aggregate of imported.result.aggregates) {
      hosts.push({
        id: `aggregate:${hosts.length}`, platform: aggregate.platform ?? 'windows', source: 'import', name: aggregate.name, version: aggregate.version,
        publisher: aggregate.publisher, identifiers: aggregate.identifiers, linkedTo: [], evidence: { importer: aggregate.importer, devices: aggregate.deviceCount },
      });
    }
  }
  if (hosts.length === 0) {
    return { ok: false, message: warnings[0] ?? `${file}: no software rows found` };
  }
  const now = new Date().toISOString();
  return {
    ok: true,
    format,
    warnings,
    inventory: {
      format: 'switchyard-inventory', formatVersion: INVENTORY_FORMAT_VERSION, generator: { name: APP_NAME, version: APP_VERSION }, scannedAt: now,
      host: {
        hostname: hostCount > 1 ? `${hostCount} machines (${path.basename(file)})` : hostname ?? path.basename(file),
        os: { platform: platform ?? 'windows', name: 'unknown', version: 'unknown', arch: 'unknown' },
      },
      items: hosts.map((item, index) => ({ ...item, id: `${index}:${item.id}` })),
      diagnostics: [{ collector: `import:${format}`, status: warnings.length ? 'partial' : 'ok', durationMs: 0, itemCount: hosts.length, message: warnings.length ? `${warnings.length} problem(s): ${warnings[0]}` : undefined }],
    },
  };
}
