/**
 * Pure: the parsed source files -> the merged catalogue model, or every cross-file error at once
 * (unique ids, resolvable references, compilable patterns, unclaimed identifiers, sourced facts,
 * enough European alternatives, acyclic dependencies).
 */
import { EUROPEAN_COUNTRIES } from '../../electron/core/catalogue/european-countries';
import type {
  Alternative, Category, Fact, Organisation, Product, Relation, SourceFile, StepTemplate,
} from '../schema/source-schema';
import { formatFieldPath, type BuildError, type FieldPath } from './build-error';
import type { ParsedSource } from './parse-source';
import {
  RELATION_FACTS, STEP_TEMPLATE_FACTS, alternativeFacts, organisationFacts, productFacts,
} from './stated-facts';

/** An entry together with where it was written, so every later error can point at it. */
export interface Located<T> {
  value: T;
  source: ParsedSource;
  path: FieldPath;
}

export interface CatalogueModel {
  categories: Located<Category>[];
  organisations: Located<Organisation>[];
  products: Located<Product>[];
  alternatives: Located<Alternative>[];
  relations: Located<Relation>[];
  stepTemplates: Located<StepTemplate>[];
}

export type ValidationResult = { ok: true; model: CatalogueModel } | { ok: false; errors: BuildError[] };

/** The rule every product must meet so that a user always gets a choice, and a European one. */
export const MIN_ALTERNATIVES_PER_PRODUCT = 2;
export const MIN_EUROPEAN_ALTERNATIVES_PER_PRODUCT = 1;

type ListKey = keyof SourceFile;
const KIND_NAMES: Record<ListKey, string> = {
  categories: 'category', organisations: 'organisation', products: 'product',
  alternatives: 'alternative', relations: 'relation', step_templates: 'step template',
};

function collect<K extends ListKey>(sources: ParsedSource[], key: K): Located<SourceFile[K][number]>[] {
  return sources.flatMap((source) =>
    (source.data[key] as SourceFile[K][number][]).map((value, index) => ({ value, source, path: [key, index] })));
}

function where(entry: Located<unknown>): string {
  return `${entry.source.file}:${entry.source.lineOf(entry.path)}`;
}

export function validateCatalogue(sources: ParsedSource[]): ValidationResult {
  const model: CatalogueModel = {
    categories: collect(sources, 'categories'),
    organisations: collect(sources, 'organisations'),
    products: collect(sources, 'products'),
    alternatives: collect(sources, 'alternatives'),
    relations: collect(sources, 'relations'),
    stepTemplates: collect(sources, 'step_templates'),
  };
  const errors: BuildError[] = [];
  const report = (entry: Located<unknown>, field: FieldPath, message: string): void => {
    const path = [...entry.path, ...field];
    errors.push({ file: entry.source.file, line: entry.source.lineOf(path), field: formatFieldPath(path), message });
  };

  // Unique ids across every kind: the app, the state database and the CLI address entries by id alone.
  const byId = new Map<string, { kind: string; entry: Located<{ id: string }> }>();
  const kinds: [ListKey, Located<{ id: string }>[]][] = [
    ['categories', model.categories], ['organisations', model.organisations], ['products', model.products],
    ['alternatives', model.alternatives], ['step_templates', model.stepTemplates],
  ];
  for (const [key, entries] of kinds) {
    for (const entry of entries) {
      const first = byId.get(entry.value.id);
      if (first) {
        report(entry, ['id'], `id '${entry.value.id}' is already used by the ${first.kind} at ${where(first.entry)}`);
      } else {
        byId.set(entry.value.id, { kind: KIND_NAMES[key], entry });
      }
    }
  }
  const idsOf = (entries: Located<{ id: string }>[]): Set<string> => new Set(entries.map((entry) => entry.value.id));
  const categoryIds = idsOf(model.categories);
  const organisationIds = idsOf(model.organisations);
  const productIds = idsOf(model.products);
  const alternativeIds = idsOf(model.alternatives);
  const stepIds = idsOf(model.stepTemplates);
  const checkRef = (entry: Located<unknown>, field: FieldPath, id: string | undefined, ids: Set<string>, kind: string): void => {
    if (id !== undefined && !ids.has(id)) report(entry, field, `no ${kind} with id '${id}'`);
  };
  const checkRefs = (entry: Located<unknown>, field: string, list: string[], ids: Set<string>, kind: string): void => {
    list.forEach((id, index) => checkRef(entry, [field, index], id, ids, kind));
  };

  for (const entry of model.categories) checkRef(entry, ['parent'], entry.value.parent, categoryIds, 'category');
  for (const entry of [...model.products, ...model.alternatives]) {
    checkRef(entry, ['vendor'], entry.value.vendor, organisationIds, 'organisation');
    checkRef(entry, ['category'], entry.value.category, categoryIds, 'category');
    checkRefs(entry, 'also_categories', entry.value.also_categories, categoryIds, 'category');
  }
  for (const entry of model.products) checkRefs(entry, 'part_of', entry.value.part_of, productIds, 'product');
  for (const entry of model.alternatives) checkRefs(entry, 'bundle_of', entry.value.bundle_of, alternativeIds, 'alternative');
  for (const entry of model.stepTemplates) checkRefs(entry, 'depends_on', entry.value.depends_on, stepIds, 'step template');
  const pairs = new Map<string, Located<Relation>>();
  for (const entry of model.relations) {
    checkRef(entry, ['product'], entry.value.product, productIds, 'product');
    checkRef(entry, ['alternative'], entry.value.alternative, alternativeIds, 'alternative');
    checkRefs(entry, 'steps', entry.value.steps, stepIds, 'step template');
    const key = `${entry.value.product}/${entry.value.alternative}`;
    const first = pairs.get(key);
    if (first) report(entry, [], `relation ${entry.value.product} -> ${entry.value.alternative} is already defined at ${where(first)}`);
    else pairs.set(key, entry);
  }

  checkIdentifiers(model, report);
  checkFactsCovered(model, report);
  checkAlternativesPerProduct(model, report);
  checkAcyclic(model.stepTemplates, (step) => step.depends_on, 'depends_on', report);
  checkAcyclic(model.categories, (category) => (category.parent ? [category.parent] : []), 'parent', report);

  return errors.length > 0 ? { ok: false, errors } : { ok: true, model };
}

