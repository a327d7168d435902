/**
 * Name-based tiers over the catalogue's names and aliases, after normalisation:
 *  - alias: the item's normalised name equals a normalised catalogue name or alias, also when written without
 *    spaces ("OneDrive" / "One Drive", "OBSStudio" / "OBS Studio", "pdfarranger" / "PDF Arranger");
 *  - tokens: a catalogue name appears as consecutive words inside the item's name (most specific wins);
 *  - fuzzy: fuse.js over the names and aliases that share the first letters of a distinctive word with the item
 *    and have about its length; only those can be within FUZZY_MAX_SCORE, and searching only them keeps an
 *    inventory of unknown software (most of any real one) from paying a search over the whole catalogue per row.
 */
import Fuse from 'fuse.js';
import type { MatchableEntry } from '../catalogue/types';
import type { EntityKind } from '../../shared/matching';
import { normaliseName, stripDiacritics, tokens } from './normalise';

/** Fuse score 0 = perfect; 0.12 accepts a missing or doubled letter in a ten-letter name, not a different word. */
export const FUZZY_MAX_SCORE = 0.12;
/** Names are short; where the typo sits does not matter. */
export const FUZZY_IGNORE_LOCATION = true;
/** Shorter candidates produce chance matches ("box" in anything); fuzzy only names of at least this length. */
export const FUZZY_MIN_NAME_LENGTH = 5;
/** A typo is rarely in the first letters of every distinctive word; fuzzy candidates share this many. */
export const FUZZY_PREFIX_LENGTH = 4;
const FUSE_OPTIONS = {
  keys: ['text'], includeScore: true, threshold: FUZZY_MAX_SCORE, ignoreLocation: FUZZY_IGNORE_LOCATION, isCaseSensitive: false, shouldSort: true,
};
/** A contained catalogue name may be wrapped by at most this many extra words ("Microsoft Teams classic"). */
export const TOKENS_MAX_EXTRA_WORDS = 2;
/**
 * Vendor and generic words do not make two names similar; they are not used to choose fuzzy candidates.
 * A family rule (companies that make many products), not a list of products.
 */
const NON_DISTINCTIVE = new Set(['microsoft', 'google', 'adobe', 'apple', 'cisco', 'mozilla', 'office', 'cloud', 'online', 'web', 'mobile', 'manager', 'tools', 'suite', 'studio', 'reader', 'viewer', 'player', 'editor', 'center', 'centre', 'service', 'services', 'portal', 'connect', 'workspace', 'drive', 'mail', 'meeting', 'meetings', 'chat', 'docs']);

interface NameDoc {
  text: string;
  words: string[];
  entry: MatchableEntry;
}

/** How strictly to look a name up; the defaults suit display names. */
export interface NameQuery {
  /** The name as written, for the comparison without spaces. */
  raw?: string;
  /** Only entries of this kind. */
  kind?: EntityKind;
  /** A contained catalogue name must have at least this many words; Infinity turns the tier off. */
  minContainedWords?: number;
  fuzzy?: boolean;
}

/** Letters and digits only: the form in which "WhatsApp Desktop", "WhatsAppDesktop" and "whatsapp-desktop" agree. */
export const compactKey = (text: string): string => stripDiacritics(text).toLowerCase().replace(/[^a-z0-9]/g, '');

export interface NameHit {
  entry: MatchableEntry;
  tier: 'alias' | 'tokens' | 'fuzzy';
  confidence: number;
  via: string;
}

export class NameIndex {
  private readonly exact = new Map<string, MatchableEntry | null>(); // null = ambiguous
  private readonly compact = new Map<string, MatchableEntry | null>();
  private readonly docs: NameDoc[] = [];
  private readonly byToken = new Map<string, Set<number>>();
  /** Docs by the first FUZZY_PREFIX_LENGTH letters of each distinctive word: the fuzzy tier's candidates. */
  private readonly byPrefix = new Map<string, Set<number>>();

  constructor(entries: readonly MatchableEntry[]) {
    for (const entry of entries) {
      const written = [entry.name, ...entry.aliases];
      const names = new Set(written.map(normaliseName).filter((n) => n.length > 0));
      for (const key of new Set([...names, ...written].map(compactKey).filter((k) => k.length > 0))) claim(this.compact, key, entry);
      for (const text of names) {
        claim(this.exact, text, entry);
        const words = tokens(text);
        const index = this.docs.push({ text, words, entry }) - 1;
        for (const word of words) {
          if (word.length < 3 || NON_DISTINCTIVE.has(word)) continue;
          addTo(this.byToken, word, index);
          if (word.length >= FUZZY_PREFIX_LENGTH) addTo(this.byPrefix, word.slice(0, FUZZY_PREFIX_LENGTH), index);
        }
      }
    }
  }

