/**
 * Turns tabular rows (CSV records, or the schema/values rows of an Intune report JSON) into hosts or
 * count-only rows through a column mapping. The generic CSV importer, Intune and SCCM all run through
 * here; they differ only in how the mapping is found and which tool name goes on the host.
 */
import type { Platform } from '../../shared/inventory';
import type { CsvField } from './csv-headers';
import { parseCsvRecords, type CsvMapping, type CsvRecord } from './csv-mapping';
import { isDeviceCount, type ImportResult } from './importer';
import { c2rReleaseId } from './identifiers';
import { emptyResult, HostGroups, makeItem } from './import-record';
import { identityFromFileName } from './host-from-file';
import { normaliseDate, platformFromText, text } from './values';

export interface CsvImportOptions {
  importerId: string;
  /** The tool as the user knows it: host tool ids and "as reported by" use it. */
  toolName: string;
  /** Platform when the file has no OS column (SCCM, Lansweeper and PDQ exports are Windows estates). */
  defaultPlatform: Platform;
}

/** Bare platform words that mean a device we do not inventory: phones, tablets, Chromebooks. */
const NON_DESKTOP = /^(ios|ipados|android|windows ?mobile|windows ?holographic|chrome ?os)\b/i;

export function csvImportResult(fileName: string, body: string, mapping: CsvMapping, options: CsvImportOptions): ImportResult {
  const errors: ImportResult['errors'] = [];
  let records: CsvRecord[];
  try {
    records = parseCsvRecords(body, mapping.delimiter, (line, reason) => errors.push({ file: fileName, line, reason: `This row could not be read (${reason}); skipped.` }));
  } catch (error) {
    const result = emptyResult();
    result.errors.push({ file: fileName, reason: `The file could not be read as CSV: ${error instanceof Error ? error.message : String(error)}` });
    return result;
  }
  const result = rowsImportResult(fileName, records.slice(mapping.headerRow + 1), mapping.columns, options);
  result.errors.unshift(...errors);
  return result;
}

/** A list of devices without software (Intune "All devices"): identities only, so merging can link DeviceId, name and serial. */
function isDeviceList(columns: Partial<Record<CsvField, number>>): boolean {
  const names = columns.host !== undefined || columns.hostId !== undefined;
  const hardware = columns.serial !== undefined || columns.hardwareUuid !== undefined;
  return columns.name === undefined && names && hardware;
}

/** A row of cells; `line` when the rows come from a text file (CSV), absent for JSON reports. */
export interface TableRow {
  cells: readonly string[];
  line?: number;
}

export function rowsImportResult(fileName: string, rows: readonly TableRow[], columns: Partial<Record<CsvField, number>>, options: CsvImportOptions): ImportResult {
  const result = emptyResult();
  const deviceList = isDeviceList(columns);
  if (columns.name === undefined && !deviceList) {
    result.errors.push({ file: fileName, reason: 'No column for the software name was recognised. Choose which column holds the name and import again.' });
    return result;
  }
  const cell = (cells: readonly string[], field: CsvField): string | undefined => {
    const index = columns[field];
    return index === undefined ? undefined : text(cells[index]);
  };
  const perHost = columns.host !== undefined || columns.hostId !== undefined || columns.serial !== undefined;
  const aggregateOnly = !perHost && columns.deviceCount !== undefined;
  const groups = new HostGroups();
  const fileIdentity = identityFromFileName(fileName);
  let nonDesktop = 0;

  for (const { cells, line } of rows) {
    const name = cell(cells, 'name');
    if (!name && !deviceList) continue;
    const osText = cell(cells, 'os');
    const platform = osText && NON_DESKTOP.test(osText) ? undefined : platformFromText(osText) ?? options.defaultPlatform;
    if (!platform) {
      nonDesktop += 1;
      continue;
    }
    const version = cell(cells, 'version');
    const publisher = cell(cells, 'publisher');
    if (aggregateOnly && name) {
      const count = Number(cell(cells, 'deviceCount')?.replace(/[\s.,](?=\d{3}\b)/g, ''));
      if (!isDeviceCount(count)) {
        result.errors.push({ file: fileName, line, reason: 'The device count is not a whole number; row skipped.' });
        continue;
      }
      result.aggregates.push({
        importer: options.importerId, reportedBy: options.toolName, name, version, publisher,
        platform: osText ? platform : undefined, identifiers: {}, deviceCount: count,
      });
      continue;
    }
    const hostName = cell(cells, 'host');
    const hostId = cell(cells, 'hostId');
    const serial = cell(cells, 'serial');
    const key = hostId ?? serial ?? hostName?.toLowerCase() ?? fileIdentity.hostname ?? fileName;
    const describeHost = () => ({
      identity: perHost
        ? { hostname: hostName, serial, hardwareUuid: cell(cells, 'hardwareUuid'), toolId: hostId, toolName: options.toolName }
        : { ...fileIdentity, toolName: options.toolName },
      os: { platform, name: osText, version: cell(cells, 'osVersion') },
      tags: [cell(cells, 'tag')].filter((tag): tag is string => tag !== undefined),
    });
    const seenAt = normaliseDate(cell(cells, 'seenAt'));
    if (!name) {
      groups.touch(key, describeHost, seenAt);
      continue;
    }
    const uninstallKey = cell(cells, 'uninstallKey');
    const useCount = Number(cell(cells, 'useCount'));
    groups.add(key, describeHost, makeItem(options.importerId, platform, {
      name, version, publisher,
      identifiers: { uninstallKey, c2rReleaseId: c2rReleaseId(uninstallKey) },
      user: cell(cells, 'user'),
      installDate: normaliseDate(cell(cells, 'installDate')),
      installLocation: cell(cells, 'installLocation'),
      lastUsed: normaliseDate(cell(cells, 'lastUsed')),
      useCount: Number.isFinite(useCount) && cell(cells, 'useCount') !== undefined ? useCount : undefined,
    }), seenAt);
  }
  result.hosts = groups.list();
  if (nonDesktop > 0) {
    result.errors.push({ file: fileName, reason: `${nonDesktop} rows from phones, tablets or Chromebooks were skipped: Switchyard inventories Windows, macOS and Linux computers.` });
  }
  return result;
}
