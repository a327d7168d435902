import { describe, expect, it } from 'vitest';
import { ALTERNATIVE, ORGANISATION, PRODUCT } from '../../../../data/schema/source-schema';
import { alternativeFacts, organisationFacts, productFacts } from '../../../../data/build/stated-facts';

const SOURCE = { url: 'https://example.org/', verified_on: '2026-11-01', covers: ['vendor'] };

describe('stated facts', () => {
  it('asks nothing for facts written as unknown', () => {
    const org = ORGANISATION.parse({ id: 'o1', name: 'O', country: 'unknown', owner_country: 'unknown', kind: 'company', sources: [SOURCE] });
    expect(organisationFacts(org)).toEqual([]);
  });

  it('asks for the owner and jurisdiction when they are stated', () => {
    const org = ORGANISATION.parse({ id: 'o1', name: 'O', country: 'NL', owner_country: 'IT', kind: 'company', jurisdiction_note: 'x', sources: [SOURCE] });
    expect(organisationFacts(org)).toEqual(['country', 'owner_country', 'jurisdiction']);
  });

  it('asks a product for its vendor, identifiers and end of life', () => {
    const product = PRODUCT.parse({
      id: 'p1', name: 'P', vendor: 'o1', kind: 'saas', category: 'c1', data_location: 'unknown', eol_date: '2026-10-13',
      identifiers: [{ scheme: 'exe', value: 'p.exe' }], sources: [SOURCE],
    });
    expect(productFacts(product)).toEqual(['vendor', 'identifiers', 'eol']);
  });

  it('asks an alternative for each stated fact, and nothing for self-hosting of a desktop app', () => {
    const alternative = ALTERNATIVE.parse({
      id: 'a1', name: 'A', vendor: 'o1', kind: 'desktop-app', category: 'c1', open_source: 'yes', licence: 'MPL-2.0',
      self_hostable: 'not-applicable', eu_hosting: [], platforms: ['linux'], pricing: 'free',
      certifications: [{ scheme: 'ISO 27001', source_url: 'https://example.org/iso' }], website: 'https://example.org/',
      sources: [SOURCE],
    });
    expect(alternativeFacts(alternative)).toEqual(['vendor', 'platforms', 'open_source', 'licence', 'pricing', 'certifications']);
  });
});
