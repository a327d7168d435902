import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../../electron/shared/progress';
import { applyProgress, cancelRunning, type CollectorProgress } from '../../../../renderer/features/inventory/scan-progress';

const event = (step: string, state: ProgressEvent['state'], count?: number): ProgressEvent => ({ taskId: 't', step, state, count });

describe('scan progress', () => {
  it('keeps one row per collector in the order they started, with the latest state and count', () => {
    let rows: CollectorProgress[] = [];
    for (const e of [event('linux.dpkg', 'running'), event('linux.flatpak', 'running'), event('linux.dpkg', 'done', 1520), event('linux.flatpak', 'failed')]) {
      rows = applyProgress(rows, e);
    }
    expect(rows).toEqual([
      { step: 'linux.dpkg', state: 'done', count: 1520, message: undefined },
      { step: 'linux.flatpak', state: 'failed', count: undefined, message: undefined },
    ]);
  });

  it('keeps the last known count when a later event carries none', () => {
    const rows = applyProgress(applyProgress([], event('documents', 'running', 40)), event('documents', 'running'));
    expect(rows[0]!.count).toBe(40);
  });

  it('marks collectors still running as cancelled, and leaves finished ones alone', () => {
    const rows = cancelRunning([{ step: 'a', state: 'done', count: 3 }, { step: 'b', state: 'running' }]);
    expect(rows.map((r) => r.state)).toEqual(['done', 'cancelled']);
  });
});
