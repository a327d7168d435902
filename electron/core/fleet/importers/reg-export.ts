/**
 * Windows `.reg` exports of the Uninstall keys (regedit File > Export, or `reg export
 * HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall uninstall.reg`), usually UTF-16LE with BOM.
 * The file is parsed here (parse-reg-export.ts); what counts as an installed program, and the merge of
 * per-language Office Click-to-Run entries, is the Windows collector's rule set, so a .reg import and a
 * live scan of the same machine agree. Keys under HKEY_USERS\<SID> are per-user installs. Host from the file name.
 */
import { parseClickToRunValues } from '../../inventory/windows/click-to-run';
import { locateUninstallKey, uninstallEntryFromValues, type UninstallEntry } from '../../inventory/windows/uninstall-entry';
import { uninstallItems } from '../../inventory/windows/uninstall-items';
import type { Importer, ImportResult } from '../importer';
import { asImported, emptyResult } from '../import-record';
import { identityFromFileName } from '../host-from-file';
import { isRegExport, parseRegExport, type RegKey } from '../parse-reg-export';

const ID = 'reg-export';

/** Typed .reg values as the plain name -> value record the collector's entry builder reads. */
function valueRecord(key: RegKey): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [name, value] of key.values) {
    if (value.type === 'binary') continue;
    record[name] = value.type === 'qword' ? Number(value.data) : value.data;
  }
  return record;
}

export const regExportImporter: Importer = {
  id: ID,
  label: 'Windows registry export (.reg)',
  detect({ text: sample }) {
    return isRegExport(sample) ? 1 : 0;
  },
  parse({ fileName, text: body }): ImportResult {
    const result = emptyResult();
    const parsed = parseRegExport(body);
    for (const error of parsed.errors) result.errors.push({ file: fileName, line: error.line, reason: error.reason });
    const entries: UninstallEntry[] = [];
    for (const key of parsed.keys) {
      // Only direct children of an Uninstall key are programs; deeper keys are vendor data.
      if (key.path.split('\\').at(-2)?.toLowerCase() !== 'uninstall') continue;
      const location = locateUninstallKey(key.path);
      if (location) entries.push(uninstallEntryFromValues(location, valueRecord(key)));
    }
    const configuration = parsed.keys.find((key) => /\\Office\\ClickToRun\\Configuration$/i.test(key.path));
    const clickToRun = configuration ? parseClickToRunValues(valueRecord(configuration)) : undefined;
    if (entries.length === 0 && parsed.keys.length > 0) {
      result.errors.push({ file: fileName, reason: 'This registry export has no ...\\CurrentVersion\\Uninstall\\ subkeys. Export the Uninstall key itself.' });
    }
    const items = uninstallItems(entries, clickToRun);
    if (items.length > 0) {
      result.hosts.push({ identity: { ...identityFromFileName(fileName), toolName: 'registry' }, os: { platform: 'windows' }, tags: [], items: asImported(items, ID) });
    }
    return result;
  },
};
