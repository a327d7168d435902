import { describe, expect, it } from 'vitest';
import { ITEM_STATUSES, PHASES, type Checklist, type ChecklistItem, type ProductPlan } from '../../../../electron/shared/planning';
import {
  applySavedProgress, checklistItemHref, CROSS_CUTTING, filterItems, groupItems, itemKeyFromHash, ownersInUse, progressOf, STATUSES, topActions,
} from '../../../../renderer/features/checklist/checklist-view';

function item(key: string, overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    key, templateId: key, phase: 'migrate', title: `Step ${key}`, detail: null, ownerRole: 'it-admin',
    productId: null, productName: null, alternativeId: null, alternativeName: null, crossCutting: true,
    effortHours: 1, risk: { likelihood: 1, impact: 1, score: 1, level: 'low' }, reasoning: [], verify: false, verifyFacts: [],
    dependsOn: [], sources: [], status: 'todo', owner: '', dueDate: null, notes: '',
    ...overrides,
  };
}

function product(productId: string, productName: string): ProductPlan {
  return {
    productId, productName, vendor: 'Vendor', vendorCountry: 'US', ownerCountry: 'US', category: 'office-documents',
    dataLocation: 'local', lastUsed: null, usageKnown: false, decision: 'migrate', chosen: null, chosenByUser: false,
    candidates: [], effortHours: 0, riskScore: 0, reasoning: [], eolDate: null,
  };
}

function checklist(items: ChecklistItem[], products: ProductPlan[] = []): Checklist {
  const phases = PHASES.filter((phase) => items.some((i) => i.phase === phase)).map((phase) => {
    const inPhase = items.filter((i) => i.phase === phase);
    return { phase, total: inPhase.length, ...progressOf(inPhase) };
  });
  return {
    scope: 'local', lang: 'en', generatedAt: '2026-11-27T10:00:00.000Z', scanDate: '2026-11-27T09:00:00.000Z',
    catalogue: { buildId: 'abc', buildDate: '2026-11-27' }, products, items, phases,
    totals: { items: items.length, done: 0, effortHours: items.reduce((sum, i) => sum + i.effortHours, 0) },
    sovereignty: { rows: [], before: { usJurisdiction: 0, otherNonEu: 0, european: 0, cloud: 0, local: 0 }, after: { usJurisdiction: 0, otherNonEu: 0, european: 0 }, alreadySwitched: [] },
  };
}

const roleLabel = (role: string) => ({ 'it-admin': 'IT administration', dpo: 'Data protection officer' })[role] ?? role;

describe('STATUSES', () => {
  it('are the shared schema\'s statuses, in its order', () => {
    expect(STATUSES).toEqual(ITEM_STATUSES);
  });
});

describe('progressOf', () => {
  it('counts done out of the items that apply', () => {
    expect(progressOf([item('a', { status: 'done' }), item('b'), item('c', { status: 'not-applicable' })])).toEqual({ done: 1, applicable: 2 });
  });
});

describe('groupItems', () => {
  const word = product('ms-word', 'Microsoft Word');
  const excel = product('ms-excel', 'Microsoft Excel');
  const items = [
    item('gov', { phase: 'governance' }),
    item('w1', { phase: 'migrate', productId: 'ms-word', crossCutting: false }),
    item('w2', { phase: 'pilot', productId: 'ms-word', crossCutting: false }),
  ];
  const plan = checklist(items, [word, excel]);

  it('by phase: in the plan\'s phase order, empty phases left out', () => {
    const groups = groupItems(plan, items, 'phase');
    expect(groups.map((g) => [g.id, g.items.map((i) => i.key)])).toEqual([['governance', ['gov']], ['pilot', ['w2']], ['migrate', ['w1']]]);
  });

  it('by product: every product even without visible items, so its alternative stays choosable, then the cross-cutting steps', () => {
    const groups = groupItems(plan, items, 'product');
    expect(groups.map((g) => [g.id, g.kind, g.items.map((i) => i.key)])).toEqual([
      ['ms-word', 'product', ['w1', 'w2']], ['ms-excel', 'product', []], [CROSS_CUTTING, 'cross-cutting', ['gov']],
    ]);
    expect(groupItems(plan, [], 'product').map((g) => g.id)).toEqual(['ms-word', 'ms-excel']);
  });
});

