import { describe, expect, it } from 'vitest';
import { assembleChecklist, type PlanInput } from '../../../../electron/core/planning/assemble';
import type { FactValue } from '../../../../electron/core/planning/condition';
import type { FindingLike } from '../../../../electron/core/planning/plan-inputs';
import { DEFAULT_PRIORITIES } from '../../../../electron/core/planning/priorities';
import type { ItemProgress } from '../../../../electron/core/store/checklist-progress';
import { alternative, fakeCatalogue, product, relation, template } from './fake-catalogue';

const libreoffice = alternative('libreoffice', { licence: 'MPL-2.0' });
const usSuite = alternative('us-suite', { country: 'US', ownerCountry: 'US', inEu: false, inEurope: false, openSource: 'no', licence: 'proprietary' });
const word = product('ms-word', [
  { alt: usSuite, rel: relation('ms-word', 'us-suite', ['word.convert'], { fit: 'drop-in', effort: 'S' }) },
  { alt: libreoffice, rel: relation('ms-word', 'libreoffice', ['word.convert', 'word.macros', 'word.templates']) },
]);
const visio = product('ms-visio', [{ alt: alternative('drawio'), rel: relation('ms-visio', 'drawio', ['visio.convert']) }], { categoryId: 'diagramming' });
const templates = [
  template('word.convert', { quantityFact: 'documents', effort: { baseH: 4, perUnitH: 0.05 } }),
  template('word.macros', { appliesIf: 'macro_files > 0', quantityFact: 'macro_files', effort: { baseH: 4, perUnitH: 2 }, risk: { likelihood: 4, impact: 3 } }),
  template('word.templates', { appliesIf: 'templates_count > 0', phase: 'prepare' }),
  template('visio.convert', { appliesIf: 'visio_files > 0', quantityFact: 'visio_files', effort: { baseH: 1, perUnitH: 0.5 } }),
  template('cross.dpia', { phase: 'governance', ownerRole: 'dpo', dedupeKey: 'dpia' }),
  template('cross.training', { phase: 'train', quantityFact: 'users', effort: { baseH: 2, perUnitH: 1 } }),
];
const finding = (id: string, usage: FindingLike['usage'] = { running: true }): FindingLike => ({ kind: 'product', catalogueId: id, name: id, category: 'office-docs', vendor: 'Microsoft', usage });

function plan(overrides: Partial<PlanInput> = {}) {
  return assembleChecklist({
    scope: 'audit:1', lang: 'en', now: new Date('2026-11-27T12:00:00Z'), scanDate: '2026-11-27T10:00:00Z',
    findings: [finding('ms-word')], catalogue: fakeCatalogue([word, visio], templates),
    facts: new Map<string, FactValue>([['documents', 200], ['macro_files', 12], ['visio_files', 0], ['users', 1], ['devices', 1]]),
    priorities: DEFAULT_PRIORITIES, choices: new Map(), progress: new Map(), platforms: ['windows'], ...overrides,
  });
}

