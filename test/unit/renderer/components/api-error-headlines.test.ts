import { describe, expect, it } from 'vitest';
import { API_ERROR_HEADLINES } from '../../../../renderer/components/api-error-headlines';
import de from '../../../../renderer/i18n/locales/de.json';
import en from '../../../../renderer/i18n/locales/en.json';

function lookup(strings: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), strings);
}

describe('API error headlines', () => {
  it('covers the codes the core sends', () => {
    expect(Object.keys(API_ERROR_HEADLINES).sort()).toEqual(
      ['cancelled', 'failed', 'forbidden-sender', 'invalid-input', 'invalid-output', 'not-found', 'unavailable', 'unknown-method'],
    );
  });

  it.each(Object.entries(API_ERROR_HEADLINES))('%s has an English and a German headline that differ', (_code, key) => {
    const english = lookup(en, key);
    const german = lookup(de, key);
    expect(typeof english).toBe('string');
    expect(typeof german).toBe('string');
    expect(german).not.toBe(english);
  });
});
