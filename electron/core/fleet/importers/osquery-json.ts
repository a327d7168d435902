/**
 * `osqueryi --json "SELECT ... FROM <software table>"`: a JSON array of flat objects whose values are
 * all strings, keys in alphabetical order (osquery devtools/printer.cpp). The table is read from the
 * columns; the host from the file name, since osqueryi prints no host fields.
 */
import type { Importer, ImportResult } from '../importer';
import { emptyResult, withUniqueIds } from '../import-record';
import { identityFromFileName } from '../host-from-file';
import { firstArrayObject, isRecord, parseJson } from '../json-text';
import { itemFromRow, TABLE_PLATFORM, tableFromRow, type OsqueryTable } from './osquery-tables';

const ID = 'osquery-json';

export const osqueryJsonImporter: Importer = {
  id: ID,
  label: 'osquery (osqueryi --json)',
  detect({ text }) {
    const row = firstArrayObject(text);
    if (!row || !('name' in row)) return 0;
    const allStrings = Object.values(row).every((value) => typeof value === 'string');
    if (!tableFromRow(row)) return 0;
    return allStrings ? 0.85 : 0.6;
  },
  parse({ fileName, text }): ImportResult {
    const result = emptyResult();
    const parsed = parseJson(text);
    if (!parsed.ok) {
      result.errors.push({ file: fileName, line: parsed.line, reason: parsed.reason });
      return result;
    }
    if (!Array.isArray(parsed.value)) {
      result.errors.push({ file: fileName, reason: 'Expected a JSON array of rows, as `osqueryi --json` prints.' });
      return result;
    }
    const items = [];
    let fallbackTable: OsqueryTable | undefined;
    for (const [index, row] of parsed.value.entries()) {
      if (!isRecord(row)) {
        result.errors.push({ file: fileName, record: `row ${index + 1}`, reason: 'This row is not an object; skipped.' });
        continue;
      }
      const table = tableFromRow(row) ?? fallbackTable;
      if (!table) {
        result.errors.push({ file: fileName, record: `row ${index + 1}`, reason: 'Cannot tell which osquery table this row comes from; select more columns (e.g. SELECT *).' });
        continue;
      }
      fallbackTable = table;
      const item = itemFromRow(ID, table, row);
      if (item) items.push(item);
    }
    if (items.length > 0 && fallbackTable) {
      result.hosts.push({
        identity: { ...identityFromFileName(fileName), toolName: 'osquery' },
        os: { platform: TABLE_PLATFORM[fallbackTable] },
        tags: [],
        items: withUniqueIds(items),
      });
    }
    return result;
  },
};
