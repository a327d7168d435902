import { describe, expect, it } from 'vitest';
import { createCatalogueSearch } from '../../../../electron/core/catalogue/search';
import { useFixtureRepository } from './fixture-catalogue';

describe('catalogue search', () => {
  const fixtureRepository = useFixtureRepository();

  it.each([
    ['an exact name', 'LibreOffice', 'libreoffice'],
    ['a prefix while typing', 'libr', 'libreoffice'],
    ['lower case', 'dropbox', 'dropbox'],
    ['a typo', 'libreofice', 'libreoffice'],
    ['a typo in the middle', 'nexcloud', 'nextcloud-files'],
    ['an alias', 'winword', 'ms-word'],
    ['an abbreviation alias', 'M365', 'ms-365-apps'],
    ['vendor and product together', 'microsoft word', 'ms-word'],
    ['a product name inside a longer name', 'onedrive', 'ms-onedrive'],
    ['accents ignored', 'ÖpenDesk', 'opendesk'],
    ['surrounding spaces', '  zoho  ', 'zoho-writer'],
    ['one typed letter, as a name start', 'z', 'zoho-writer'],
    ['two typed letters, as a name start', 'Ne', 'nextcloud-files'],
    ['two typed letters, as the start of a later word', 'wo', 'ms-word'],
  ])('finds %s: %j -> %s first', (_name, query, firstId) => {
    expect(fixtureRepository().search(query)[0]?.id).toBe(firstId);
  });

  it('finds every entry of a category by its German name, primary or additional', () => {
    expect(fixtureRepository().search('Dateisynchronisation').map((result) => result.id).sort()).toEqual(['dropbox', 'ms-onedrive', 'nextcloud-files', 'opendesk']);
  });

  it.each([
    ['an empty query', ''],
    ['only spaces', '   '],
    ['nothing similar', 'qqqqxz'],
  ])('returns nothing for %s', (_name, query) => {
    expect(fixtureRepository().search(query)).toEqual([]);
  });

  it('puts names that start with the query before better-scored matches elsewhere', () => {
    const results = createCatalogueSearch([
      { kind: 'alternative', id: 'b', name: 'Big Note', aliases: [], vendor: 'Note Inc', category: 'c', categories: [] },
      { kind: 'alternative', id: 'a', name: 'Notes', aliases: [], vendor: 'X', category: 'c', categories: [] },
    ]).search('note');
    expect(results.map((result) => result.id)).toEqual(['a', 'b']);
  });

  it('ranks one or two typed letters: name start, alias start, word start, vendor word', () => {
    const results = createCatalogueSearch([
      { kind: 'product', id: 'vendor', name: 'Alpha', aliases: [], vendor: 'Mo Corp', category: 'c', categories: [] },
      { kind: 'product', id: 'word', name: 'Big Mo', aliases: [], vendor: 'X', category: 'c', categories: [] },
      { kind: 'product', id: 'alias', name: 'Gamma', aliases: ['Mobile'], vendor: 'X', category: 'c', categories: [] },
      { kind: 'product', id: 'name', name: 'Modern', aliases: [], vendor: 'X', category: 'c', categories: [] },
      { kind: 'product', id: 'none', name: 'Lemon', aliases: [], vendor: 'X', category: 'c', categories: [] },
    ]).search('mo');
    expect(results.map((result) => result.id)).toEqual(['name', 'alias', 'word', 'vendor']);
  });

  it('returns kind, vendor, category and a score, and respects the limit', () => {
    const results = fixtureRepository().search('o', 3);
    expect(results).toHaveLength(3);
    expect(fixtureRepository().search('libreoffice')[0]).toEqual({
      kind: 'alternative', id: 'libreoffice', name: 'LibreOffice', vendor: 'The Document Foundation', category: 'office-suite', score: 0,
    });
  });

  it('cuts very long queries instead of failing', () => {
    expect(() => fixtureRepository().search('x'.repeat(500))).not.toThrow();
  });
});
