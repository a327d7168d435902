/**
 * Which workflows depend on vendors under US jurisdiction, and where their data lives, per category,
 * before and after the plan. US jurisdiction = vendor or ultimate owner headquartered in the US (the CLOUD
 * Act reaches data a US company controls, wherever it is stored).
 */
import type { ProductPlan, SovereigntyRow, SovereigntySummary } from '../../shared/planning';
import { isEuropean } from '../catalogue/european-countries';
import type { FindingLike } from './plan-inputs';

const underUsJurisdiction = (country: string, owner: string) => country === 'US' || owner === 'US';
const CLOUD_LOCATIONS = new Set(['vendor-cloud', 'local-and-cloud']);

export function summariseSovereignty(products: readonly ProductPlan[], findings: readonly FindingLike[], categoryName: (id: string) => string = (id) => id): SovereigntySummary {
  const rows = new Map<string, SovereigntyRow>();
  const row = (category: string) => {
    let r = rows.get(category);
    if (!r) rows.set(category, (r = { category, categoryName: categoryName(category), usVendorProducts: [], otherNonEuProducts: [], europeanProducts: [], cloudProducts: [], localProducts: [], after: [] }));
    return r;
  };
  const before = { usJurisdiction: 0, otherNonEu: 0, european: 0, cloud: 0, local: 0 };
  const after = { usJurisdiction: 0, otherNonEu: 0, european: 0 };

  for (const plan of products) {
    const r = row(plan.category);
    if (underUsJurisdiction(plan.vendorCountry, plan.ownerCountry)) { r.usVendorProducts.push(plan.productName); before.usJurisdiction++; }
    else if (isEuropean(plan.vendorCountry) && (plan.ownerCountry === 'unknown' || isEuropean(plan.ownerCountry))) { r.europeanProducts.push(plan.productName); before.european++; }
    else { r.otherNonEuProducts.push(plan.productName); before.otherNonEu++; }
    if (CLOUD_LOCATIONS.has(plan.dataLocation)) { r.cloudProducts.push(plan.productName); before.cloud++; }
    else { r.localProducts.push(plan.productName); before.local++; }

    if (plan.decision === 'uninstall') continue; // removed: no dependency left
    const chosen = plan.chosen;
    if (!chosen) {
      // Nothing to switch to yet: the dependency stays.
      if (underUsJurisdiction(plan.vendorCountry, plan.ownerCountry)) after.usJurisdiction++;
      else after.otherNonEu++;
      continue;
    }
    const european = chosen.inEurope && (chosen.ownerCountry === 'unknown' || isEuropean(chosen.ownerCountry));
    r.after.push({ productId: plan.productId, alternative: chosen.name, country: chosen.country, ownerCountry: chosen.ownerCountry, european });
    if (underUsJurisdiction(chosen.country, chosen.ownerCountry)) after.usJurisdiction++;
    else if (european) after.european++;
    else after.otherNonEu++;
  }
  return {
    rows: [...rows.values()].sort((a, b) => b.usVendorProducts.length - a.usVendorProducts.length || a.category.localeCompare(b.category)),
    before,
    after,
    alreadySwitched: findings.filter((f) => f.kind === 'alternative').map((f) => f.name).sort(),
  };
}
