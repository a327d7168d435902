import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_MAX_HEADER_ROW, CsvDelimiterSchema, CsvFieldSchema, type CsvMappingInput, type CsvPreview } from '../../../electron/shared/contract';
import type { FleetImportResult } from '../../../electron/shared/fleet';
import { getApi } from '../../api/client';
import { assignField, fieldAt, hasNameColumn, MORE_FIELDS, PRIMARY_FIELDS, type CsvColumns } from './csv-columns';
import { fileName } from './import-progress';

type Delimiter = CsvMappingInput['delimiter'];
const DELIMITER_KEYS: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
const IGNORE = '';

interface CsvMappingPanelProps {
  path: string;
  importing: boolean;
  onImport: (mapping: CsvMappingInput) => Promise<FleetImportResult | undefined>;
  onClose: () => void;
}

/**
 * The column-mapping step for a list no importer recognised: the guessed delimiter and header row (both
 * changeable), the first ten rows, and per column which field it holds. Only the preview crosses from the
 * core; the import itself reads the file there with the mapping chosen here.
 */
export function CsvMappingPanel({ path, importing, onImport, onClose }: CsvMappingPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [override, setOverride] = useState<{ delimiter?: Delimiter; headerRow?: number }>({});
  const [preview, setPreview] = useState<CsvPreview>();
  const [columns, setColumns] = useState<CsvColumns>({});
  const [error, setError] = useState<string>();

  useEffect(() => headingRef.current?.focus(), [path]);

  useEffect(() => {
    let current = true;
    void getApi()['fleet.csvPreview']({ path, ...override }).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(undefined);
      setPreview(result.value);
      setColumns(result.value.columns);
    });
    return () => { current = false; };
  }, [path, override]);

  const fieldLabel = (field: string) => t(`fleet.csv.fields.${field}`);
  const width = Math.max(preview?.headers.length ?? 0, ...(preview?.sampleRows.map((row) => row.length) ?? [0]));
  const indexes = Array.from({ length: width }, (_, index) => index);

  async function submit() {
    if (!preview) return;
    setError(undefined);
    const result = await onImport({ delimiter: preview.delimiter, headerRow: preview.headerRow, columns });
    const file = result?.files[0];
    if (file?.ok) onClose();
    else if (file) setError(file.error);
  }

  return (
    <section className="fleet-panel fleet-csv" aria-labelledby={headingId} data-testid="csv-mapping">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>{t('fleet.csv.title', { file: fileName(path) })}</h2>
      <p className="fleet-muted">{t('fleet.csv.intro')}</p>
      {preview && (
        <div className="fleet-toolbar">
          <label>
            {t('fleet.csv.delimiter')}
            <select value={preview.delimiter} disabled={importing} data-testid="csv-delimiter"
              onChange={(event) => setOverride({ delimiter: event.target.value as Delimiter })}>
              {CsvDelimiterSchema.options.map((delimiter) => (
                <option key={delimiter} value={delimiter}>{t(`fleet.csv.delimiters.${DELIMITER_KEYS[delimiter]}`)}</option>
              ))}
            </select>
          </label>
          <label>
            {t('fleet.csv.headerRow')}
            <select value={preview.headerRow} disabled={importing} data-testid="csv-header-row"
              onChange={(event) => setOverride({ delimiter: preview.delimiter, headerRow: Number(event.target.value) })}>
              {Array.from({ length: CSV_MAX_HEADER_ROW + 1 }, (_, row) => <option key={row} value={row}>{t('fleet.csv.line', { line: row + 1 })}</option>)}
            </select>
          </label>
        </div>
      )}
      {!preview && !error && <p role="status">{t('common.loading')}</p>}
      {preview && (
        <div className="fleet-scroll">
          <table className="fleet-table fleet-csv-preview" data-testid="csv-preview">
            <caption>{t('fleet.csv.previewCaption', { count: preview.sampleRows.length })}</caption>
            <thead>
              <tr>
                {indexes.map((index) => {
                  const header = preview.headers[index] ?? '';
                  const field = fieldAt(columns, index);
                  return (
                    <th key={index} scope="col" data-column={index} data-field={field ?? 'ignore'}>
                      <span className="fleet-csv-header">{header || t('fleet.csv.column', { number: index + 1 })}</span>
                      <select
                        value={field ?? IGNORE}
                        disabled={importing}
                        aria-label={t('fleet.csv.fieldFor', { column: header || t('fleet.csv.column', { number: index + 1 }) })}
                        onChange={(event) => setColumns((current) => assignField(current, index, event.target.value === IGNORE ? undefined : CsvFieldSchema.parse(event.target.value)))}
                      >
                        <option value={IGNORE}>{t('fleet.csv.ignore')}</option>
                        {PRIMARY_FIELDS.map((name) => <option key={name} value={name}>{fieldLabel(name)}</option>)}
                        <optgroup label={t('fleet.csv.moreFields')}>
                          {MORE_FIELDS.map((name) => <option key={name} value={name}>{fieldLabel(name)}</option>)}
                        </optgroup>
                      </select>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {preview.sampleRows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {indexes.map((index) => <td key={index} className={fieldAt(columns, index) ? undefined : 'fleet-muted'}>{row[index] ?? ''}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview && !hasNameColumn(columns) && <p className="fleet-hint" data-testid="csv-needs-name">{t('fleet.csv.needsName')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <div className="fleet-actions">
        <button type="button" className="primary" disabled={!preview || importing || !hasNameColumn(columns)} onClick={() => void submit()} data-testid="csv-import">
          {t('fleet.csv.import')}
        </button>
        <button type="button" disabled={importing} onClick={onClose}>{t('fleet.csv.cancel')}</button>
      </div>
    </section>
  );
}
