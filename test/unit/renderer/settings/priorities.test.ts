import { describe, expect, it } from 'vitest';
import { PrioritiesInputSchema } from '../../../../electron/shared/contract';
import { DEFAULT_PRIORITIES as CORE_DEFAULTS } from '../../../../electron/core/planning/priorities';
import { DEFAULT_PRIORITIES, isDefault, PRIORITY_KEYS } from '../../../../renderer/features/settings/priorities';

describe('Settings priorities', () => {
  it('resets to exactly the planner defaults (3,2,1,1,2,1,2)', () => {
    expect(DEFAULT_PRIORITIES).toEqual(CORE_DEFAULTS);
    expect(PRIORITY_KEYS.map((key) => DEFAULT_PRIORITIES[key])).toEqual([3, 2, 1, 1, 2, 1, 2]);
  });

  it('shows every criterion the API accepts, and the defaults pass its validation', () => {
    expect([...PRIORITY_KEYS].sort()).toEqual(Object.keys(PrioritiesInputSchema.shape).sort());
    expect(PrioritiesInputSchema.safeParse(DEFAULT_PRIORITIES).success).toBe(true);
  });

  it('knows when the reset button has nothing to do', () => {
    expect(isDefault(DEFAULT_PRIORITIES)).toBe(true);
    expect(isDefault({ ...DEFAULT_PRIORITIES, lowEffort: 0 })).toBe(false);
  });
});
