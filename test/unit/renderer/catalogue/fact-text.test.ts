import { describe, expect, it } from 'vitest';
import { createFactText } from '../../../../renderer/features/catalogue/fact-text';
import { englishText } from './builders';

describe('createFactText', () => {
  const text = englishText();

  it('names countries in the user language with their code, and says unknown for unknown', () => {
    expect(text.country('DE')).toBe('Germany (DE)');
    expect(text.country('unknown')).toBe('unknown');
    const german = createFactText((key, options) => String(options?.defaultValue ?? key), 'de');
    expect(german.country('DE')).toBe('Deutschland (DE)');
  });

  it('puts enumeration values into words and shows values it does not know as they are', () => {
    expect(text.term('selfHostable', 'enterprise-only')).toBe('enterprise edition only');
    expect(text.term('fit', 'drop-in')).toBe('drop-in replacement');
    expect(text.term('pricing', 'barter')).toBe('barter');
  });

  it('formats ISO dates for people and leaves anything else untouched', () => {
    expect(text.date('2026-11-01')).toBe('Nov 1, 2026');
    expect(text.date('sometime')).toBe('sometime');
  });

  it('joins lists, and says none for an empty one', () => {
    expect(text.list(['Linux', 'Windows'])).toMatch(/^Linux.+Windows$/);
    expect(text.list([])).toBe('none');
  });
});
