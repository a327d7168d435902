/**
 * Intune "Discovered apps" exports (portal Export, Graph reports/exportJobs): AppInvRawData,
 * AppInvByDevice and DevicesByAppInv list one row per app per device; AppInvAggregate lists device
 * counts only. Columns per Microsoft Learn "reports-export-graph-available-reports"; Microsoft renames
 * them now and then, so the shared header dictionary maps the variants (research/fleet.md §4.2).
 * The "All devices" export (Devices / DevicesWithInventory) carries no software but links DeviceId and
 * device name to the serial number, so host merging can join Intune to GLPI, SCCM or Switchyard scans.
 * The ZIP the export arrives in is opened by import-files.ts before this importer sees the CSV.
 */
import { csvImportResult } from '../csv-import';
import { guessCsvMapping, looksLikeMarkup } from '../csv-mapping';
import { foldHeader } from '../csv-headers';
import type { Importer } from '../importer';

const ID = 'intune-csv';
const INTUNE_COLUMNS = ['applicationkey', 'applicationname', 'applicationpublisher', 'applicationshortversion', 'applicationversion'];
/** The "All devices" export: no software, but it ties Intune's DeviceId and name to the serial number. */
const DEVICE_LIST_COLUMNS = ['deviceid', 'devicename', 'serialnumber'];

export const intuneCsvImporter: Importer = {
  id: ID,
  label: 'Intune discovered apps export (CSV)',
  detect({ text }) {
    if (looksLikeMarkup(text)) return 0;
    const mapping = guessCsvMapping(text);
    const headers = new Set(mapping.headers.map(foldHeader));
    const hits = INTUNE_COLUMNS.filter((column) => headers.has(column)).length;
    if (hits >= 2) return 0.95;
    return DEVICE_LIST_COLUMNS.every((column) => headers.has(column)) ? 0.9 : 0;
  },
  parse({ fileName, text }) {
    return csvImportResult(fileName, text, guessCsvMapping(text), { importerId: ID, toolName: 'intune', defaultPlatform: 'windows' });
  },
};
