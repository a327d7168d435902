/** Diagnostics that need attention come first: a failed or partial collector explains missing rows. */
import type { CollectorDiagnostic, DocumentKind, DocumentSummary } from '../../../electron/shared/inventory';

const STATUS_RANK: Record<CollectorDiagnostic['status'], number> = { failed: 0, partial: 1, cancelled: 2, skipped: 3, ok: 4 };

export function sortDiagnostics(diagnostics: readonly CollectorDiagnostic[]): CollectorDiagnostic[] {
  return [...diagnostics].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.collector.localeCompare(b.collector));
}

/** Document kinds that were found, most numerous first; kinds counted zero times say nothing. */
export function documentKinds(summary: DocumentSummary): Array<{ kind: DocumentKind; count: number; bytes: number }> {
  return (Object.entries(summary.byKind) as Array<[DocumentKind, { count: number; bytes: number }]>)
    .filter(([, value]) => value.count > 0)
    .map(([kind, value]) => ({ kind, count: value.count, bytes: value.bytes }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}
