/**
 * Pure views over a Checklist for the screens: grouping, filtering, the top actions, and applying a saved
 * item change locally. Applying locally keeps the progress bars in step with the user's edits without
 * rebuilding the whole plan after every keystroke; the numbers follow the core's own rules in
 * electron/core/planning/assemble.ts (applicable = not "not applicable", effort counts applicable items).
 */
import type { Checklist, ChecklistItem, ItemStatus, Phase, ProductPlan } from '../../../electron/shared/planning';

/**
 * The statuses in the order a user steps through them. Spelled out (the compiler checks the list is
 * complete) instead of imported from the shared zod schema: a value import from electron/shared pulls
 * zod into the renderer bundle, several hundred kilobytes for one list.
 */
const STATUS_SET = { todo: 0, 'in-progress': 0, done: 0, 'not-applicable': 0 } satisfies Record<ItemStatus, 0>;
export const STATUSES = Object.keys(STATUS_SET) as ItemStatus[];

export type GroupMode = 'phase' | 'product';

export interface ItemGroup {
  /** A phase id, a product id, or CROSS_CUTTING for items that belong to no one product. */
  id: string;
  kind: 'phase' | 'product' | 'cross-cutting';
  phase?: Phase;
  product?: ProductPlan;
  items: ChecklistItem[];
}

export const CROSS_CUTTING = 'cross-cutting';

export interface Progress { done: number; applicable: number }

export function progressOf(items: readonly ChecklistItem[]): Progress {
  return {
    done: items.filter((i) => i.status === 'done').length,
    applicable: items.filter((i) => i.status !== 'not-applicable').length,
  };
}

export function groupItems(checklist: Checklist, items: readonly ChecklistItem[], mode: GroupMode): ItemGroup[] {
  if (mode === 'phase') {
    // checklist.phases lists the phases in the plan's order, each with at least one item.
    return checklist.phases.map(({ phase }): ItemGroup => ({ id: phase, kind: 'phase', phase, items: items.filter((i) => i.phase === phase) }))
      .filter((group) => group.items.length > 0);
  }
  // Every product keeps its group even when filters hide all its items: the alternative can still be chosen.
  // Products come first, since choosing alternatives is what this view is for; the shared steps follow.
  const groups: ItemGroup[] = checklist.products.map((product) => ({
    id: product.productId, kind: 'product', product, items: items.filter((i) => i.productId === product.productId),
  }));
  const crossCutting = items.filter((i) => i.productId === null);
  return crossCutting.length ? [...groups, { id: CROSS_CUTTING, kind: 'cross-cutting', items: crossCutting }] : groups;
}

export interface ItemFilter {
  status: ItemStatus | 'all';
  /** Free text matched against the named owner and the owner role's label. */
  owner: string;
}

export function filterItems(items: readonly ChecklistItem[], filter: ItemFilter, roleLabel: (role: string) => string): ChecklistItem[] {
  const needle = filter.owner.trim().toLocaleLowerCase();
  return items.filter((item) => {
    if (filter.status !== 'all' && item.status !== filter.status) return false;
    if (!needle) return true;
    return item.owner.toLocaleLowerCase().includes(needle) || roleLabel(item.ownerRole).toLocaleLowerCase().includes(needle);
  });
}

/** Named owners first (what people typed), then the roles the catalogue assigns, each once. */
export function ownersInUse(items: readonly ChecklistItem[], roleLabel: (role: string) => string): string[] {
  const named = new Set(items.map((i) => i.owner.trim()).filter(Boolean));
  const roles = new Set(items.map((i) => roleLabel(i.ownerRole)));
  return [...[...named].sort((a, b) => a.localeCompare(b)), ...[...roles].filter((r) => !named.has(r)).sort((a, b) => a.localeCompare(b))];
}

const isOpen = (item: ChecklistItem) => item.status === 'todo' || item.status === 'in-progress';

/** The open items to do first: highest risk, then earliest phase, then the plan's own order. */
export function topActions(checklist: Pick<Checklist, 'items' | 'phases'>, count = 5): ChecklistItem[] {
  const phaseOrder = checklist.phases.map((p): Phase => p.phase);
  return checklist.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => isOpen(item))
    .sort((a, b) => b.item.risk.score - a.item.risk.score
      || phaseOrder.indexOf(a.item.phase) - phaseOrder.indexOf(b.item.phase)
      || a.index - b.index)
    .slice(0, count)
    .map(({ item }) => item);
}

export interface SavedProgress { itemKey: string; status: string; owner: string; dueDate: string | null; notes: string }

const isStatus = (value: string): value is ItemStatus => (STATUSES as string[]).includes(value);

/** The checklist after one item's saved progress, with phases and totals recounted. */
export function applySavedProgress(checklist: Checklist, saved: SavedProgress): Checklist {
  const items = checklist.items.map((item) => item.key !== saved.itemKey ? item : {
    ...item,
    status: isStatus(saved.status) ? saved.status : item.status,
    owner: saved.owner,
    dueDate: saved.dueDate,
    notes: saved.notes,
  });
  const phases = checklist.phases.map((phase) => {
    const inPhase = items.filter((i) => i.phase === phase.phase);
    return { phase: phase.phase, total: inPhase.length, ...progressOf(inPhase) };
  });
  const applicable = items.filter((i) => i.status !== 'not-applicable');
  return {
    ...checklist,
    items,
    phases,
    totals: {
      items: items.length,
      done: items.filter((i) => i.status === 'done').length,
      effortHours: Math.round(applicable.reduce((sum, i) => sum + i.effortHours, 0) * 10) / 10,
    },
  };
}

/** The item a link points at: #/checklist?item=<key>. */
export function itemKeyFromHash(hash: string): string | null {
  const query = hash.split('?')[1];
  if (!query) return null;
  return new URLSearchParams(query).get('item');
}

export const checklistItemHref = (key: string): string => `#/checklist?${new URLSearchParams({ item: key }).toString()}`;
