/**
 * PowerShell `ConvertTo-Json` output that admins collect with a login script or Intune remediation:
 *  - Uninstall keys: `Get-ItemProperty HKLM:\...\Uninstall\* | ConvertTo-Json` (or Switchyard's own
 *    reader envelope), parsed by the Windows collector's parseUninstallJson;
 *  - Store/MSIX apps: `Get-AppxPackage | ConvertTo-Json`, parsed by parseAppxJson.
 * The same visibility rules and Click-to-Run merge as the local Windows scan apply. Host from the file name.
 */
import type { InventoryItem } from '../../../shared/inventory';
import { appxItem, parseAppxJson } from '../../inventory/windows/parse-appx-json';
import { parseUninstallJson } from '../../inventory/windows/parse-uninstall-json';
import { uninstallItems } from '../../inventory/windows/uninstall-items';
import type { Importer, ImportResult } from '../importer';
import { asImported, emptyResult } from '../import-record';
import { identityFromFileName } from '../host-from-file';
import { parseJson, startsAsJson } from '../json-text';

const UNINSTALL_ID = 'powershell-uninstall';
const APPX_ID = 'powershell-appx';

function hostResult(fileName: string, importerId: string, items: InventoryItem[], problems: string[]): ImportResult {
  const result = emptyResult();
  for (const problem of problems) result.errors.push({ file: fileName, reason: problem });
  if (items.length > 0) {
    result.hosts.push({ identity: { ...identityFromFileName(fileName), toolName: 'powershell' }, os: { platform: 'windows' }, tags: [], items: asImported(items, importerId) });
  }
  return result;
}

/** JSON damage is reported with our wording (line, "cut off") before the shared parser sees the text. */
function jsonProblem(fileName: string, body: string): ImportResult | undefined {
  const parsed = parseJson(body.replace(/^\uFEFF/, '').trim() || 'null');
  if (parsed.ok) return undefined;
  const result = emptyResult();
  result.errors.push({ file: fileName, line: parsed.line, reason: parsed.reason });
  return result;
}

export const powershellUninstallImporter: Importer = {
  id: UNINSTALL_ID,
  label: 'PowerShell export of the Uninstall registry keys (JSON)',
  detect({ text: sample }) {
    if (!startsAsJson(sample)) return 0;
    const hasName = /"DisplayName"\s*:/.test(sample);
    const hasKey = /"(PSChildName|PSPath|UninstallString|DisplayVersion)"\s*:/.test(sample);
    return hasName && hasKey ? 0.85 : 0;
  },
  parse({ fileName, text: body }) {
    const broken = jsonProblem(fileName, body);
    if (broken) return broken;
    const parsed = parseUninstallJson(body);
    return hostResult(fileName, UNINSTALL_ID, uninstallItems(parsed.entries, parsed.clickToRun), parsed.problems);
  },
};

export const powershellAppxImporter: Importer = {
  id: APPX_ID,
  label: 'PowerShell Get-AppxPackage export (JSON)',
  detect({ text: sample }) {
    if (!startsAsJson(sample)) return 0;
    return /"PackageFamilyName"\s*:/.test(sample) && /"PackageFullName"\s*:|"SignatureKind"\s*:/.test(sample) ? 0.85 : 0;
  },
  parse({ fileName, text: body }) {
    const broken = jsonProblem(fileName, body);
    if (broken) return broken;
    const parsed = parseAppxJson(body);
    return hostResult(fileName, APPX_ID, parsed.packages.map(appxItem), parsed.problems);
  },
};
