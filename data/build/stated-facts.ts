/**
 * Which facts an entry states, so the build can demand a source (`sources[].covers`) for each one.
 * A value of 'unknown' states nothing and needs no source. Flags are left out on purpose: each flag carries its own
 * source_url in the schema. Certifications are kept although each has a source_url too, because the schema's honesty
 * rule asks for a verification date on them, and only `sources` has one. A product's 'jurisdiction' may also be covered
 * by its vendor's sources (validate-catalogue.ts), since the note restates the vendor's legal exposure.
 */
import type { Alternative, Fact, Organisation, Product } from '../schema/source-schema';

const known = (value: string | undefined): boolean => value !== undefined && value !== 'unknown';

export function organisationFacts(org: Organisation): Fact[] {
  const facts: Fact[] = [];
  if (known(org.country)) facts.push('country');
  if (known(org.owner_country)) facts.push('owner_country');
  if (org.jurisdiction_note) facts.push('jurisdiction');
  return facts;
}

export function productFacts(product: Product): Fact[] {
  const facts: Fact[] = ['vendor'];
  if (known(product.data_location)) facts.push('data_location');
  if (product.jurisdiction_note) facts.push('jurisdiction');
  if (product.identifiers.length > 0) facts.push('identifiers');
  if (product.eol_date) facts.push('eol');
  return facts;
}

export function alternativeFacts(alternative: Alternative): Fact[] {
  const facts: Fact[] = ['vendor', 'platforms'];
  if (known(alternative.open_source)) facts.push('open_source');
  if (known(alternative.licence)) facts.push('licence');
  // 'not-applicable' (a desktop app has no server) is a classification, not a claim about the vendor.
  if (known(alternative.self_hostable) && alternative.self_hostable !== 'not-applicable') facts.push('self_hostable');
  if (Array.isArray(alternative.eu_hosting) && alternative.eu_hosting.length > 0) facts.push('eu_hosting');
  if (known(alternative.pricing)) facts.push('pricing');
  if (Array.isArray(alternative.certifications) && alternative.certifications.length > 0) facts.push('certifications');
  if (alternative.formats.length > 0) facts.push('formats');
  if (alternative.identifiers.length > 0) facts.push('identifiers');
  if (alternative.eol_date) facts.push('eol');
  return facts;
}

/** A relation always states how well the alternative fits; its source is where that judgement comes from. */
export const RELATION_FACTS: readonly Fact[] = ['fit'];

/** A step template always states a migration step; its source is the guide or documentation it follows. */
export const STEP_TEMPLATE_FACTS: readonly Fact[] = ['steps'];
