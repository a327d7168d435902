import { describe, expect, it } from 'vitest';
import { ALTERNATIVE, SOURCE_FILE } from '../../../../data/schema/source-schema';
import { findUnknownKeys } from '../../../../data/build/unknown-keys';

describe('findUnknownKeys', () => {
  it.each([
    ['a clean entry', { id: 'x', name: 'X', sources: [{ url: 'u', covers: [] }] }, []],
    ['a misspelt top-level field', { id: 'x', licence_spdx: 'MIT' }, [['licence_spdx']]],
    ['a field inside a list of objects', { formats: [{ format: 'odt', readable: true }] }, [['formats', 0, 'readable']]],
    ['a field inside the list branch of a union', { eu_hosting: [{ provider: 'p', region: 'DE' }] }, [['eu_hosting', 0, 'region']]],
    ["the word 'unknown' in a union", { eu_hosting: 'unknown', certifications: 'unknown' }, []],
    ['a nested object inside an array', { identifiers: [{ scheme: 'deb', value: 'x', comment: 'y' }] }, [['identifiers', 0, 'comment']]],
  ] as const)('%s', (_name, value, expected) => {
    expect(findUnknownKeys(ALTERNATIVE, value)).toEqual(expected);
  });

  it('walks from the file schema down to entries in every list', () => {
    expect(findUnknownKeys(SOURCE_FILE, { relations: [{ product: 'a', alternative: 'b', notes: 'x' }] }))
      .toEqual([['relations', 0, 'notes']]);
  });
});
