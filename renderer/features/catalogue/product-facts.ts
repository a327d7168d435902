import type { ProductDetail } from '../../../electron/shared/catalogue';
import { europeText, ownerText, type FactRow } from './fact-row';
import { sourceFor } from './fact-sources';
import type { FactText } from './fact-text';

/** The facts of a product page, each with the source that backs it. */
export function productFacts(product: ProductDetail, text: FactText, categoryName: (id: string) => string): FactRow[] {
  const vendor = product.vendorOrganisation;
  const jurisdiction = product.jurisdictionNote ?? vendor.jurisdictionNote;
  return [
    { key: 'vendor', text: product.vendor, source: sourceFor(['vendor'], product.sources) },
    { key: 'country', text: text.country(vendor.country), source: sourceFor(['country'], vendor.sources, product.sources) },
    { key: 'ownerCountry', text: ownerText(vendor.ownerCountry, vendor.ownerNote, text), source: sourceFor(['owner_country'], vendor.sources, product.sources) },
    { key: 'europe', text: europeText(vendor, text), source: sourceFor(['country'], vendor.sources, product.sources) },
    {
      key: 'jurisdiction',
      text: jurisdiction ?? text.phrase('value.noJurisdictionNote'),
      source: jurisdiction ? sourceFor(['jurisdiction'], product.sources, vendor.sources) : null,
    },
    { key: 'kind', text: text.term('productKind', product.kind), source: 'classification' },
    { key: 'categories', text: text.list(product.categories.map(categoryName)), source: 'classification' },
    { key: 'dataLocation', text: text.term('dataLocation', product.dataLocation), source: sourceFor(['data_location'], product.sources) },
    {
      key: 'eol',
      text: product.eolDate ? text.date(product.eolDate) : text.phrase('value.noEol'),
      source: product.eolDate ? sourceFor(['eol'], product.sources) : null,
    },
  ];
}
