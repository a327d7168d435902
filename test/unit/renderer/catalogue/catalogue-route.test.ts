import { describe, expect, it } from 'vitest';
import { alternativeHref, cataloguePageFromHash, productHref } from '../../../../renderer/features/catalogue/catalogue-route';

describe('catalogue pages from the hash', () => {
  it.each([
    ['#/catalogue', { page: 'browse' }],
    ['#/catalogue/', { page: 'browse' }],
    ['', { page: 'browse' }],
    ['#/catalogue/product/ms-word', { page: 'product', id: 'ms-word' }],
    ['#/catalogue/alternative/libreoffice-writer', { page: 'alternative', id: 'libreoffice-writer' }],
    ['#/catalogue/alternative/nextcloud-hub/', { page: 'alternative', id: 'nextcloud-hub' }],
    ['#catalogue/product/ms-word', { page: 'product', id: 'ms-word' }],
  ])('%s', (hash, page) => {
    expect(cataloguePageFromHash(hash)).toEqual(page);
  });

  it('falls back to search for unknown pages and ids the API would refuse', () => {
    for (const hash of ['#/catalogue/vendor/acme', '#/catalogue/product/', '#/catalogue/product/a%20b', '#/catalogue/product/%E0%A4%A', '#/catalogue/product/a/b']) {
      expect(cataloguePageFromHash(hash), hash).toEqual({ page: 'browse' });
    }
  });

  it('builds links that read back as the same page', () => {
    expect(cataloguePageFromHash(productHref('office-ltsc-2021'))).toEqual({ page: 'product', id: 'office-ltsc-2021' });
    expect(cataloguePageFromHash(alternativeHref('a.b:c|d'))).toEqual({ page: 'alternative', id: 'a.b:c|d' });
  });
});
