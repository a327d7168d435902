import { describe, expect, it } from 'vitest';
import type { CollectorDiagnostic, DocumentSummary } from '../../../../electron/shared/inventory';
import { documentKinds, sortDiagnostics } from '../../../../renderer/features/inventory/diagnostics-order';

const diag = (collector: string, status: CollectorDiagnostic['status']): CollectorDiagnostic => ({ collector, status, durationMs: 1, itemCount: 0 });

describe('diagnostics order', () => {
  it('puts failed, then partial, then cancelled and skipped before the ones that went well', () => {
    const sorted = sortDiagnostics([diag('a.ok', 'ok'), diag('b.skip', 'skipped'), diag('c.part', 'partial'), diag('d.fail', 'failed'), diag('e.cancel', 'cancelled')]);
    expect(sorted.map((d) => d.status)).toEqual(['failed', 'partial', 'cancelled', 'skipped', 'ok']);
  });

  it('orders collectors of the same status by name', () => {
    expect(sortDiagnostics([diag('linux.snap', 'ok'), diag('linux.dpkg', 'ok')]).map((d) => d.collector)).toEqual(['linux.dpkg', 'linux.snap']);
  });

  it('lists the document kinds found, most numerous first, without the empty ones', () => {
    const summary = {
      roots: [], byKind: { 'ooxml-workbook': { count: 5, bytes: 10 }, 'onenote': { count: 0, bytes: 0 }, 'ooxml-document': { count: 9, bytes: 20 } },
      macroEnabled: { count: 0, byKind: {} }, skipped: { cloudPlaceholders: 0, unreadable: 0, symlinks: 0 }, truncated: false,
    } as unknown as DocumentSummary;
    expect(documentKinds(summary)).toEqual([{ kind: 'ooxml-document', count: 9, bytes: 20 }, { kind: 'ooxml-workbook', count: 5, bytes: 10 }]);
  });
});