describe('filterItems', () => {
  const items = [
    item('a', { status: 'done', owner: 'Anna Berger' }),
    item('b', { status: 'todo', ownerRole: 'dpo' }),
    item('c', { status: 'in-progress' }),
  ];

  it('keeps everything with no filter', () => {
    expect(filterItems(items, { status: 'all', owner: '' }, roleLabel)).toHaveLength(3);
  });

  it('filters by status', () => {
    expect(filterItems(items, { status: 'done', owner: '' }, roleLabel).map((i) => i.key)).toEqual(['a']);
  });

  it('matches the owner text against the named owner and the role label, ignoring case and spaces around', () => {
    expect(filterItems(items, { status: 'all', owner: '  anna ' }, roleLabel).map((i) => i.key)).toEqual(['a']);
    expect(filterItems(items, { status: 'all', owner: 'protection' }, roleLabel).map((i) => i.key)).toEqual(['b']);
    expect(filterItems(items, { status: 'todo', owner: 'administration' }, roleLabel).map((i) => i.key)).toEqual([]);
  });
});

describe('ownersInUse', () => {
  it('lists named owners first, then role labels, each once', () => {
    const items = [item('a', { owner: 'Zoe' }), item('b', { owner: 'Anna ' }), item('c', { ownerRole: 'dpo' }), item('d', { owner: 'Zoe' })];
    expect(ownersInUse(items, roleLabel)).toEqual(['Anna', 'Zoe', 'Data protection officer', 'IT administration']);
  });
});

describe('topActions', () => {
  it('takes open items by highest risk, then earliest phase, then plan order, at most five', () => {
    const risk = (score: number) => ({ likelihood: 1, impact: score, score, level: score >= 15 ? 'high' as const : 'low' as const });
    const items = [
      item('low-early', { phase: 'governance', risk: risk(2) }),
      item('high-done', { risk: risk(20), status: 'done' }),
      item('high-na', { risk: risk(20), status: 'not-applicable' }),
      item('mid-late', { phase: 'decommission', risk: risk(12) }),
      item('mid-early', { phase: 'pilot', risk: risk(12) }),
      item('high-open', { risk: risk(16), status: 'in-progress' }),
      item('low-a', { phase: 'migrate', risk: risk(2) }),
      item('low-b', { phase: 'migrate', risk: risk(2) }),
    ];
    expect(topActions(checklist(items)).map((i) => i.key)).toEqual(['high-open', 'mid-early', 'mid-late', 'low-early', 'low-a']);
    expect(topActions(checklist(items), 2)).toHaveLength(2);
  });
});

describe('applySavedProgress', () => {
  const items = [item('a', { phase: 'governance', effortHours: 2 }), item('b', { phase: 'governance', effortHours: 3.25 }), item('c', { effortHours: 1 })];
  const plan = checklist(items);

  it('updates the item and recounts its phase and the totals', () => {
    const next = applySavedProgress(plan, { itemKey: 'a', status: 'done', owner: 'Anna', dueDate: '2027-01-15', notes: 'n' });
    expect(next.items[0]).toMatchObject({ status: 'done', owner: 'Anna', dueDate: '2027-01-15', notes: 'n' });
    expect(next.phases.find((p) => p.phase === 'governance')).toEqual({ phase: 'governance', total: 2, done: 1, applicable: 2 });
    expect(next.totals).toEqual({ items: 3, done: 1, effortHours: 6.3 });
    expect(plan.items[0]!.status).toBe('todo');
  });

  it('"not applicable" leaves the applicable count and the effort', () => {
    const next = applySavedProgress(plan, { itemKey: 'b', status: 'not-applicable', owner: '', dueDate: null, notes: '' });
    expect(next.phases.find((p) => p.phase === 'governance')).toEqual({ phase: 'governance', total: 2, done: 0, applicable: 1 });
    expect(next.totals.effortHours).toBe(3);
  });

  it('keeps the old status when the saved one is not a status it knows', () => {
    expect(applySavedProgress(plan, { itemKey: 'c', status: 'archived', owner: 'x', dueDate: null, notes: '' }).items[2]).toMatchObject({ status: 'todo', owner: 'x' });
  });
});

describe('links to an item', () => {
  it('round-trip keys with the characters plan keys use', () => {
    const key = 'dedupe|office.exchange-format';
    const href = checklistItemHref(key);
    expect(href.startsWith('#/checklist?')).toBe(true);
    expect(itemKeyFromHash(href)).toBe(key);
  });

  it('find no key in a plain route', () => {
    expect(itemKeyFromHash('#/checklist')).toBeNull();
  });
});
