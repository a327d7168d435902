import { describe, expect, it } from 'vitest';
import type { AlternativeFilter } from '../../../../electron/core/catalogue/types';
import { useFixtureRepository } from './fixture-catalogue';

describe('catalogue repository', () => {
  const fixtureRepository = useFixtureRepository();

  it('returns stats with the build and counts', () => {
    expect(fixtureRepository().stats()).toMatchObject({
      dataLicence: 'CC-BY-4.0', schemaVersion: 1, buildDate: '2026-11-25',
      counts: { categories: 4, organisations: 7, products: 4, alternatives: 5, relations: 9, stepTemplates: 2, identifiers: 10 },
      europeanAlternatives: 4, openSourceAlternatives: 4, selfHostableAlternatives: 3,
    });
  });

  it('lists categories with entry counts, primary and additional', () => {
    expect(fixtureRepository().listCategories().map((c) => [c.id, c.parentId, c.products, c.alternatives])).toEqual([
      ['file-sync', null, 2, 2],
      ['office', null, 0, 0],
      ['office-suite', 'office', 1, 2],
      ['office-docs', 'office', 1, 3],
    ]);
  });

  it('shows a product with its vendor, suite, sources and alternatives side by side, European first', () => {
    const word = fixtureRepository().getProduct('ms-word');
    expect(word).toMatchObject({
      name: 'Microsoft Word', vendor: 'Microsoft Corporation', country: 'US', c2rApp: 'word', partOf: ['ms-365-apps'],
      vendorOrganisation: { jurisdictionNote: 'US CLOUD Act applies.', sources: [{ covers: ['country', 'owner_country', 'jurisdiction'] }] },
    });
    expect(word?.alternatives.map((item) => [item.alternative.id, item.alternative.inEurope, item.relation.fit])).toEqual([
      ['collabora-online', true, 'partial'], ['libreoffice', true, 'partial'], ['zoho-writer', false, 'partial'],
    ]);
    const libre = word?.alternatives.find((item) => item.alternative.id === 'libreoffice');
    expect(libre?.relation).toMatchObject({ lost: 'VBA macros need rewriting.', steps: ['inventory-templates', 'review-word-macros'], sources: [{ covers: ['fit', 'steps'] }] });
    expect(libre?.alternativeSources[0]?.covers).toContain('licence');
    expect(libre?.alternative).toMatchObject({ sourceUrl: 'https://www.libreoffice.org/about-us/licenses/', verifiedOn: '2026-11-20' });
    expect(libre?.vendorSources[0]).toMatchObject({ kind: 'register', covers: ['country', 'owner_country'] });
    expect(fixtureRepository().getProduct('ms-365-apps')?.members).toEqual(['ms-onedrive', 'ms-word']);
    expect(fixtureRepository().getProduct('no-such-product')).toBeUndefined();
  });

  it('shows an alternative with hosting, certifications, formats, bundles and what it replaces', () => {
    expect(fixtureRepository().getAlternative('collabora-online')).toMatchObject({
      country: 'GB', inEu: false, inEurope: true, euHosting: 'listed', platforms: ['linux', 'web'],
      hostingOffers: [{ provider: 'Example Hosting GmbH', country: 'DE' }],
      certificationList: [{ scheme: 'ISO 27001', scope: 'hosting' }], partOfBundles: ['opendesk'],
      replaces: [{ productId: 'ms-word', fit: 'partial', effort: 'M' }],
    });
    expect(fixtureRepository().getAlternative('libreoffice')?.formats).toEqual([
      { format: 'odt', read: true, write: true, fidelity: 'native' }, { format: 'docx', read: true, write: true, fidelity: 'high' },
    ]);
    expect(fixtureRepository().getAlternative('opendesk')?.bundleOf).toEqual(['collabora-online', 'nextcloud-files']);
    expect(fixtureRepository().getAlternative('ms-word')).toBeUndefined();
  });

  it.each<[string, AlternativeFilter, string[]]>([
    ['no filter', {}, ['collabora-online', 'libreoffice', 'nextcloud-files', 'opendesk', 'zoho-writer']],
    ['category, primary or additional', { category: 'office-docs' }, ['collabora-online', 'libreoffice', 'zoho-writer']],
    ['country, any case', { country: 'de' }, ['libreoffice', 'nextcloud-files', 'opendesk']],
    ['EU vendors leave out GB', { eu: true }, ['libreoffice', 'nextcloud-files', 'opendesk']],
    ['European vendors include GB', { europe: true }, ['collabora-online', 'libreoffice', 'nextcloud-files', 'opendesk']],
    ['not European', { europe: false }, ['zoho-writer']],
    ['open source', { openSource: true }, ['collabora-online', 'libreoffice', 'nextcloud-files', 'opendesk']],
    ['self-hostable', { selfHostable: true }, ['collabora-online', 'nextcloud-files', 'opendesk']],
    ['EU hosting listed', { euHosting: true }, ['collabora-online']],
    ['platform', { platform: 'android' }, ['nextcloud-files']],
    ['certification substring', { certification: '27001' }, ['collabora-online']],
    ['LIKE wildcards are literal', { certification: '%' }, []],
    ['criteria combine', { europe: true, platform: 'windows', category: 'office-suite' }, ['libreoffice']],
  ])('filters alternatives: %s', (_name, filter, ids) => {
    expect(fixtureRepository().filterAlternatives(filter).map((alternative) => alternative.id)).toEqual(ids);
  });

  it('lists step templates and relations for planning', () => {
    expect(fixtureRepository().listStepTemplates().find((step) => step.id === 'review-word-macros')).toMatchObject({
      phase: 'prepare', ownerRole: 'developer', appliesIf: 'macro_files > 0', quantityFact: 'macro_files',
      effort: { baseH: 4, perUnitH: 0.5 }, risk: { likelihood: 3, impact: 4 }, dependsOn: ['inventory-templates'], dedupeKey: 'macros',
    });
    expect(fixtureRepository().listRelations()).toHaveLength(9);
    expect(fixtureRepository().listRelations()[0]).toMatchObject({ productId: 'dropbox', alternativeId: 'nextcloud-files', fit: 'drop-in', steps: [] });
  });

  it('lists matchable entries for the matching engine', () => {
    const entries = fixtureRepository().listMatchables();
    expect(entries).toHaveLength(9);
    expect(entries.find((entry) => entry.id === 'ms-word')).toEqual({
      kind: 'product', id: 'ms-word', name: 'Microsoft Word', vendor: 'Microsoft Corporation', category: 'office-docs',
      aliases: ['Winword', 'Word'],
      identifiers: [{ scheme: 'bundle_id', value: 'com.microsoft.Word', platform: 'macos' }, { scheme: 'exe', value: 'WINWORD.EXE', platform: 'windows' }],
      partOf: ['ms-365-apps'], members: [], c2rApp: 'word',
    });
    expect(entries.find((entry) => entry.id === 'collabora-online')).toMatchObject({ kind: 'alternative', partOf: ['opendesk'], members: [], identifiers: [] });
    expect(entries.find((entry) => entry.id === 'opendesk')?.members).toEqual(['collabora-online', 'nextcloud-files']);
  });
});
