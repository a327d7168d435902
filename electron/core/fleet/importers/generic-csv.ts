/**
 * Any CSV/TSV software list (Lansweeper, PDQ, OCS and GLPI web UIs, hand-made spreadsheets): the
 * delimiter, header row and column meanings are guessed from a localised header dictionary, and the UI can
 * show and correct the mapping (guessCsvMapping -> user edits -> parseGenericCsv). Low confidence on
 * purpose: a tool-specific importer that recognises the file wins.
 */
import type { Platform } from '../../../shared/inventory';
import { csvImportResult } from '../csv-import';
import { guessCsvMapping, looksLikeMarkup, type CsvMapping } from '../csv-mapping';
import type { Importer, ImportResult } from '../importer';

const ID = 'generic-csv';

export { guessCsvMapping };

export function parseGenericCsv(text: string, mapping: CsvMapping, options: { fileName?: string; defaultPlatform?: Platform } = {}): ImportResult {
  return csvImportResult(options.fileName ?? 'CSV file', text, mapping, {
    importerId: ID,
    toolName: 'csv',
    defaultPlatform: options.defaultPlatform ?? 'windows',
  });
}

export const genericCsvImporter: Importer = {
  id: ID,
  label: 'CSV or TSV software list',
  detect({ fileName, text }) {
    if (looksLikeMarkup(text)) return 0;
    const mapping = guessCsvMapping(text);
    if (mapping.columns.name === undefined) return 0;
    const csvName = /\.(csv|tsv|txt)$/i.test(fileName);
    return csvName ? 0.4 : 0.3;
  },
  parse({ fileName, text }) {
    return parseGenericCsv(text, guessCsvMapping(text), { fileName });
  },
};
