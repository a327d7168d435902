/**
 * The Alternatives screen's layout: proprietary findings grouped by category, and the alternatives already in
 * use listed on their own, because they are progress rather than work. Pure, so the grouping is unit-tested.
 */
import type { Finding } from '../../../electron/shared/matching';

export interface CategoryGroup {
  categoryId: string;
  name: string;
  findings: Finding[];
}

export interface FindingsLayout {
  groups: CategoryGroup[];
  switched: Finding[];
}

/** Groups by category name, findings by name; a category the catalogue does not name keeps its id as name. */
export function findingsByCategory(findings: readonly Finding[], categoryName: (id: string) => string | undefined, language: string): FindingsLayout {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const byName = (a: Finding, b: Finding) => collator.compare(a.name, b.name);
  const groups = new Map<string, CategoryGroup>();
  for (const finding of findings) {
    if (finding.kind !== 'product') continue;
    let group = groups.get(finding.category);
    if (!group) {
      group = { categoryId: finding.category, name: categoryName(finding.category) ?? finding.category, findings: [] };
      groups.set(finding.category, group);
    }
    group.findings.push(finding);
  }
  for (const group of groups.values()) group.findings.sort(byName);
  return {
    groups: [...groups.values()].sort((a, b) => collator.compare(a.name, b.name)),
    switched: findings.filter((finding) => finding.kind === 'alternative').sort(byName),
  };
}
