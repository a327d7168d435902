import type { AlternativeDetail, ProductAlternative } from '../../../electron/shared/catalogue';
import { certificationText, europeText, hostingText, licenceText, ownerText } from './fact-row';
import { relationSource, sourceFor, type Citation } from './fact-sources';
import type { FactText } from './fact-text';

/** One alternative of a product, with its full details once they are loaded (hosting offers, certifications, flags). */
export interface ComparisonColumn {
  entry: ProductAlternative;
  detail?: AlternativeDetail;
}

export interface ComparisonCell {
  text: string;
  source: Citation | null;
}

export interface ComparisonRow {
  /** Also the label key: catalogue.fact.<key>. */
  key: string;
  cells: ComparisonCell[];
}

type CellBuilder = (column: ComparisonColumn, text: FactText) => ComparisonCell;

const relationText = (value: string | null, column: ComparisonColumn, text: FactText): ComparisonCell =>
  (value ? { text: value, source: relationSource(['fit'], column.entry.relation.sources) } : { text: text.phrase('value.notStated'), source: null });

/** The rows of the side-by-side table, in reading order: who makes it, what it is, how well it replaces the product. */
const ROWS: ReadonlyArray<[string, CellBuilder]> = [
  ['vendor', ({ entry }) => ({ text: entry.alternative.vendor, source: sourceFor(['vendor'], entry.alternativeSources) })],
  ['country', ({ entry }, text) => ({
    text: text.country(entry.alternative.country), source: sourceFor(['country'], entry.vendorSources, entry.alternativeSources),
  })],
  ['ownerCountry', ({ entry, detail }, text) => ({
    text: ownerText(entry.alternative.ownerCountry, detail?.vendorOrganisation.ownerNote ?? null, text),
    source: sourceFor(['owner_country'], entry.vendorSources, entry.alternativeSources),
  })],
  ['europe', ({ entry }, text) => ({
    text: europeText(entry.alternative, text), source: sourceFor(['country'], entry.vendorSources, entry.alternativeSources),
  })],
  ['openSource', ({ entry }, text) => ({
    text: licenceText(entry.alternative.openSource, entry.alternative.licence, text),
    source: sourceFor(['licence', 'open_source'], entry.alternativeSources),
  })],
  ['selfHostable', ({ entry }, text) => ({
    text: text.term('selfHostable', entry.alternative.selfHostable), source: sourceFor(['self_hostable'], entry.alternativeSources),
  })],
  ['euHosting', ({ entry, detail }, text) => ({
    text: hostingText(entry.alternative.euHosting, detail?.hostingOffers, text), source: sourceFor(['eu_hosting'], entry.alternativeSources),
  })],
  ['platforms', ({ entry }, text) => ({
    text: text.list(entry.alternative.platforms.map((platform) => text.term('platform', platform))),
    source: sourceFor(['platforms'], entry.alternativeSources),
  })],
  ['pricing', ({ entry }, text) => ({
    text: text.term('pricing', entry.alternative.pricing), source: sourceFor(['pricing'], entry.alternativeSources),
  })],
  ['certifications', ({ entry, detail }, text) => ({
    text: certificationText(entry.alternative.certifications, detail?.certificationList, text),
    source: sourceFor(['certifications'], entry.alternativeSources),
  })],
  ['fit', ({ entry }, text) => ({
    text: text.term('fit', entry.relation.fit), source: relationSource(['fit'], entry.relation.sources),
  })],
  ['effort', ({ entry }, text) => ({
    text: text.term('effort', entry.relation.effort), source: relationSource(['steps', 'fit'], entry.relation.sources),
  })],
  ['gained', (column, text) => relationText(column.entry.relation.gained, column, text)],
  ['lost', (column, text) => relationText(column.entry.relation.lost, column, text)],
  ['interop', (column, text) => relationText(column.entry.relation.interop, column, text)],
];

export const COMPARISON_KEYS: readonly string[] = ROWS.map(([key]) => key);

/** Rows = facts, one cell per alternative, each cell with the source that backs it. */
export function comparisonRows(columns: readonly ComparisonColumn[], text: FactText): ComparisonRow[] {
  return ROWS.map(([key, build]) => ({ key, cells: columns.map((column) => build(column, text)) }));
}
