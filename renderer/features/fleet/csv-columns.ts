/**
 * The column-mapping step's state: which column means which field. Each field sits in at most one column
 * (the importer reads one column per field), so choosing a field for a column takes it from any other.
 */
import type { CsvFieldName, CsvMappingInput } from '../../../electron/shared/contract';
import type { FleetImportFileResult } from '../../../electron/shared/fleet';

export type CsvColumns = CsvMappingInput['columns'];

/** The fields most lists have, offered first; the rest sit in a "more fields" group. */
export const PRIMARY_FIELDS: readonly CsvFieldName[] = ['name', 'version', 'publisher', 'host', 'serial', 'lastUsed', 'installDate'];
export const MORE_FIELDS: readonly CsvFieldName[] = ['os', 'osVersion', 'tag', 'hostId', 'hardwareUuid', 'seenAt', 'user', 'installLocation', 'useCount', 'uninstallKey', 'deviceCount'];

export function fieldAt(columns: CsvColumns, index: number): CsvFieldName | undefined {
  return (Object.keys(columns) as CsvFieldName[]).find((field) => columns[field] === index);
}

/** Gives column `index` the field (or none), releasing whatever that column and that field had before. */
export function assignField(columns: CsvColumns, index: number, field: CsvFieldName | undefined): CsvColumns {
  const next: CsvColumns = {};
  for (const [name, column] of Object.entries(columns) as [CsvFieldName, number][]) {
    if (column !== index && name !== field) next[name] = column;
  }
  if (field) next[field] = index;
  return next;
}

/** Without a software name column there is nothing to count: the import button waits for one. */
export const hasNameColumn = (columns: CsvColumns): boolean => columns.name !== undefined;

/** Names of files that are never tables, although the core's "unrecognised format" message mentions CSV. */
const NOT_A_TABLE = /\.(json|ndjson|xml|reg|zip|plist)$/i;

/**
 * A failed file worth offering the mapping step: one no importer recognised that reads like a table (the
 * error talks about CSV, or the name says CSV/TSV/text). Files inside a ZIP cannot be previewed by path.
 */
export function offersColumnMapping(file: FleetImportFileResult): boolean {
  if (file.ok || file.file.includes(' › ')) return false;
  if (/\.(csv|tsv|txt)$/i.test(file.file)) return true;
  return /\bCSV\b/.test(file.error ?? '') && !NOT_A_TABLE.test(file.file);
}
