/**
 * Exact identifier lookup: the most certain tier. The catalogue's identifiers are indexed per scheme,
 * case-insensitively; an inventory item is looked up by every identifier it carries.
 */
import type { InventoryItem } from '../../shared/inventory';
import type { MatchableEntry } from '../catalogue/types';

export interface IdentifierHit {
  entry: MatchableEntry;
  scheme: string;
  value: string;
}

/** Which catalogue schemes an item identifier can be found under. */
function itemKeys(item: InventoryItem): Array<[scheme: string, value: string]> {
  const ids = item.identifiers;
  const keys: Array<[string, string]> = [];
  if (ids.bundleId) keys.push(['bundle_id', ids.bundleId]);
  if (ids.flatpakId) keys.push(['flatpak', ids.flatpakId]);
  if (ids.snapName) keys.push(['snap', ids.snapName]);
  if (ids.appxFamily) keys.push(['appx_family', ids.appxFamily]);
  if (ids.wingetId) keys.push(['winget', ids.wingetId]);
  if (ids.c2rReleaseId) keys.push(['c2r_release_id', ids.c2rReleaseId]);
  if (ids.uninstallKey) keys.push(['uninstall_key', ids.uninstallKey]);
  if (ids.desktopFile) keys.push(['desktop_file', ids.desktopFile.replace(/\.desktop$/i, '')]);
  if (ids.exe) keys.push(['exe', ids.exe]);
  if (ids.domain) keys.push(['domain', ids.domain]);
  if (ids.packageName) {
    const byScheme: Record<string, string[]> = { dpkg: ['deb'], rpm: ['rpm'], homebrew: ['homebrew_cask'] };
    for (const scheme of byScheme[item.source] ?? ['deb', 'rpm', 'homebrew_cask', 'choco']) keys.push([scheme, ids.packageName]);
  }
  return keys;
}

export class IdentifierIndex {
  private readonly exact = new Map<string, IdentifierHit>();
  private readonly patterns: Array<{ regex: RegExp; hit: IdentifierHit }> = [];

  constructor(entries: readonly MatchableEntry[]) {
    for (const entry of entries) {
      for (const identifier of entry.identifiers) {
        const hit = { entry, scheme: identifier.scheme, value: identifier.value };
        if (identifier.scheme === 'display_name_pattern') {
          try {
            this.patterns.push({ regex: new RegExp(identifier.value, 'i'), hit });
          } catch {
            // The catalogue build rejects patterns that do not compile; a hand-edited file is skipped, not fatal.
          }
        } else {
          this.exact.set(`${identifier.scheme}\u0000${identifier.value.toLowerCase()}`, hit);
        }
      }
    }
  }

  lookup(item: InventoryItem): IdentifierHit | undefined {
    for (const [scheme, value] of itemKeys(item)) {
      const hit = this.exact.get(`${scheme}\u0000${value.toLowerCase()}`);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Display-name patterns apply to the names that Windows Uninstall entries and fleet exports carry. */
  matchPattern(rawName: string): IdentifierHit | undefined {
    return this.patterns.find((p) => p.regex.test(rawName))?.hit;
  }
}
