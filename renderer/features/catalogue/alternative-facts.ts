import type { AlternativeDetail } from '../../../electron/shared/catalogue';
import { europeText, licenceText, ownerText, type FactRow } from './fact-row';
import { sourceFor } from './fact-sources';
import type { FactText } from './fact-text';

/** The facts of an alternative page, each with the source that backs it. */
export function alternativeFacts(alternative: AlternativeDetail, text: FactText, categoryName: (id: string) => string): FactRow[] {
  const vendor = alternative.vendorOrganisation;
  const own = alternative.sources;
  const rows: FactRow[] = [
    { key: 'vendor', text: alternative.vendor, source: sourceFor(['vendor'], own) },
    { key: 'country', text: text.country(vendor.country), source: sourceFor(['country'], vendor.sources, own) },
    { key: 'ownerCountry', text: ownerText(vendor.ownerCountry, vendor.ownerNote, text), source: sourceFor(['owner_country'], vendor.sources, own) },
    { key: 'europe', text: europeText(vendor, text), source: sourceFor(['country'], vendor.sources, own) },
  ];
  if (vendor.jurisdictionNote) {
    rows.push({ key: 'jurisdiction', text: vendor.jurisdictionNote, source: sourceFor(['jurisdiction'], vendor.sources, own) });
  }
  rows.push(
    { key: 'kind', text: text.term('alternativeKind', alternative.kind), source: 'classification' },
    { key: 'categories', text: text.list(alternative.categories.map(categoryName)), source: 'classification' },
    { key: 'openSource', text: licenceText(alternative.openSource, alternative.licence, text), source: sourceFor(['licence', 'open_source'], own) },
    { key: 'selfHostable', text: text.term('selfHostable', alternative.selfHostable), source: sourceFor(['self_hostable'], own) },
    { key: 'platforms', text: text.list(alternative.platforms.map((platform) => text.term('platform', platform))), source: sourceFor(['platforms'], own) },
    { key: 'pricing', text: text.term('pricing', alternative.pricing), source: sourceFor(['pricing'], own) },
  );
  if (alternative.eolDate) rows.push({ key: 'eol', text: text.date(alternative.eolDate), source: sourceFor(['eol'], own) });
  return rows;
}
