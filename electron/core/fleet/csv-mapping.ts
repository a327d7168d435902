/**
 * Guesses how to read a CSV/TSV export: delimiter, which record is the header (exports often start with
 * a title line or Excel's `sep=;` hint) and which column means which field. The guess is data, so the UI
 * can show it and let the user correct it before parseGenericCsv runs.
 */
import { parse } from 'csv-parse/sync';
import { mapHeaders, type CsvField } from './csv-headers';

export type CsvDelimiter = ',' | ';' | '\t' | '|';
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

export interface CsvMapping {
  delimiter: CsvDelimiter;
  /** Index of the header record among the file's records (0 = first). */
  headerRow: number;
  headers: string[];
  columns: Partial<Record<CsvField, number>>;
}

export interface CsvRecord {
  cells: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/**
 * How much of the file the guess reads: the header sits within the first records, and parsing more only
 * costs time (four delimiters are tried). Lines, then characters, bound the sample.
 */
const GUESS_SAMPLE_LINES = 40;
const GUESS_SAMPLE_CHARS = 64 * 1024;
const MAX_PREAMBLE_RECORDS = 10;
const MAX_HEADER_LENGTH = 64;

export function parseCsvRecords(text: string, delimiter: CsvDelimiter, onSkip?: (line: number, reason: string) => void): CsvRecord[] {
  const rows = parse(text, {
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // Cells are trimmed later (values.ts); csv-parse's own trim rejects `"quoted"tail` cells that relax_quotes accepts.
    on_skip: (error) => {
      if (!error || !onSkip) return;
      const reason = /Quote Not Closed/i.test(error.message)
        ? 'a quoted value is never closed, so the rest of the file could not be read'
        : error.message;
      onSkip(Number((error as { lines?: unknown }).lines) || 0, reason);
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  // info.lines is the line the record ends on; count its own line breaks back to where it starts.
  return rows.map(({ record, info }) => ({
    cells: record,
    line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0),
  }));
}

function sampleOf(text: string): string {
  let end = -1;
  for (let line = 0; line < GUESS_SAMPLE_LINES; line += 1) {
    const next = text.indexOf('\n', end + 1);
    if (next < 0 || next > GUESS_SAMPLE_CHARS) return end > 0 ? text.slice(0, end) : text.slice(0, GUESS_SAMPLE_CHARS);
    end = next;
  }
  return text.slice(0, end);
}

/** JSON and XML are never CSV; checking the first character spares CSV detectors from parsing them. */
export function looksLikeMarkup(text: string): boolean {
  return /^\uFEFF?\s*[[{<]/.test(text);
}

function safeRecords(sample: string, delimiter: CsvDelimiter): CsvRecord[] {
  try {
    return parseCsvRecords(sample, delimiter);
  } catch {
    return [];
  }
}

function score(columns: Partial<Record<CsvField, number>>): number {
  const known = Object.keys(columns).length;
  return columns.name === undefined ? known : known + 10;
}

/** Excel writes `sep=;` as the first line when the delimiter is not the locale's default. */
function excelHint(sample: string): CsvDelimiter | undefined {
  const hint = /^\uFEFF?sep=(.)\r?\n/i.exec(sample)?.[1];
  return DELIMITERS.find((delimiter) => delimiter === hint);
}

export function guessCsvMapping(text: string): CsvMapping {
  const sample = sampleOf(text);
  const hinted = excelHint(sample);
  let best: CsvMapping | undefined;
  let bestScore = -1;
  for (const delimiter of hinted ? [hinted] : DELIMITERS) {
    const records = safeRecords(sample, delimiter);
    for (let row = 0; row < Math.min(records.length, MAX_PREAMBLE_RECORDS); row += 1) {
      const headers = records[row]?.cells ?? [];
      if (headers.length < 2) continue;
      // A Markdown table row (`| a | b |`) or a sentence listing column names is prose, not a header row:
      // real column headers are short names.
      if (delimiter === '|' && headers[0]?.trim() === '' && headers.at(-1)?.trim() === '') continue;
      if (headers.some((header) => header.length > MAX_HEADER_LENGTH)) continue;
      const columns = mapHeaders(headers);
      const value = score(columns);
      if (value > bestScore) {
        best = { delimiter, headerRow: row, headers, columns };
        bestScore = value;
      }
    }
  }
  if (best) return best;
  return { delimiter: hinted ?? ',', headerRow: 0, headers: safeRecords(sample, hinted ?? ',')[0]?.cells ?? [], columns: {} };
}

