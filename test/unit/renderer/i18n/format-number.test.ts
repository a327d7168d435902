import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../renderer/i18n/format-number';

describe('formatNumber', () => {
  it.each([
    [400.9, 'en', '400.9'],
    [400.9, 'de', '400,9'],
    [1234.56, 'en', '1,234.6'],
    [1234.56, 'de', '1.234,6'],
    [6, 'de', '6'],
  ])('%s in %s is %s', (value, language, expected) => {
    expect(formatNumber(value, language)).toBe(expected);
  });
});
