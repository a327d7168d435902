/**
 * Assembles the switching checklist: for every proprietary product found, rank its alternatives by the
 * user's priorities (or take the user's pick), then take the migration steps of that (product → alternative)
 * pair, plus the cross-cutting steps every programme needs, evaluate their conditions on the evidence, size
 * them, merge duplicates and attach the user's tracking. Products unused for 90 days get one "uninstall" step
 * instead of a migration.
 */
import type { FindingLike, PlanCatalogue } from './plan-inputs';
import type { CandidateAlternative, Checklist, ChecklistItem, Phase, ProductPlan } from '../../shared/planning';
import { PHASES } from '../../shared/planning';
import type { StepTemplateRecord } from '../catalogue/types';
import type { ItemProgress } from '../store/checklist-progress';
import { conditionFacts, evaluateCondition, type FactValue } from './condition';
import type { Priorities } from './priorities';
import { rankAlternatives } from './rank';
import { riskLevel, sizeStep } from './sizing';
import { summariseSovereignty } from './sovereignty';

/** A product not used for this long is uninstalled rather than migrated (issue #6). */
export const UNUSED_DAYS = 90;
/** Cross-cutting step templates live in data/sources/cross-cutting.yaml with ids under this prefix. */
export const CROSS_CUTTING_PREFIX = 'cross.';

export interface PlanInput {
  scope: string;
  lang: 'en' | 'de';
  now: Date;
  scanDate: string;
  findings: readonly FindingLike[];
  catalogue: PlanCatalogue;
  facts: ReadonlyMap<string, FactValue>;
  priorities: Priorities;
  choices: ReadonlyMap<string, string>;
  progress: ReadonlyMap<string, ItemProgress>;
  platforms: readonly string[];
  hostsByProduct?: ReadonlyMap<string, { installed: number; used90: number; total: number }>;
}

const text = (lang: 'en' | 'de', en: string, de: string) => (lang === 'de' ? de : en);

function isUnused(finding: FindingLike, scanDate: string): boolean {
  if (finding.usage.running) return false;
  if (!finding.usage.lastUsed) return false;
  const age = (Date.parse(scanDate) - Date.parse(finding.usage.lastUsed)) / 86_400_000;
  return age > UNUSED_DAYS;
}

