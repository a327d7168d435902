import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/features/catalogue/i18n/en.json';
import { alternativeFacts } from '../../../../renderer/features/catalogue/alternative-facts';
import { COMPARISON_KEYS } from '../../../../renderer/features/catalogue/comparison';
import { productFacts } from '../../../../renderer/features/catalogue/product-facts';
import { ALTERNATIVE, FORMAT_SUPPORT, PLATFORM, PRODUCT, RELATION, SOURCE } from '../../../../data/schema/source-schema';
import { detail, englishText, organisation, product } from './builders';

/** Labels are looked up from computed keys (catalogue.fact.<row key>), which the i18n key test cannot see. */
describe('catalogue strings', () => {
  const text = englishText();
  const labels = new Set(Object.keys(en.fact));

  it('has a label for every row the pages and the side-by-side table build', () => {
    const full = detail({ eolDate: '2027-01-01', vendorOrganisation: organisation({ jurisdictionNote: 'note' }) });
    const keys = [
      ...COMPARISON_KEYS, 'flags',
      ...productFacts(product({ eolDate: '2027-01-01' }), text, (id) => id).map((row) => row.key),
      ...alternativeFacts(full, text, (id) => id).map((row) => row.key),
    ];
    for (const key of keys) expect(labels.has(key), key).toBe(true);
  });

  it('puts every value of the catalogue schema enumerations into words', () => {
    const flag = PRODUCT.shape.flags.unwrap().element.shape;
    const schema: Record<string, readonly string[]> = {
      openSource: ALTERNATIVE.shape.open_source.options,
      selfHostable: ALTERNATIVE.shape.self_hostable.options,
      pricing: ALTERNATIVE.shape.pricing.options,
      alternativeKind: ALTERNATIVE.shape.kind.options,
      productKind: PRODUCT.shape.kind.options,
      dataLocation: PRODUCT.shape.data_location.options,
      fit: RELATION.shape.fit.options,
      effort: RELATION.shape.effort.options,
      platform: PLATFORM.options,
      flagKind: flag.kind.options,
      severity: flag.severity.options,
      fidelity: FORMAT_SUPPORT.shape.fidelity.unwrap().options,
      sourceKind: SOURCE.shape.kind.unwrap().options,
    };
    const terms = en.terms as Record<string, Record<string, string>>;
    for (const [group, values] of Object.entries(schema)) expect(Object.keys(terms[group]!).sort(), group).toEqual([...values].sort());
  });
});
