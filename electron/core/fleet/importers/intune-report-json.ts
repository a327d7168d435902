/**
 * Intune reports saved as JSON in the reporting service's table shape: `{ "TotalRowCount", "Schema":
 * [{ "Column", "PropertyType" }], "Values": [[...], ...] }` (the inline report actions under
 * /deviceManagement/reports, and exportJobs with `"format": "json"`; casing varies, both are read).
 * Columns are the same as in the CSV exports (AppInvRawData, AppInvAggregate, Devices), so the rows go
 * through the same mapping as a CSV file.
 */
import { mapHeaders } from '../csv-headers';
import { rowsImportResult } from '../csv-import';
import type { Importer, ImportResult } from '../importer';
import { emptyResult } from '../import-record';
import { isRecord, parseJson, startsAsJson } from '../json-text';

const ID = 'intune-report-json';

function field(record: Record<string, unknown>, name: string): unknown {
  return record[name] ?? record[name.charAt(0).toLowerCase() + name.slice(1)];
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export const intuneReportJsonImporter: Importer = {
  id: ID,
  label: 'Intune report (JSON table)',
  detect({ text }) {
    if (!startsAsJson(text)) return 0;
    return /"[Ss]chema"\s*:\s*\[/.test(text) && /"[Cc]olumn"\s*:/.test(text) && /"[Vv]alues"\s*:\s*\[/.test(text) ? 0.9 : 0;
  },
  parse({ fileName, text }): ImportResult {
    const parsed = parseJson(text);
    if (!parsed.ok) {
      const result = emptyResult();
      result.errors.push({ file: fileName, line: parsed.line, reason: parsed.reason });
      return result;
    }
    const report = isRecord(parsed.value) ? parsed.value : {};
    const schema = field(report, 'Schema');
    const values = field(report, 'Values');
    if (!Array.isArray(schema) || !Array.isArray(values)) {
      const result = emptyResult();
      result.errors.push({ file: fileName, reason: 'This report has no "Schema" and "Values" tables.' });
      return result;
    }
    const headers = schema.map((column) => (isRecord(column) ? cellText(field(column, 'Column')) : ''));
    const rows = values.filter(Array.isArray).map((row) => ({ cells: row.map(cellText) }));
    return rowsImportResult(fileName, rows, mapHeaders(headers), { importerId: ID, toolName: 'intune', defaultPlatform: 'windows' });
  },
};