export function assembleChecklist(input: PlanInput): Checklist {
  const { lang, facts } = input;
  const templates = new Map(input.catalogue.listStepTemplates().map((t) => [t.id, t]));
  const items = new Map<string, ChecklistItem>();
  const products: ProductPlan[] = [];
  const productFindings = input.findings.filter((f) => f.kind === 'product');
  const present = new Set(productFindings.map((f) => f.catalogueId));

  const addStep = (template: StepTemplateRecord, product: ProductPlan | null, key: string): ChecklistItem | undefined => {
    let truth: ReturnType<typeof evaluateCondition>;
    try {
      truth = evaluateCondition(template.appliesIf, facts);
    } catch {
      truth = 'unknown';
    }
    if (truth === false) return undefined;
    const sizing = sizeStep(template, facts, lang);
    const verifyFacts = truth === 'unknown' ? conditionFacts(template.appliesIf).filter((f) => !facts.has(f)) : [];
    const existing = items.get(key);
    if (existing) return existing;
    const saved = input.progress.get(key);
    const item: ChecklistItem = {
      key, templateId: template.id, phase: (PHASES as readonly string[]).includes(template.phase) ? (template.phase as Phase) : 'prepare',
      title: lang === 'de' ? template.titleDe : template.titleEn,
      detail: lang === 'de' ? template.detailDe ?? template.detailEn : template.detailEn,
      ownerRole: template.ownerRole, productId: product?.productId ?? null, productName: product?.productName ?? null,
      alternativeId: product?.chosen?.id ?? null, alternativeName: product?.chosen?.name ?? null, crossCutting: product === null,
      effortHours: sizing.effortHours, risk: sizing.risk,
      reasoning: [...sizing.reasoning, ...(verifyFacts.length ? [text(lang, `verify: the scan could not establish ${verifyFacts.join(', ')}`, `prüfen: der Scan konnte ${verifyFacts.join(', ')} nicht feststellen`)] : [])],
      verify: truth === 'unknown' || sizing.unknownQuantity !== null, verifyFacts: sizing.unknownQuantity ? [...verifyFacts, sizing.unknownQuantity] : verifyFacts,
      dependsOn: template.dependsOn, sources: template.sources.map((s) => ({ url: s.url, verifiedOn: s.verifiedOn })),
      status: saved?.status ?? 'todo', owner: saved?.owner ?? '', dueDate: saved?.dueDate ?? null, notes: saved?.notes ?? '',
    };
    items.set(key, item);
    return item;
  };

  for (const finding of productFindings) {
    const detail = input.catalogue.getProduct(finding.catalogueId);
    if (!detail) continue;
    // A suite whose members are planned one by one would be planned twice.
    if (detail.members.some((member) => present.has(member))) continue;
    const ranked = rankAlternatives(
      detail.alternatives.map((a) => ({ alternative: a.alternative, relation: a.relation })),
      input.priorities, { platforms: input.platforms, lang },
    );
    const candidates: CandidateAlternative[] = ranked.map((r) => ({
      id: r.alternative.id, name: r.alternative.name, vendor: r.alternative.vendor, country: r.alternative.country, ownerCountry: r.alternative.ownerCountry,
      inEu: r.alternative.inEu, inEurope: r.alternative.inEurope, openSource: r.alternative.openSource, licence: r.alternative.licence,
      selfHostable: r.alternative.selfHostable, euHosting: r.alternative.euHosting, fit: r.relation.fit, effort: r.relation.effort,
      score: r.score, reasons: r.reasons, gained: r.relation.gained, lost: r.relation.lost,
    }));
    const picked = input.choices.get(finding.catalogueId);
    const chosen = candidates.find((c) => c.id === picked) ?? candidates[0] ?? null;
    const unused = isUnused(finding, input.scanDate);
    const plan: ProductPlan = {
      productId: detail.id, productName: detail.name, vendor: detail.vendor, vendorCountry: detail.country, ownerCountry: detail.ownerCountry,
      category: detail.categoryId, dataLocation: detail.dataLocation, lastUsed: finding.usage.lastUsed ?? null,
      usageKnown: finding.usage.lastUsed !== undefined || finding.usage.useCount !== undefined || finding.usage.running,
      hosts: input.hostsByProduct?.get(detail.id), decision: unused ? 'uninstall' : chosen ? 'migrate' : 'no-alternative',
      chosen: unused ? null : chosen, chosenByUser: !unused && picked !== undefined && chosen?.id === picked, candidates,
      effortHours: 0, riskScore: 0, reasoning: [], eolDate: detail.eolDate,
    };
    if (unused) {
      plan.reasoning.push(text(lang, `not used since ${plan.lastUsed?.slice(0, 10)}: uninstall, no migration needed`, `seit ${plan.lastUsed?.slice(0, 10)} nicht genutzt: deinstallieren, keine Migration nötig`));
      const key = `uninstall|${detail.id}`;
      const saved = input.progress.get(key);
      items.set(key, {
        key, templateId: 'uninstall-unused', phase: 'decommission',
        title: text(lang, `Uninstall ${detail.name}: not used for ${UNUSED_DAYS} days, no migration needed`, `${detail.name} deinstallieren: seit ${UNUSED_DAYS} Tagen nicht genutzt, keine Migration nötig`),
        detail: null, ownerRole: 'it-admin', productId: detail.id, productName: detail.name, alternativeId: null, alternativeName: null,
        crossCutting: false, effortHours: 0.5, risk: { likelihood: 1, impact: 1, score: 1, level: 'low' },
        reasoning: [...plan.reasoning], verify: false, verifyFacts: [], dependsOn: [], sources: [],
        status: saved?.status ?? 'todo', owner: saved?.owner ?? '', dueDate: saved?.dueDate ?? null, notes: saved?.notes ?? '',
      });
    } else if (chosen) {
      const relation = detail.alternatives.find((a) => a.alternative.id === chosen.id)?.relation;
      plan.reasoning.push(...chosen.reasons);
      for (const stepId of relation?.steps ?? []) {
        const template = templates.get(stepId);
        if (!template) continue;
        const key = template.dedupeKey ? `dedupe|${template.dedupeKey}` : `${stepId}|${detail.id}|${chosen.id}`;
        addStep(template, plan, key);
      }
    } else {
      plan.reasoning.push(text(lang, 'no alternative in the catalogue yet', 'noch keine Alternative im Katalog'));
    }
    products.push(plan);
  }

  if (products.some((p) => p.decision === 'migrate')) {
    for (const template of templates.values()) {
      // Same key space as product steps: a cross-cutting step that a product path already brought in merges with it.
      if (template.id.startsWith(CROSS_CUTTING_PREFIX)) addStep(template, null, template.dedupeKey ? `dedupe|${template.dedupeKey}` : `cross|${template.id}`);
    }
  }

  const ordered = [...items.values()].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase)
    || Number(b.crossCutting) - Number(a.crossCutting) || (a.productName ?? '').localeCompare(b.productName ?? '') || a.key.localeCompare(b.key));
  for (const plan of products) {
    const own = ordered.filter((i) => i.productId === plan.productId);
    plan.effortHours = Math.round(own.reduce((sum, i) => sum + i.effortHours, 0) * 10) / 10;
    plan.riskScore = own.reduce((max, i) => Math.max(max, i.risk.score), 0);
  }
  const phases = PHASES.map((phase) => {
    const inPhase = ordered.filter((i) => i.phase === phase);
    return { phase, total: inPhase.length, done: inPhase.filter((i) => i.status === 'done').length, applicable: inPhase.filter((i) => i.status !== 'not-applicable').length };
  }).filter((p) => p.total > 0);
  const stats = input.catalogue.stats();
  const categoryNames = new Map(input.catalogue.listCategories().map((c) => [c.id, lang === 'de' ? c.nameDe : c.nameEn]));
  return {
    scope: input.scope, lang, generatedAt: input.now.toISOString(), scanDate: input.scanDate,
    catalogue: { buildId: stats.buildId, buildDate: stats.buildDate },
    products: products.sort((a, b) => a.category.localeCompare(b.category) || a.productName.localeCompare(b.productName)),
    items: ordered, phases,
    totals: {
      items: ordered.length, done: ordered.filter((i) => i.status === 'done').length,
      effortHours: Math.round(ordered.filter((i) => i.status !== 'not-applicable').reduce((sum, i) => sum + i.effortHours, 0) * 10) / 10,
    },
    sovereignty: summariseSovereignty(products, input.findings, (id) => categoryNames.get(id) ?? id),
  };
}

export { riskLevel };
