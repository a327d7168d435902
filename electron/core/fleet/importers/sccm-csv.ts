/**
 * Microsoft Configuration Manager (SCCM/ConfigMgr) software views saved as CSV from SSMS or SSRS:
 * v_Add_Remove_Programs / v_GS_ADD_REMOVE_PROGRAMS(_64) (DisplayName0, Version0, Publisher0, ProdID0,
 * InstallDate0), v_GS_INSTALLED_SOFTWARE (ARPDisplayName0, ProductVersion0, SoftwareCode0 ...), and the
 * joined query research/fleet.md §7 gives admins (HostName, ResourceID, Name, ..., LastUsed, LaunchCount).
 * ResourceID is ConfigMgr's own device id; SSMS writes NULL literally, which values.ts treats as empty.
 */
import { csvImportResult } from '../csv-import';
import { guessCsvMapping, looksLikeMarkup } from '../csv-mapping';
import { foldHeader } from '../csv-headers';
import type { Importer } from '../importer';

const ID = 'sccm-csv';
const SCCM_COLUMNS = ['resourceid', 'displayname0', 'arpdisplayname0', 'productname0', 'prodid0', 'version0', 'productversion0', 'publisher0', 'softwarecode0', 'arpkey', 'launchcount'];

export const sccmCsvImporter: Importer = {
  id: ID,
  label: 'Configuration Manager (SCCM) software export (CSV)',
  detect({ text }) {
    if (looksLikeMarkup(text)) return 0;
    const mapping = guessCsvMapping(text);
    const headers = new Set(mapping.headers.map(foldHeader));
    const hits = SCCM_COLUMNS.filter((column) => headers.has(column)).length;
    return hits >= 2 && headers.has('resourceid') ? 0.9 : hits >= 3 ? 0.8 : 0;
  },
  parse({ fileName, text }) {
    return csvImportResult(fileName, text, guessCsvMapping(text), { importerId: ID, toolName: 'sccm', defaultPlatform: 'windows' });
  },
};
