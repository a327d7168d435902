/**
 * Pure parser for Uninstall-key JSON written by PowerShell's ConvertTo-Json: the envelope our own
 * reader prints ({ entries, clickToRun }) and the plain shapes an administrator's script produces
 * (`Get-ItemProperty HKLM:\...\Uninstall\* | ConvertTo-Json`). Shapes it copes with:
 *   - an array, a single object (Windows PowerShell 5.1 prints a lone object without brackets), or
 *     `null`/empty text (no entries at all);
 *   - the key given as `path` (RegistryKey.Name), `PSPath` (provider path) or `key`/`PSChildName` plus a
 *     `scope` field;
 *   - DWORDs as numbers or as strings, InstallDate as YYYYMMDD.
 * Shared with the fleet importer, so the name and result shape are part of its contract.
 */
import type { ClickToRunConfiguration } from './click-to-run';
import { parseClickToRunValues } from './click-to-run';
import type { RegistryLocation, UninstallEntry, UninstallScope } from './uninstall-entry';
import { locateUninstallKey, uninstallEntryFromValues } from './uninstall-entry';

export interface UninstallJsonResult {
  entries: UninstallEntry[];
  /** Present when the text carried the Click-to-Run Configuration values (our envelope). */
  clickToRun?: ClickToRunConfiguration;
  /** Plain-language notes about records that could not be read; empty when everything was fine. */
  problems: string[];
}

const SCOPES: readonly UninstallScope[] = ['machine64', 'machine32', 'user'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function locate(record: Record<string, unknown>): RegistryLocation | undefined {
  for (const field of ['path', 'PSPath']) {
    const value = record[field];
    if (typeof value === 'string') {
      const location = locateUninstallKey(value);
      if (location) return location;
    }
  }
  const key = record.key ?? record.PSChildName;
  if (typeof key !== 'string' || key === '') return undefined;
  const scope = SCOPES.find((s) => s === record.scope) ?? 'machine64';
  return typeof record.sid === 'string' ? { scope, sid: record.sid, key } : { scope, key };
}

export function parseUninstallJson(text: string): UninstallJsonResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '' || trimmed === 'null') return { entries: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    return { entries: [], problems: [`The list of installed programs is not readable JSON (${(error as Error).message}).`] };
  }
  let records: unknown[];
  let clickToRun: ClickToRunConfiguration | undefined;
  if (isRecord(data) && ('entries' in data || 'clickToRun' in data)) {
    const entries = data.entries;
    records = Array.isArray(entries) ? entries : entries == null ? [] : [entries];
    if (isRecord(data.clickToRun)) clickToRun = parseClickToRunValues(data.clickToRun);
  } else {
    records = Array.isArray(data) ? data : [data];
  }
  const result: UninstallJsonResult = { entries: [], problems: [] };
  let skipped = 0;
  for (const record of records) {
    const location = isRecord(record) ? locate(record) : undefined;
    if (!isRecord(record) || !location) {
      skipped += 1;
      continue;
    }
    result.entries.push(uninstallEntryFromValues(location, record));
  }
  if (skipped > 0) result.problems.push(`${skipped} record(s) in the program list had no registry key and were skipped.`);
  if (clickToRun) result.clickToRun = clickToRun;
  return result;
}