  find(normalised: string, query: NameQuery = {}): NameHit | undefined {
    const keys = [...new Set([normalised, query.raw ?? ''].map(compactKey))].filter((key) => key.length > 0);
    if (!normalised && keys.length === 0) return undefined;
    const exact = normalised ? this.exact.get(normalised) : undefined;
    if (exact === null) return undefined; // two entries claim this name: never guess between them
    const byCompact = exact ? undefined : keys.map((key) => this.compact.get(key)).find((hit) => hit !== undefined);
    if (byCompact === null) return undefined;
    const alias = exact ?? byCompact;
    if (alias) return ofKind(alias, query.kind) ? { entry: alias, tier: 'alias', confidence: 0.95, via: normalised || keys[0]! } : undefined;
    if (!normalised) return undefined;
    const contained = this.containedName(normalised, query.minContainedWords ?? 1);
    if (contained) return ofKind(contained.entry, query.kind) ? contained : undefined;
    if (query.fuzzy === false) return undefined;
    const fuzzy = this.fuzzy(normalised);
    return fuzzy && ofKind(fuzzy.entry, query.kind) ? fuzzy : undefined;
  }

  private containedName(normalised: string, minWords: number): NameHit | undefined {
    if (minWords === Infinity) return undefined;
    const words = tokens(normalised);
    let best: { doc: NameDoc; size: number } | undefined;
    const candidates = new Set<number>();
    for (const word of words) for (const index of this.byToken.get(word) ?? []) candidates.add(index);
    for (const index of candidates) {
      const doc = this.docs[index]!;
      const docWords = doc.words;
      if (words.length - docWords.length > TOKENS_MAX_EXTRA_WORDS || docWords.length > words.length || docWords.length < minWords) continue;
      const at = findRun(words, docWords);
      if (at < 0) continue;
      // A one-word name ("Slack", "Signal") only counts when the item starts with it.
      if (docWords.length === 1 && at !== 0) continue;
      if (!best || docWords.length > best.size || (docWords.length === best.size && best.doc.entry.id !== doc.entry.id && doc.text.length > best.doc.text.length)) {
        best = { doc, size: docWords.length };
      }
    }
    return best ? { entry: best.doc.entry, tier: 'tokens', confidence: 0.85, via: best.doc.text } : undefined;
  }

  private fuzzy(normalised: string): NameHit | undefined {
    if (normalised.length < FUZZY_MIN_NAME_LENGTH) return undefined;
    // Fuzzy compares whole names: a long item name that merely contains a short entry name is not a typo of it.
    const maxLengthDifference = Math.max(2, normalised.length * 0.2);
    let best: { doc: NameDoc; score: number } | undefined;
    const prefixes = new Set(tokens(normalised).filter((word) => word.length >= FUZZY_PREFIX_LENGTH && !NON_DISTINCTIVE.has(word)).map((word) => word.slice(0, FUZZY_PREFIX_LENGTH)));
    for (const prefix of prefixes) {
      for (const result of this.fuseFor(prefix)?.search(normalised) ?? []) {
        const doc = result.item;
        if (result.score === undefined || doc.text.length < FUZZY_MIN_NAME_LENGTH || Math.abs(doc.text.length - normalised.length) > maxLengthDifference) continue;
        if (!best || result.score < best.score) best = { doc, score: result.score };
        break;
      }
    }
    if (!best || best.score > FUZZY_MAX_SCORE) return undefined;
    return { entry: best.doc.entry, tier: 'fuzzy', confidence: Math.round((1 - best.score) * 100) / 100, via: best.doc.text };
  }

  /** One small fuse.js index per prefix, built when first needed: real inventories repeat their words. */
  private readonly fuseByPrefix = new Map<string, Fuse<NameDoc>>();
  private fuseFor(prefix: string): Fuse<NameDoc> | undefined {
    let fuse = this.fuseByPrefix.get(prefix);
    if (!fuse) {
      const indexes = this.byPrefix.get(prefix);
      if (!indexes) return undefined;
      fuse = new Fuse([...indexes].map((index) => this.docs[index]!), FUSE_OPTIONS);
      this.fuseByPrefix.set(prefix, fuse);
    }
    return fuse;
  }
}

function addTo(map: Map<string, Set<number>>, key: string, index: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(index);
}

/** Records that `entry` claims `key`; a key two entries claim maps to null, so neither is guessed. */
function claim(map: Map<string, MatchableEntry | null>, key: string, entry: MatchableEntry): void {
  const known = map.get(key);
  map.set(key, known === undefined || (known !== null && known.id === entry.id && known.kind === entry.kind) ? entry : null);
}

const ofKind = (entry: MatchableEntry, kind: EntityKind | undefined): boolean => kind === undefined || entry.kind === kind;

/** Index where `needle` occurs as consecutive words in `haystack`, or -1. */
function findRun(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