describe('assembleChecklist', () => {
  it('proposes the European open-source alternative first under default priorities, with reasons', () => {
    const checklist = plan();
    const wordPlan = checklist.products[0]!;
    expect(wordPlan.chosen?.id).toBe('libreoffice');
    expect(wordPlan.chosenByUser).toBe(false);
    expect(wordPlan.chosen?.reasons).toContain('vendor in the EU (DE)');
    expect(wordPlan.candidates.map((c) => c.id)).toEqual(['libreoffice', 'us-suite']);
  });

  it('follows the user when they pick another alternative', () => {
    const checklist = plan({ choices: new Map([['ms-word', 'us-suite']]) });
    expect(checklist.products[0]).toMatchObject({ chosen: { id: 'us-suite' }, chosenByUser: true });
    expect(checklist.items.filter((i) => i.productId === 'ms-word').map((i) => i.templateId)).toEqual(['word.convert']);
  });

  it('adds macro steps with the count, sized from the evidence, and raises the risk for many files', () => {
    const macros = plan().items.find((i) => i.templateId === 'word.macros')!;
    expect(macros.effortHours).toBe(4 + 12 * 2);
    expect(macros.reasoning).toContain('12 macro-enabled files found');
    expect(macros.risk).toEqual({ likelihood: 5, impact: 3, score: 15, level: 'high' });
  });

  it('drops steps whose condition is false and keeps unknown ones marked verify', () => {
    const checklist = plan({ findings: [finding('ms-word'), finding('ms-visio')] });
    expect(checklist.items.some((i) => i.templateId === 'visio.convert')).toBe(false);
    const templatesStep = checklist.items.find((i) => i.templateId === 'word.templates')!;
    expect(templatesStep).toMatchObject({ verify: true, verifyFacts: ['templates_count'] });
  });

  it('uninstalls instead of migrating a product unused for more than 90 days', () => {
    const checklist = plan({ findings: [finding('ms-word', { running: false, lastUsed: '2026-06-01T09:00:00Z' })] });
    expect(checklist.products[0]).toMatchObject({ decision: 'uninstall', chosen: null });
    expect(checklist.items.map((i) => i.templateId)).toEqual(['uninstall-unused']);
    expect(checklist.items[0]!.title).toContain('no migration needed');
  });

  it('adds cross-cutting steps once, in phase order, and attaches saved progress by key', () => {
    const progress = new Map<string, ItemProgress>([['dedupe|dpia', { status: 'done', owner: 'DPO Team', dueDate: '2026-12-15', notes: 'signed', updatedAt: 'x' }]]);
    const checklist = plan({ findings: [finding('ms-word'), finding('ms-visio')], facts: new Map<string, FactValue>([['visio_files', 3], ['macro_files', 0], ['documents', 10], ['users', 1]]), progress });
    expect(checklist.items.filter((i) => i.templateId === 'cross.dpia')).toHaveLength(1);
    expect(checklist.items.filter((i) => i.key === 'dedupe|dpia')).toHaveLength(1);
    expect(checklist.items[0]).toMatchObject({ templateId: 'cross.dpia', status: 'done', owner: 'DPO Team', dueDate: '2026-12-15', notes: 'signed' });
    expect(checklist.phases.map((p) => p.phase)).toEqual(['governance', 'prepare', 'migrate', 'train']);
    expect(checklist.totals.done).toBe(1);
  });

  it('merges a cross-cutting step with a product step that has the same dedupe key', () => {
    const shared = [template('word.fonts', { dedupeKey: 'office.fonts', phase: 'prepare' }), template('cross.fonts', { dedupeKey: 'office.fonts', phase: 'prepare' })];
    const wordWithFonts = product('ms-word', [{ alt: libreoffice, rel: relation('ms-word', 'libreoffice', ['word.fonts']) }]);
    const checklist = plan({ catalogue: fakeCatalogue([wordWithFonts], shared) });
    expect(checklist.items.filter((i) => i.key === 'dedupe|office.fonts')).toHaveLength(1);
    expect(checklist.items).toHaveLength(1);
  });

  it('summarises sovereignty before and after', () => {
    const checklist = plan({ findings: [finding('ms-word'), { kind: 'alternative', catalogueId: 'thunderbird', name: 'Thunderbird', category: 'mail', vendor: 'MZLA', usage: { running: false } }] });
    expect(checklist.sovereignty.before.usJurisdiction).toBe(1);
    expect(checklist.sovereignty.after).toEqual({ usJurisdiction: 0, otherNonEu: 0, european: 1 });
    expect(checklist.sovereignty.alreadySwitched).toEqual(['Thunderbird']);
  });

  it('writes German titles and reasoning when asked', () => {
    const checklist = plan({ lang: 'de' });
    expect(checklist.items.find((i) => i.templateId === 'word.macros')?.title).toBe('Mache word.macros');
    expect(checklist.items.find((i) => i.templateId === 'word.templates')?.reasoning.join(' ')).toContain('prüfen');
  });
});
