/**
 * Microsoft Graph `GET /deviceManagement/detectedApps` responses: `{ "@odata.context", "@odata.nextLink"?,
 * "value": [detectedApp] }` with detectedApp = id, displayName, version, sizeInByte, deviceCount,
 * publisher, platform (Graph docs "intune-devices-detectedapp"). Admins save one page per file, or all
 * pages one after another in one file, or a JSON array of pages; all three are read. Counts only: the
 * devices behind them are not in this response.
 */
import type { Platform } from '../../../shared/inventory';
import { isDeviceCount, type Importer, type ImportResult } from '../importer';
import { emptyResult } from '../import-record';
import { isRecord, parseJsonValues, startsAsJson } from '../json-text';
import { text } from '../values';

const ID = 'intune-graph';

/** detectedAppPlatformType values for the computers Switchyard covers; phones and tablets are left out. */
const PLATFORMS: Record<string, Platform> = { windows: 'windows', macOS: 'macos' };

function pagesOf(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(pagesOf);
  return isRecord(value) ? [value] : [];
}

export const intuneGraphImporter: Importer = {
  id: ID,
  label: 'Intune detected apps (Microsoft Graph JSON)',
  detect({ text: sample }) {
    if (!startsAsJson(sample)) return 0;
    if (/"@odata\.context"\s*:\s*"[^"]*detectedApps/i.test(sample)) return 0.95;
    if (/"deviceCount"\s*:/.test(sample) && /"displayName"\s*:/.test(sample)) return 0.8;
    return 0;
  },
  parse({ fileName, text: body }): ImportResult {
    const result = emptyResult();
    const { values, errors } = parseJsonValues(body);
    for (const error of errors) result.errors.push({ file: fileName, line: error.line, reason: error.reason });
    let skipped = 0;
    for (const { value, line } of values) {
      for (const page of pagesOf(value)) {
        const apps = Array.isArray(page.value) ? page.value : 'displayName' in page ? [page] : undefined;
        if (!apps) {
          result.errors.push({ file: fileName, line, reason: 'This JSON document has no "value" list of detected apps; skipped.' });
          continue;
        }
        for (const app of apps) {
          const name = isRecord(app) ? text(app.displayName) : undefined;
          const count = isRecord(app) ? Number(app.deviceCount) : NaN;
          if (!isRecord(app) || !name || !isDeviceCount(count)) {
            result.errors.push({ file: fileName, line, record: isRecord(app) ? text(app.id) : undefined, reason: 'A detected app has no displayName, or its deviceCount is not a whole number; skipped.' });
            continue;
          }
          const platform = PLATFORMS[String(app.platform)];
          if (!platform && app.platform !== 'unknown' && app.platform !== undefined) {
            skipped += 1;
            continue;
          }
          result.aggregates.push({
            importer: ID, reportedBy: 'Intune', name, version: text(app.version), publisher: text(app.publisher),
            platform, identifiers: {}, deviceCount: count,
          });
        }
      }
    }
    if (skipped > 0) {
      result.errors.push({ file: fileName, reason: `${skipped} apps detected on phones, tablets or Chromebooks were skipped: Switchyard covers Windows, macOS and Linux computers.` });
    }
    return result;
  },
};
