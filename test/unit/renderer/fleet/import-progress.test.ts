import { describe, expect, it } from 'vitest';
import { applyFileProgress, fileName } from '../../../../renderer/features/fleet/import-progress';

const event = (step: string, state: 'running' | 'done' | 'failed', extra: { count?: number; message?: string } = {}) => ({ taskId: 't', step, state, ...extra });

describe('applyFileProgress', () => {
  it('adds files in the order they finish, with their counts and errors', () => {
    let rows = applyFileProgress([], event('/in/a.json', 'done', { count: 12 }));
    rows = applyFileProgress(rows, event('/in/b.csv', 'failed', { message: '/in/b.csv: Unrecognised format.' }));
    expect(rows).toEqual([
      { file: '/in/a.json', state: 'done', count: 12, message: undefined },
      { file: '/in/b.csv', state: 'failed', count: undefined, message: '/in/b.csv: Unrecognised format.' },
    ]);
  });

  it('replaces the row of a file reported again, in place', () => {
    const rows = applyFileProgress([{ file: 'a', state: 'running' }, { file: 'b', state: 'done', count: 1 }], event('a', 'done', { count: 3 }));
    expect(rows.map((r) => [r.file, r.state, r.count])).toEqual([['a', 'done', 3], ['b', 'done', 1]]);
  });
});

describe('fileName', () => {
  it('keeps the last part of Unix and Windows paths', () => {
    expect(fileName('/tmp/x/osquery/PC-FIN-042.json')).toBe('PC-FIN-042.json');
    expect(fileName('C:\\Exports\\Intune\\AppInvRawData.csv')).toBe('AppInvRawData.csv');
  });

  it('names a ZIP member together with its archive', () => {
    expect(fileName('/tmp/DiscoveredApps-export.zip › folder/apps.csv')).toBe('DiscoveredApps-export.zip › apps.csv');
  });
});
