import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../electron/shared/contract';
import { createApi } from '../../../electron/preload/create-api';

describe('contract', () => {
  it('lists exactly the methods that have schemas', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('names methods as <area>.<verb>', () => {
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});

describe('createApi', () => {
  const calls: unknown[][] = [];
  const api = createApi({
    invoke: async (...args) => { calls.push(args); return { ok: true, value: null }; },
    cancel: (taskId) => calls.push(['cancel', taskId]),
    subscribe: () => () => {},
    pathForFile: () => '/dropped/file.json',
  });

  it('exposes exactly the contract plus onProgress, cancel and pathForFile', () => {
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'cancel', 'onProgress', 'pathForFile'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards method, input and task id to the transport', async () => {
    await api['system.status']({}, { taskId: 't1' });
    api.cancel('t1');
    expect(calls).toEqual([['system.status', {}, 't1'], ['cancel', 't1']]);
  });
});