type Report = (entry: Located<unknown>, field: FieldPath, message: string) => void;

function checkIdentifiers(model: CatalogueModel, report: Report): void {
  // Matching looks identifiers up case-insensitively; two entries claiming one would make a detection ambiguous.
  const claimed = new Map<string, Located<Product | Alternative>>();
  for (const entry of [...model.products, ...model.alternatives]) {
    entry.value.identifiers.forEach((identifier, index) => {
      if (identifier.scheme === 'display_name_pattern') {
        try {
          new RegExp(identifier.value, 'i');
        } catch (error) {
          report(entry, ['identifiers', index, 'value'], `pattern does not compile as a JavaScript regular expression: ${(error as Error).message}`);
        }
      }
      const key = `${identifier.scheme}\u0000${identifier.value.toLowerCase()}`;
      const owner = claimed.get(key);
      if (owner && owner.value.id !== entry.value.id) {
        report(entry, ['identifiers', index], `identifier ${identifier.scheme} '${identifier.value}' is already claimed by '${owner.value.id}' at ${where(owner)}`);
      } else if (!owner) {
        claimed.set(key, entry);
      }
    });
  }
}

function checkFactsCovered(model: CatalogueModel, report: Report): void {
  const check = (entry: Located<{ sources: { covers: Fact[] }[] }>, facts: readonly Fact[], inherited: readonly Fact[] = []): void => {
    const covered = new Set([...entry.value.sources.flatMap((source) => source.covers), ...inherited]);
    const missing = facts.filter((fact) => !covered.has(fact));
    if (missing.length > 0) {
      report(entry, ['sources'], `no source covers ${missing.map((fact) => `'${fact}'`).join(', ')}: add it to the covers list of the source that backs it`);
    }
  };
  for (const entry of model.organisations) check(entry, organisationFacts(entry.value));
  // A product's jurisdiction note restates its vendor's legal exposure (CLOUD Act, ...): the vendor's source backs it.
  const vendorJurisdiction = new Set(model.organisations
    .filter((org) => org.value.sources.some((source) => source.covers.includes('jurisdiction')))
    .map((org) => org.value.id));
  for (const entry of model.products) {
    check(entry, productFacts(entry.value), vendorJurisdiction.has(entry.value.vendor) ? ['jurisdiction'] : []);
  }
  for (const entry of model.alternatives) check(entry, alternativeFacts(entry.value));
  for (const entry of model.relations) check(entry, RELATION_FACTS);
  for (const entry of model.stepTemplates) check(entry, STEP_TEMPLATE_FACTS);
}

function checkAlternativesPerProduct(model: CatalogueModel, report: Report): void {
  const countryOf = new Map(model.organisations.map((entry) => [entry.value.id, entry.value.country]));
  const vendorOf = new Map(model.alternatives.map((entry) => [entry.value.id, entry.value.vendor]));
  const alternativesOf = new Map<string, Set<string>>();
  for (const { value } of model.relations) {
    if (!vendorOf.has(value.alternative)) continue; // reported as an unresolved reference
    alternativesOf.set(value.product, (alternativesOf.get(value.product) ?? new Set()).add(value.alternative));
  }
  for (const entry of model.products) {
    const alternatives = [...(alternativesOf.get(entry.value.id) ?? [])];
    const european = alternatives.filter((id) => EUROPEAN_COUNTRIES.has(countryOf.get(vendorOf.get(id) ?? '') ?? ''));
    if (alternatives.length < MIN_ALTERNATIVES_PER_PRODUCT) {
      report(entry, ['id'], `product '${entry.value.id}' has ${alternatives.length} alternative(s); it needs at least ${MIN_ALTERNATIVES_PER_PRODUCT} (add relations)`);
    }
    if (european.length < MIN_EUROPEAN_ALTERNATIVES_PER_PRODUCT) {
      report(entry, ['id'], `product '${entry.value.id}' has no alternative whose vendor is headquartered in Europe`);
    }
  }
}

/** A cycle would make the planner's topological order (depends_on) or the category tree (parent) undefined. */
function checkAcyclic<T extends { id: string }>(
  entries: Located<T>[], next: (value: T) => string[], field: string, report: Report,
): void {
  const byId = new Map(entries.map((entry) => [entry.value.id, entry]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (entry: Located<T>, trail: string[]): void => {
    state.set(entry.value.id, 'visiting');
    for (const id of next(entry.value)) {
      const target = byId.get(id);
      if (!target) continue;
      if (state.get(id) === 'visiting') {
        const walked = [...trail, entry.value.id];
        report(entry, [field], `cycle: ${[...walked.slice(walked.indexOf(id)), id].join(' -> ')}`);
      } else if (!state.has(id)) {
        visit(target, [...trail, entry.value.id]);
      }
    }
    state.set(entry.value.id, 'done');
  };
  for (const entry of entries) if (!state.has(entry.value.id)) visit(entry, []);
}
