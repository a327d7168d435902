/**
 * What every report format says, computed once from the checklist: the formats only differ in layout.
 * Every report states the catalogue version and the scan date.
 */
import type { Checklist } from '../../shared/planning';

export interface ReportMeta {
  title: string;
  /** The machine or fleet the plan is for. */
  scopeLabel: string;
}

export interface ReportModel {
  meta: ReportMeta;
  checklist: Checklist;
}

export const createReportModel = (checklist: Checklist, meta: ReportMeta): ReportModel => ({ meta, checklist });
