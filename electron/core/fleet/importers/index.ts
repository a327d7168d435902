/** Every fleet importer, in the order ties are broken (most specific formats first). */
import type { Importer } from '../importer';
import { fleetHostSoftwareImporter, fleetTitlesImporter } from './fleet-software';
import { genericCsvImporter } from './generic-csv';
import { glpiJsonImporter } from './glpi-json';
import { intuneCsvImporter } from './intune-csv';
import { intuneGraphImporter } from './intune-graph';
import { intuneReportJsonImporter } from './intune-report-json';
import { inventoryXmlImporter } from './inventory-xml';
import { dpkgImporter, rpmImporter } from './linux-packages';
import { osqueryJsonImporter } from './osquery-json';
import { osqueryLogImporter } from './osquery-log';
import { ownScanImporter } from './own-scan';
import { powershellAppxImporter, powershellUninstallImporter } from './powershell-json';
import { regExportImporter } from './reg-export';
import { sccmCsvImporter } from './sccm-csv';
import { systemProfilerImporter } from './system-profiler';
import { wingetExportImporter } from './winget-export';

export const IMPORTERS: readonly Importer[] = [
  ownScanImporter,
  regExportImporter,
  osqueryLogImporter,
  osqueryJsonImporter,
  fleetTitlesImporter,
  fleetHostSoftwareImporter,
  intuneGraphImporter,
  intuneCsvImporter,
  intuneReportJsonImporter,
  glpiJsonImporter,
  inventoryXmlImporter,
  sccmCsvImporter,
  wingetExportImporter,
  systemProfilerImporter,
  powershellUninstallImporter,
  powershellAppxImporter,
  dpkgImporter,
  rpmImporter,
  genericCsvImporter,
];
