import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime } from '../../../../renderer/features/inventory/format';

describe('format', () => {
  it('shows sizes in decimal units in the user language', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(7_400_000_000, 'en')).toBe('7.4 GB');
    expect(formatBytes(1_250_000, 'de')).toBe('1,3 MB');
  });

  it('gives an empty string for no date and the raw text for one it cannot read', () => {
    expect(formatDateTime(undefined, 'en')).toBe('');
    expect(formatDate('yesterday', 'en')).toBe('yesterday');
    expect(formatDate('2026-11-27T09:00:00Z', 'de')).toBe('27.11.2026');
    // A plain date is that day everywhere, also west of UTC where local midnight would fall on the day before.
    expect(formatDate('2024-09-12', 'de')).toBe('12.09.2024');
    expect(formatDate('2024-09-12', 'en')).toBe('Sep 12, 2024');
  });
});
