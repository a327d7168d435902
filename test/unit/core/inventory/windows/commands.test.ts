import { describe, expect, it } from 'vitest';
import { windowsTool } from '../../../../../electron/core/inventory/windows/commands';
import { appxCollector } from '../../../../../electron/core/inventory/windows/appx-collector';
import { fakeContext, fakeRun, ok } from './fake-context';

describe('windowsTool', () => {
  it('runs the system tools from %SystemRoot% when it is known', () => {
    expect(windowsTool({ env: { SystemRoot: 'C:\\Windows' } }, 'reg')).toBe('C:\\Windows\\System32\\reg.exe');
    expect(windowsTool({ env: { SYSTEMROOT: 'D:\\WINDOWS\\' } }, 'powershell')).toBe('D:\\WINDOWS\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
  });

  it('falls back to the bare name for the PATH search', () => {
    expect(windowsTool({ env: {} }, 'tasklist')).toBe('tasklist.exe');
  });

  it('is what the collectors actually run', async () => {
    const path = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
    const run = fakeRun({ [path]: () => ok('[]') });
    await appxCollector.collect(fakeContext({ env: { SystemRoot: 'C:\\Windows' }, run }));
    expect(run.calls.map((c) => c.command)).toEqual([path]);
  });
});
