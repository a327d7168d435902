import { describe, expect, it } from 'vitest';
import { productFacts } from '../../../../renderer/features/catalogue/product-facts';
import { englishText, product, source } from './builders';

const byKey = (rows: ReturnType<typeof productFacts>) => new Map(rows.map((row) => [row.key, row]));

describe('productFacts', () => {
  const text = englishText();
  const categoryName = (id: string) => (id === 'office-documents' ? 'Documents' : id);

  it('cites each fact from the source that covers it: vendor facts from the vendor organisation', () => {
    const rows = byKey(productFacts(product(), text, categoryName));
    expect(rows.get('vendor')).toMatchObject({ text: 'BigCorp Inc.', source: { url: 'https://bigcorp.example/writer' } });
    expect(rows.get('country')).toMatchObject({ text: 'United States (US)', source: { url: 'https://bigcorp.example/privacy', verifiedOn: '2026-07-07' } });
    expect(rows.get('europe')).toMatchObject({ text: 'Outside Europe' });
    expect(rows.get('jurisdiction')).toMatchObject({ text: 'US CLOUD Act applies.', source: { url: 'https://bigcorp.example/privacy' } });
    expect(rows.get('dataLocation')).toMatchObject({ text: "on the device and in the vendor's cloud", source: { url: 'https://bigcorp.example/writer' } });
    expect(rows.get('categories')).toEqual({ key: 'categories', text: 'Documents', source: 'classification' });
  });

  it("prefers the product's own jurisdiction note over the vendor's", () => {
    const rows = byKey(productFacts(product({
      jurisdictionNote: 'EU data boundary offered.',
      sources: [source('https://bigcorp.example/writer', ['vendor', 'data_location', 'jurisdiction'])],
    }), text, categoryName));
    expect(rows.get('jurisdiction')).toMatchObject({ text: 'EU data boundary offered.', source: { url: 'https://bigcorp.example/writer' } });
  });

  it('states an end of life with its source, and its absence without one', () => {
    expect(byKey(productFacts(product(), text, categoryName)).get('eol')).toMatchObject({ text: 'No end of life announced', source: null });
    const ending = product({ eolDate: '2026-10-13', sources: [source('https://bigcorp.example/lifecycle', ['vendor', 'data_location', 'eol'])] });
    expect(byKey(productFacts(ending, text, categoryName)).get('eol')).toMatchObject({ text: 'Oct 13, 2026', source: { url: 'https://bigcorp.example/lifecycle' } });
  });
});
