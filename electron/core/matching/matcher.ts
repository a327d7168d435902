/**
 * The matching engine: each inventory row gets one outcome (a proprietary product, an alternative already in
 * use, or ignored) with its tier, confidence and a one-line explanation. Tiers, most certain first:
 * the user's correction → exact catalogue identifier → catalogue display-name pattern → veto list →
 * alias → contained name → fuzzy. Names that are really identifiers (a winget id, a package name) go through the
 * name tiers strictly (see item-names.ts). Results are cached by match key, because real inventories repeat names.
 */
import type { InventoryItem } from '../../shared/inventory';
import type { MatchableEntry } from '../catalogue/types';
import type { MatchCorrection } from '../store/corrections';
import { IdentifierIndex } from './identifier-index';
import { nameCandidates } from './item-names';
import { matchKey } from './match-key';
import { NameIndex } from './name-index';
import { normaliseName } from './normalise';
import type { ItemMatch, MatchOutcome } from '../../shared/matching';
import { vetoReason } from './veto';

const SCHEME_LABELS: Record<string, string> = {
  bundle_id: 'bundle id', winget: 'winget id', appx_family: 'AppX family', flatpak: 'flatpak id', snap: 'snap',
  deb: 'deb package', rpm: 'rpm package', homebrew_cask: 'Homebrew cask', desktop_file: '.desktop file', exe: 'executable',
  domain: 'web domain', uninstall_key: 'Uninstall key', c2r_release_id: 'Click-to-Run release id', choco: 'Chocolatey id',
};

/** Far longer than any real application name (the longest in the matching corpus has 71 characters). */
export const MAX_MATCHED_NAME_LENGTH = 256;

export interface Matcher {
  readonly entries: ReadonlyMap<string, MatchableEntry>;
  match(item: InventoryItem): ItemMatch;
}

export function createMatcher(entries: readonly MatchableEntry[], corrections: ReadonlyMap<string, MatchCorrection> = new Map()): Matcher {
  const byKey = new Map(entries.map((entry) => [`${entry.kind}:${entry.id}`, entry]));
  const identifiers = new IdentifierIndex(entries);
  const names = new NameIndex(entries);
  const cache = new Map<string, { matchKey: string; outcome: MatchOutcome }>();

  const matched = (entry: MatchableEntry, tier: MatchOutcome['tier'] & string, confidence: number, explanation: string): MatchOutcome => ({
    kind: entry.kind, catalogueId: entry.id, name: entry.name, tier, confidence, explanation,
  });

  function decide(item: InventoryItem, key: string): MatchOutcome {
    const correction = corrections.get(key);
    if (correction) {
      if (correction.action === 'reject') {
        return { kind: 'ignored', reason: 'rejected by you', explanation: `you marked '${item.name}' as not a match`, tier: 'correction', confidence: 1 };
      }
      const entry = correction.catalogueKind && correction.catalogueId ? byKey.get(`${correction.catalogueKind}:${correction.catalogueId}`) : undefined;
      if (entry) return matched(entry, 'correction', 1, `${correction.action === 'confirm' ? 'confirmed' : 're-mapped'} by you to ${entry.name}`);
    }

    const byIdentifier = identifiers.lookup(item);
    if (byIdentifier) {
      return matched(byIdentifier.entry, 'identifier', 1, `${SCHEME_LABELS[byIdentifier.scheme] ?? byIdentifier.scheme} ${byIdentifier.value}`);
    }
    // Real application names are short; a name of kilobytes (a broken export, a hostile file) would cost seconds
    // in the name tiers and block the process that matches it.
    if (item.name.length > MAX_MATCHED_NAME_LENGTH) {
      return { kind: 'ignored', reason: 'name too long', explanation: `a name of ${item.name.length} characters is not an application name` };
    }
    const candidates = nameCandidates(item);
    const byPattern = candidates.displayName ? identifiers.matchPattern(item.name) : undefined;
    if (byPattern) return matched(byPattern.entry, 'pattern', 0.97, `display name '${item.name}' matches the catalogue pattern of ${byPattern.entry.name}`);

    const veto = vetoReason(item.name, item.identifiers.packageName);
    if (veto) return { kind: 'ignored', reason: veto, explanation: `${veto}: not a product decision` };
    if (candidates.componentOf) {
      return { kind: 'ignored', reason: 'part of another app', explanation: `'${item.name}' extends the id of ${candidates.componentOf}: a part of that app, not an app` };
    }

    const query = { kind: candidates.kind, minContainedWords: candidates.minContainedWords, fuzzy: candidates.fuzzy };
    const byName = candidates.names.map((name) => names.find(normaliseName(name), { ...query, raw: name })).find((hit) => hit !== undefined);
    if (byName) {
      const explanation = byName.tier === 'fuzzy'
        ? `fuzzy ${byName.confidence.toFixed(2)} on '${item.name}'`
        : byName.tier === 'alias' ? `name '${item.name}' is a known name of ${byName.entry.name}`
          : `name '${item.name}' contains '${byName.via}'`;
      return matched(byName.entry, byName.tier, byName.confidence, explanation);
    }
    return { kind: 'ignored', reason: 'not in the catalogue', explanation: `'${item.name}' is not a product the catalogue tracks` };
  }

  return {
    entries: byKey,
    match(item) {
      // Everything the match key and the decision depend on, unnormalised: a repeated row costs one lookup.
      const cacheKey = `${item.platform}\u0000${item.source}\u0000${item.name}\u0000${JSON.stringify(item.identifiers)}`;
      let decided = cache.get(cacheKey);
      if (!decided) {
        const key = matchKey(item);
        decided = { matchKey: key, outcome: decide(item, key) };
        cache.set(cacheKey, decided);
      }
      return { item, matchKey: decided.matchKey, outcome: decided.outcome };
    },
  };
}
