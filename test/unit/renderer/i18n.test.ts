import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

/** The app's strings: the shared files plus every feature's own files, as renderer/i18n/index.ts merges them. */
function merged(base: unknown, language: string): Map<string, string> {
  const all = leaves(base);
  const featuresDir = path.resolve(__dirname, '../../../renderer/features');
  for (const feature of readdirSync(featuresDir)) {
    const file = path.join(featuresDir, feature, 'i18n', `${language}.json`);
    if (existsSync(file)) for (const [k, v] of leaves(JSON.parse(readFileSync(file, 'utf8')), feature)) all.set(k, v);
  }
  return all;
}

describe('translations', () => {
  const english = merged(en, 'en');
  const german = merged(de, 'de');

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
