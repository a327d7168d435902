import type { CatalogueStats, CategoryRecord, ProductDetail, StepTemplateRecord } from '../catalogue/types';

/** What planning reads from the catalogue: a slice of the repository, so tests can pass a small fake. */
export interface PlanCatalogue {
  getProduct(id: string): ProductDetail | undefined;
  listStepTemplates(): StepTemplateRecord[];
  stats(): Pick<CatalogueStats, 'buildId' | 'buildDate'>;
  listCategories(): Array<Pick<CategoryRecord, 'id' | 'nameEn' | 'nameDe'>>;
}

/** What planning reads from a finding (matching's Finding, or a fleet aggregate of findings). */
export interface FindingLike {
  kind: 'product' | 'alternative';
  catalogueId: string;
  name: string;
  category: string;
  vendor: string;
  usage: { lastUsed?: string; useCount?: number; running: boolean };
}
