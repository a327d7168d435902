/** The JSON report: the checklist as data, with a format tag and version so consumers can rely on the shape. */
import type { ReportModel } from './report-model';

export const JSON_REPORT_FORMAT = 'switchyard-plan';
export const JSON_REPORT_VERSION = 1;

export function renderJsonReport(model: ReportModel): string {
  return `${JSON.stringify({ format: JSON_REPORT_FORMAT, formatVersion: JSON_REPORT_VERSION, title: model.meta.title, scopeLabel: model.meta.scopeLabel, ...model.checklist }, null, 2)}\n`;
}
