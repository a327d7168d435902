/**
 * The checklist as CSV for issue trackers. One row per item; the header names are chosen so the file
 * imports without remapping where the tracker allows it:
 *  - GitLab issue import reads the `title` and `description` columns (case-insensitive) and ignores the rest;
 *  - Jira's CSV importer maps any column: Summary ← title, Description, Labels, Assignee, Due date, Priority,
 *    Original estimate (seconds, as Jira expects), Status;
 *  - OpenProject's importers map Subject ← title, Description, Assignee, Finish date ← due_date, Estimated time.
 * Labels are space-separated (Jira splits on spaces). RFC 4180 quoting by csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import type { ChecklistItem } from '../../shared/planning';
import type { ReportModel } from './report-model';
import { REPORT_TEXT, type ReportLang } from './report-text';

export const CSV_COLUMNS = ['title', 'description', 'labels', 'assignee', 'due_date', 'priority', 'original_estimate', 'estimate_hours', 'status', 'phase', 'product', 'alternative', 'risk_score', 'key'] as const;

const PRIORITY = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/**
 * A cell that starts with = + - @ (or a tab or carriage return) is a formula to Excel and LibreOffice Calc, so
 * an owner typed as =HYPERLINK(...) would run when the file is opened. Text cells get a leading apostrophe
 * (OWASP "CSV injection"); numeric columns are left alone.
 */
export const neutraliseFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const label = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function description(item: ChecklistItem, model: ReportModel, lang: ReportLang): string {
  const text = REPORT_TEXT[lang];
  const parts = [
    item.detail ?? '',
    item.productName ? `${text.product}: ${item.productName}${item.alternativeName ? ` → ${item.alternativeName}` : ''}` : '',
    item.reasoning.length ? `${text.reasoning}: ${item.reasoning.join('; ')}` : '',
    item.verify ? `${text.verify}: ${item.verifyFacts.join(', ')}` : '',
    item.sources.length ? `${text.sources}: ${item.sources.map((s) => s.url).join(' ')}` : '',
    item.notes ? `Notes: ${item.notes}` : '',
    `${text.catalogue} ${model.checklist.catalogue.buildId.slice(0, 12)}, ${text.scanDate.toLowerCase()} ${model.checklist.scanDate.slice(0, 10)}`,
  ];
  return parts.filter(Boolean).join('\n\n');
}

export function renderCsvReport(model: ReportModel, lang: ReportLang): string {
  const text = REPORT_TEXT[lang];
  const rows = model.checklist.items.map((item) => [
    neutraliseFormula(item.title),
    neutraliseFormula(description(item, model, lang)),
    ['switchyard', `phase-${item.phase}`, item.productId ? `product-${label(item.productId)}` : 'cross-cutting', item.verify ? 'verify' : ''].filter(Boolean).join(' '),
    neutraliseFormula(item.owner),
    item.dueDate ?? '',
    PRIORITY[item.risk.level],
    String(Math.round(item.effortHours * 3600)),
    String(item.effortHours),
    text.statuses[item.status],
    text.phases[item.phase],
    neutraliseFormula(item.productName ?? ''),
    neutraliseFormula(item.alternativeName ?? ''),
    String(item.risk.score),
    item.key,
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { bom: false, record_delimiter: '\r\n' });
}
