import { describe, expect, it } from 'vitest';
import de from '../../../renderer/i18n/locales/de.json';
import en from '../../../renderer/i18n/locales/en.json';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

describe('translations', () => {
  const english = leaves(en);
  const german = leaves(de);

  it('German has exactly the English keys', () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no translation is empty', () => {
    for (const [key, value] of [...english, ...german]) expect(value.trim(), key).not.toBe('');
  });

  it('both languages use the same interpolation variables', () => {
    const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of english) expect(vars(german.get(key) ?? ''), key).toEqual(vars(value));
  });
});
