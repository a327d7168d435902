import type { AlternativeSummary, ProductDetail, RelationRecord, StepTemplateRecord } from '../../../../electron/core/catalogue/types';
import type { PlanCatalogue } from '../../../../electron/core/planning/plan-inputs';

const source = { url: 'https://example.org/source', verifiedOn: '2026-11-27', kind: 'vendor', covers: ['steps'] };

export function alternative(id: string, extra: Partial<AlternativeSummary> = {}): AlternativeSummary {
  return {
    id, name: id, vendor: `${id} vendor`, vendorId: `${id}-org`, country: 'DE', ownerCountry: 'DE', inEu: true, inEurope: true, kind: 'desktop-app',
    categoryId: 'office-docs', openSource: 'yes', licence: 'MPL-2.0', selfHostable: 'not-applicable', euHosting: 'unknown', certifications: 'unknown',
    platforms: ['windows', 'macos', 'linux'], pricing: 'free', tags: [], website: 'https://example.org', eolDate: null, sourceUrl: source.url, verifiedOn: source.verifiedOn,
    ...extra,
  };
}

export function relation(productId: string, alternativeId: string, steps: string[], extra: Partial<RelationRecord> = {}): RelationRecord {
  return { productId, alternativeId, fit: 'partial', effort: 'M', gained: null, lost: null, interop: null, steps, sources: [source], ...extra };
}

export function template(id: string, extra: Partial<StepTemplateRecord> = {}): StepTemplateRecord {
  return {
    id, phase: 'migrate', titleEn: `Do ${id}`, titleDe: `Mache ${id}`, detailEn: null, detailDe: null, ownerRole: 'it-admin', appliesIf: null,
    quantityFact: null, effort: { baseH: 2, perUnitH: 0 }, risk: { likelihood: 2, impact: 3 }, dependsOn: [], dedupeKey: null, sources: [source], ...extra,
  };
}

export function product(id: string, alternatives: Array<{ alt: AlternativeSummary; rel: RelationRecord }>, extra: Partial<ProductDetail> = {}): ProductDetail {
  return {
    id, name: id, vendor: 'Microsoft', vendorId: 'microsoft', country: 'US', ownerCountry: 'US', kind: 'desktop-app', categoryId: 'office-docs', categories: ['office-docs'],
    dataLocation: 'local', jurisdictionNote: null, c2rApp: null, eolDate: null, website: null, sourceUrl: source.url, verifiedOn: source.verifiedOn,
    aliases: [], identifiers: [], flags: [], sources: [source], partOf: [], members: [],
    vendorOrganisation: { id: 'microsoft', name: 'Microsoft', kind: 'company', country: 'US', ownerCountry: 'US', ownerNote: null, inEu: false, inEurope: false, website: null, jurisdictionNote: null, sourceUrl: source.url, verifiedOn: source.verifiedOn, sources: [] },
    alternatives: alternatives.map(({ alt, rel }) => ({ relation: rel, alternative: alt, alternativeSources: [], vendorSources: [] })),
    ...extra,
  };
}

export function fakeCatalogue(products: ProductDetail[], templates: StepTemplateRecord[]): PlanCatalogue {
  const byId = new Map(products.map((p) => [p.id, p]));
  return {
    getProduct: (id) => byId.get(id), listStepTemplates: () => templates, stats: () => ({ buildId: 'test-build', buildDate: '2026-11-27' }),
    listCategories: () => [{ id: 'office-docs', nameEn: 'Documents', nameDe: 'Dokumente' }],
  };
}
