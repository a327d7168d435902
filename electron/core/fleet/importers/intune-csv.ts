/**
 * Intune "Discovered apps" exports (portal Export, Graph reports/exportJobs): AppInvRawData,
 * AppInvByDevice and DevicesByAppInv list one row per app per device; AppInvAggregate lists device
 * counts only. Columns per Microsoft Learn "reports-export-graph-available-reports"; Microsoft renames
 * them now and then, so the shared header dictionary maps the variants (research/fleet.md §4.2).
 * The ZIP the export arrives in is opened by import-files.ts before this importer sees the CSV.
 */
import { csvImportResult } from '../csv-import';
import { guessCsvMapping, looksLikeMarkup } from '../csv-mapping';
import { foldHeader } from '../csv-headers';
import type { Importer } from '../importer';

const ID = 'intune-csv';
const INTUNE_COLUMNS = ['applicationkey', 'applicationname', 'applicationpublisher', 'applicationshortversion', 'applicationversion'];

export const intuneCsvImporter: Importer = {
  id: ID,
  label: 'Intune discovered apps export (CSV)',
  detect({ text }) {
    if (looksLikeMarkup(text)) return 0;
    const mapping = guessCsvMapping(text);
    const headers = new Set(mapping.headers.map(foldHeader));
    const hits = INTUNE_COLUMNS.filter((column) => headers.has(column)).length;
    return hits >= 2 ? 0.95 : 0;
  },
  parse({ fileName, text }) {
    return csvImportResult(fileName, text, guessCsvMapping(text), { importerId: ID, toolName: 'intune', defaultPlatform: 'windows' });
  },
};
