import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../../renderer/features/catalogue/latest-only';

describe('latestOnly', () => {
  it('lets only the newest call apply its answer, whatever order the answers arrive in', async () => {
    const nextTicket = latestOnly();
    const shown: string[] = [];
    const answer = (query: string, delay: number) => {
      const isCurrent = nextTicket();
      return new Promise<void>((resolve) => setTimeout(() => { if (isCurrent()) shown.push(query); resolve(); }, delay));
    };
    await Promise.all([answer('w', 30), answer('wo', 20), answer('wor', 5)]);
    expect(shown).toEqual(['wor']);
  });

  it('keeps separate counters per list', () => {
    const a = latestOnly();
    const b = latestOnly();
    const first = a();
    b();
    expect(first()).toBe(true);
    a();
    expect(first()).toBe(false);
  });
});
