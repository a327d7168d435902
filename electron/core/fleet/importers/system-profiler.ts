/**
 * macOS `system_profiler SPApplicationsDataType -json` (10.15+) and `-xml` (a plist, older macOS) saved
 * by an MDM script or a user. Parsing and item building are the macOS collector's, so an imported profile
 * and a live scan agree. The output names no bundle ids and no host: the host comes from the file name.
 */
import { parseSystemProfilerJson, parseSystemProfilerXml } from '../../inventory/macos/parse-system-profiler';
import { systemProfilerItem } from '../../inventory/macos/system-profiler-collector';
import type { Importer, ImportResult } from '../importer';
import { asImported, emptyResult } from '../import-record';
import { identityFromFileName } from '../host-from-file';
import { parseJson, startsAsJson } from '../json-text';

const ID = 'system-profiler';
const IS_XML = /^\s*(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?<plist/;

export const systemProfilerImporter: Importer = {
  id: ID,
  label: 'macOS System Information (system_profiler SPApplicationsDataType)',
  detect({ text }) {
    if (startsAsJson(text) && /"SPApplicationsDataType"\s*:/.test(text)) return 0.95;
    return IS_XML.test(text) && /<string>SPApplicationsDataType<\/string>/.test(text) ? 0.95 : 0;
  },
  parse({ fileName, text }): ImportResult {
    const result = emptyResult();
    const xml = IS_XML.test(text);
    if (!xml) {
      const parsed = parseJson(text);
      if (!parsed.ok) {
        result.errors.push({ file: fileName, line: parsed.line, reason: parsed.reason });
        return result;
      }
    }
    const profile = xml ? parseSystemProfilerXml(text) : parseSystemProfilerJson(text);
    for (const problem of profile.problems) result.errors.push({ file: fileName, reason: problem });
    if (profile.apps.length > 0) {
      result.hosts.push({
        identity: { ...identityFromFileName(fileName), toolName: 'system_profiler' },
        os: { platform: 'macos' },
        tags: [],
        items: asImported(profile.apps.map((app) => systemProfilerItem(app, undefined)), ID),
      });
    }
    return result;
  },
};
