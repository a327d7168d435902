/**
 * Ranks a product's alternatives by the user's priorities. Each criterion scores 0..1 (unknown = 0.5: an
 * unknown fact neither wins nor loses), is multiplied by its weight, and every point is explained, so the
 * user sees why the top one is proposed.
 */
import type { AlternativeSummary, RelationRecord } from '../catalogue/types';
import type { Priorities } from './priorities';

export interface RankInput {
  alternative: AlternativeSummary;
  relation: RelationRecord;
}

export interface RankedAlternative extends RankInput {
  score: number;
  reasons: string[];
}

const EFFORT_SCORE: Record<string, number> = { S: 1, M: 0.7, L: 0.4, XL: 0.1 };
const FIT_BONUS: Record<string, number> = { 'drop-in': 0.3, partial: 0.15, 'different-workflow': 0 };

export function rankAlternatives(candidates: readonly RankInput[], priorities: Priorities, context: { platforms: readonly string[] }): RankedAlternative[] {
  const ranked = candidates.map((candidate) => {
    const a = candidate.alternative;
    const reasons: string[] = [];
    const criteria: Array<[weight: number, value: number, reason: string | undefined]> = [
      [priorities.euJurisdiction, a.inEu && (a.ownerCountry === a.country || a.ownerCountry === 'unknown') ? 1 : a.inEurope ? 0.7 : 0,
        a.inEu ? `vendor in the EU (${a.country})` : a.inEurope ? `vendor in Europe (${a.country})` : undefined],
      [priorities.openSource, a.openSource === 'yes' ? 1 : a.openSource === 'unknown' ? 0.5 : 0, a.openSource === 'yes' ? `open source (${a.licence})` : undefined],
      [priorities.selfHostable, a.selfHostable === 'yes' ? 1 : a.selfHostable === 'enterprise-only' ? 0.6 : a.selfHostable === 'unknown' ? 0.5 : 0,
        a.selfHostable === 'yes' ? 'self-hostable' : undefined],
      [priorities.euHosting, a.euHosting === 'listed' ? 1 : a.euHosting === 'unknown' ? 0.5 : 0, a.euHosting === 'listed' ? 'EU-hosted offer available' : undefined],
      [priorities.platformFit, platformFit(a.platforms, context.platforms), context.platforms.every((p) => a.platforms.includes(p) || a.platforms.includes('web')) ? `runs on ${context.platforms.join(', ')}` : undefined],
      [priorities.formatFit, 0.5 + (FIT_BONUS[candidate.relation.fit] ?? 0) * (5 / 3), candidate.relation.fit === 'drop-in' ? 'drop-in replacement' : undefined],
      [priorities.lowEffort, EFFORT_SCORE[candidate.relation.effort] ?? 0.5, `effort ${candidate.relation.effort}`],
    ];
    let score = 0;
    let max = 0;
    for (const [weight, value, reason] of criteria) {
      score += weight * value;
      max += weight;
      if (reason && weight > 0 && value >= 0.7) reasons.push(reason);
    }
    if (a.eolDate) reasons.push(`end of life ${a.eolDate}`);
    return { ...candidate, score: max === 0 ? 0 : Math.round((score / max) * 1000) / 1000, reasons };
  });
  return ranked.sort((x, y) => y.score - x.score || Number(y.alternative.inEurope) - Number(x.alternative.inEurope) || x.alternative.name.localeCompare(y.alternative.name));
}

function platformFit(offered: readonly string[], needed: readonly string[]): number {
  if (needed.length === 0) return 0.5;
  const covered = needed.filter((p) => offered.includes(p) || offered.includes('web')).length;
  return covered / needed.length;
}
