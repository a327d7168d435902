/** Small catalogue records for the row-builder tests, shaped like the repository's answers (see data/SCHEMA.md). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  AlternativeDetail, AlternativeSummary, OrganisationRecord, ProductAlternative, ProductDetail, SourceRecord,
} from '../../../../electron/shared/catalogue';
import { createFactText, type Translate } from '../../../../renderer/features/catalogue/fact-text';

export const source = (url: string, covers: string[], verifiedOn = '2026-11-01', kind = 'vendor'): SourceRecord => ({ url, verifiedOn, kind, covers });

export function organisation(overrides: Partial<OrganisationRecord> = {}): OrganisationRecord {
  return {
    id: 'acme', name: 'Acme GmbH', kind: 'company', country: 'DE', ownerCountry: 'DE', ownerNote: null, inEu: true, inEurope: true,
    website: 'https://acme.example/', jurisdictionNote: null, sourceUrl: 'https://acme.example/imprint', verifiedOn: '2026-10-02',
    sources: [source('https://acme.example/imprint', ['country', 'owner_country'], '2026-10-02')],
    ...overrides,
  };
}

export function summary(overrides: Partial<AlternativeSummary> = {}): AlternativeSummary {
  return {
    id: 'acme-office', name: 'Acme Office', vendor: 'Acme GmbH', vendorId: 'acme', country: 'DE', ownerCountry: 'DE', inEu: true, inEurope: true,
    kind: 'desktop-app', categoryId: 'office-documents', openSource: 'yes', licence: 'MPL-2.0', selfHostable: 'not-applicable', euHosting: 'none',
    certifications: 'unknown', platforms: ['linux', 'windows'], pricing: 'free', tags: [], website: 'https://acme.example/office',
    eolDate: null, sourceUrl: 'https://acme.example/office', verifiedOn: '2026-11-01',
    ...overrides,
  };
}

export function detail(overrides: Partial<AlternativeDetail> = {}): AlternativeDetail {
  return {
    ...summary(),
    categories: ['office-documents'], aliases: [], identifiers: [], hostingOffers: [], certificationList: [], formats: [], flags: [],
    sources: [
      source('https://acme.example/office', ['vendor', 'platforms', 'pricing', 'self_hostable', 'eu_hosting', 'certifications', 'formats']),
      source('https://code.acme.example/LICENSE', ['licence', 'open_source'], '2026-09-15', 'repo'),
    ],
    bundleOf: [], partOfBundles: [], vendorOrganisation: organisation(), replaces: [],
    ...overrides,
  };
}

export function productAlternative(overrides: { alternative?: Partial<AlternativeSummary>; relation?: Partial<ProductAlternative['relation']> } = {}): ProductAlternative {
  const alternative = summary(overrides.alternative);
  return {
    relation: {
      productId: 'big-writer', alternativeId: alternative.id, fit: 'partial', effort: 'M', gained: 'Open formats.', lost: null, interop: null,
      steps: [], sources: [source('https://forum.example/thread', ['fit', 'steps'], '2026-08-20', 'other')],
      ...overrides.relation,
    },
    alternative,
    alternativeSources: detail().sources,
    vendorSources: organisation().sources,
  };
}

export function product(overrides: Partial<ProductDetail> = {}): ProductDetail {
  return {
    id: 'big-writer', name: 'Big Writer', vendor: 'BigCorp Inc.', vendorId: 'bigcorp', country: 'US', ownerCountry: 'US', kind: 'desktop-app',
    categoryId: 'office-documents', categories: ['office-documents'], dataLocation: 'local-and-cloud', jurisdictionNote: null, c2rApp: null,
    eolDate: null, website: null, sourceUrl: 'https://bigcorp.example/writer', verifiedOn: '2026-11-01', aliases: [], identifiers: [], flags: [],
    sources: [source('https://bigcorp.example/writer', ['vendor', 'data_location'])],
    partOf: [], members: [],
    vendorOrganisation: organisation({
      id: 'bigcorp', name: 'BigCorp Inc.', country: 'US', ownerCountry: 'US', inEu: false, inEurope: false,
      jurisdictionNote: 'US CLOUD Act applies.',
      sources: [source('https://bigcorp.example/privacy', ['country', 'owner_country', 'jurisdiction'], '2026-07-07')],
    }),
    alternatives: [productAlternative()],
    ...overrides,
  };
}

/** English strings as the app has them, through the same createFactText the screens use. */
export function englishText() {
  const strings = flatten(JSON.parse(readCatalogueStrings()) as Record<string, unknown>, 'catalogue');
  const t: Translate = (key, options) => {
    const template = strings.get(key) ?? (options?.defaultValue as string | undefined) ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? ''));
  };
  return createFactText(t, 'en');
}

function readCatalogueStrings(): string {
  return readFileSync(path.resolve(__dirname, '../../../../renderer/features/catalogue/i18n/en.json'), 'utf8');
}
function flatten(value: Record<string, unknown>, prefix: string, out = new Map<string, string>()): Map<string, string> {
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string') out.set(`${prefix}.${key}`, child);
    else if (child && typeof child === 'object') flatten(child as Record<string, unknown>, `${prefix}.${key}`, out);
  }
  return out;
}
