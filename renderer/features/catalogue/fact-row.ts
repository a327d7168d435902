import type { CertificationRecord, HostingOfferRecord, OrganisationRecord } from '../../../electron/shared/catalogue';
import type { Citation } from './fact-sources';
import type { FactText } from './fact-text';

/**
 * One fact as a page shows it. `source` is the citation, null when no source covers the fact, or
 * 'classification' for the catalogue's own sorting of an entry (its kind, its categories), which no vendor states.
 */
export interface FactRow {
  /** Also the label key: catalogue.fact.<key>. */
  key: string;
  text: string;
  source: Citation | null | 'classification';
}

/** Where the vendor sits relative to the EU, in words, so that nobody has to read it from a colour. */
export function europeText(organisation: Pick<OrganisationRecord, 'inEu' | 'inEurope'>, text: FactText): string {
  if (organisation.inEu) return text.phrase('value.inEu');
  return organisation.inEurope ? text.phrase('value.inEurope') : text.phrase('value.outsideEurope');
}

export function ownerText(ownerCountry: string, ownerNote: string | null, text: FactText): string {
  const country = text.country(ownerCountry);
  return ownerNote ? `${country} — ${ownerNote}` : country;
}

export function licenceText(openSource: string, licence: string, text: FactText): string {
  const known = licence && licence !== 'unknown';
  return known ? `${text.term('openSource', openSource)} (${licence})` : text.term('openSource', openSource);
}

/** EU hosting offers by provider and country when the details are loaded; otherwise what the summary knows. */
export function hostingText(euHosting: string, offers: readonly HostingOfferRecord[] | undefined, text: FactText): string {
  if (euHosting === 'listed' && offers?.length) return text.list(offers.map((offer) => `${offer.provider} (${offer.country})`));
  return text.term('euHosting', euHosting);
}

export function certificationText(summary: string, list: readonly CertificationRecord[] | undefined, text: FactText): string {
  if (summary === 'listed' && list?.length) {
    return text.list(list.map((certification) => (certification.scope ? `${certification.scheme} (${certification.scope})` : certification.scheme)));
  }
  return summary === 'unknown' ? text.phrase('value.unknown') : text.phrase('value.none');
}
