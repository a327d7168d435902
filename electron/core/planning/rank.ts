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

const REASONS = {
  en: { eu: (c: string) => `vendor in the EU (${c})`, europe: (c: string) => `vendor in Europe (${c})`, oss: (l: string) => `open source (${l})`,
    selfHost: 'self-hostable', euHosting: 'EU-hosted offer available', runsOn: (p: string) => `runs on ${p}`, dropIn: 'drop-in replacement',
    effort: (e: string) => `effort ${e}`, eol: (d: string) => `end of life ${d}` },
  de: { eu: (c: string) => `Anbieter in der EU (${c})`, europe: (c: string) => `Anbieter in Europa (${c})`, oss: (l: string) => `Open Source (${l})`,
    selfHost: 'selbst betreibbar', euHosting: 'Hosting in der EU verfügbar', runsOn: (p: string) => `läuft auf ${p}`, dropIn: 'direkter Ersatz',
    effort: (e: string) => `Aufwand ${e}`, eol: (d: string) => `Support-Ende ${d}` },
} as const;

export function rankAlternatives(candidates: readonly RankInput[], priorities: Priorities, context: { platforms: readonly string[]; lang?: 'en' | 'de' }): RankedAlternative[] {
  const say = REASONS[context.lang ?? 'en'];
  const ranked = candidates.map((candidate) => {
    const a = candidate.alternative;
    const reasons: string[] = [];
    const criteria: Array<[weight: number, value: number, reason: string | undefined]> = [
      [priorities.euJurisdiction, a.inEu && (a.ownerCountry === a.country || a.ownerCountry === 'unknown') ? 1 : a.inEurope ? 0.7 : 0,
        a.inEu ? say.eu(a.country) : a.inEurope ? say.europe(a.country) : undefined],
      [priorities.openSource, a.openSource === 'yes' ? 1 : a.openSource === 'unknown' ? 0.5 : 0, a.openSource === 'yes' ? say.oss(a.licence) : undefined],
      [priorities.selfHostable, a.selfHostable === 'yes' ? 1 : a.selfHostable === 'enterprise-only' ? 0.6 : a.selfHostable === 'unknown' ? 0.5 : 0,
        a.selfHostable === 'yes' ? say.selfHost : undefined],
      [priorities.euHosting, a.euHosting === 'listed' ? 1 : a.euHosting === 'unknown' ? 0.5 : 0, a.euHosting === 'listed' ? say.euHosting : undefined],
      [priorities.platformFit, platformFit(a.platforms, context.platforms), context.platforms.every((p) => a.platforms.includes(p) || a.platforms.includes('web')) ? say.runsOn(context.platforms.join(', ')) : undefined],
      [priorities.formatFit, 0.5 + (FIT_BONUS[candidate.relation.fit] ?? 0) * (5 / 3), candidate.relation.fit === 'drop-in' ? say.dropIn : undefined],
      [priorities.lowEffort, EFFORT_SCORE[candidate.relation.effort] ?? 0.5, say.effort(candidate.relation.effort)],
    ];
    let score = 0;
    let max = 0;
    for (const [weight, value, reason] of criteria) {
      score += weight * value;
      max += weight;
      if (reason && weight > 0 && value >= 0.7) reasons.push(reason);
    }
    if (a.eolDate) reasons.push(say.eol(a.eolDate));
    return { ...candidate, score: max === 0 ? 0 : Math.round((score / max) * 1000) / 1000, reasons };
  });
  return ranked.sort((x, y) => y.score - x.score || Number(y.alternative.inEurope) - Number(x.alternative.inEurope) || x.alternative.name.localeCompare(y.alternative.name));
}

function platformFit(offered: readonly string[], needed: readonly string[]): number {
  if (needed.length === 0) return 0.5;
  const covered = needed.filter((p) => offered.includes(p) || offered.includes('web')).length;
  return covered / needed.length;
}
