/**
 * Search-as-you-type over the catalogue's products and alternatives: names, aliases, vendors and category names
 * (English and German). fuse.js with its tuning as named constants and indexes built once per catalogue (the file is
 * read-only, so they never go stale). Text is folded (case, accents) once when the index is built, not per keystroke.
 * Categories are matched in their own small index and expanded to their entries, because fuzzy-matching the same few
 * category names again inside every entry made each keystroke several times slower.
 * A typed prefix wins ties: a user typing "lib" means LibreOffice before anything that merely contains "lib".
 * One or two typed characters skip fuzzy matching (see MIN_FUZZY_QUERY_LENGTH).
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { EntityKind, SearchResult } from './types';

export interface SearchDocument {
  kind: EntityKind;
  id: string;
  name: string;
  aliases: string[];
  vendor: string;
  /** Primary category id, returned with results. */
  category: string;
  /** Ids of all its categories (primary and additional). */
  categories: string[];
}

export interface SearchCategory {
  id: string;
  /** Its names in every language. */
  names: string[];
}

/** Name matches count most; an alias (old name, abbreviation) almost as much; a vendor match only narrows. */
export const NAME_WEIGHT = 0.55;
export const ALIAS_WEIGHT = 0.3;
export const VENDOR_WEIGHT = 0.15;
/**
 * Entries found only through their category ("Textverarbeitung") rank after every entry matched by its own name,
 * alias or vendor: they score this floor plus half the category's own match score.
 */
export const CATEGORY_MATCH_SCORE_FLOOR = 0.5;
/**
 * 0 = exact only, 1 = anything. 0.34 lets one typo through in a five-letter word ("libreofice", "nexcloud")
 * while "word" no longer matches "work"-like noise in long names.
 */
export const MATCH_THRESHOLD = 0.34;
/** Names are short and the match may sit anywhere ("office" in "LibreOffice"): the position must not cost score. */
export const IGNORE_LOCATION = true;
/** Enough to fill a dropdown or a terminal screen; more is noise for a typed query. */
export const DEFAULT_RESULT_LIMIT = 20;
/** Queries longer than this are cut: fuse's bitap matcher works on at most 32 characters per pattern. */
export const MAX_QUERY_LENGTH = 32;
/**
 * Below this length a typo allowance means "almost anything" and fuse scans every entry slowly; one or two typed
 * characters are matched as word prefixes instead ("li" -> LibreOffice, Linux Mint, Proton Lite...).
 */
export const MIN_FUZZY_QUERY_LENGTH = 3;
/** Scores of the word-prefix path, ordered like the fuse weights: name start, alias start, any word, vendor word. */
const SHORT_QUERY_SCORES = { nameStart: 0, aliasStart: 0.05, nameWord: 0.1, aliasWord: 0.15, vendorWord: 0.3 } as const;

/** Shared by both indexes. Text is folded beforehand, so fuse's own (per-search) accent stripping stays off. */
const COMMON_OPTIONS = { threshold: MATCH_THRESHOLD, ignoreLocation: IGNORE_LOCATION, includeScore: true, shouldSort: true };

export interface CatalogueSearch {
  search(query: string, limit?: number): SearchResult[];
}

/** Users type "Gnome Office" or "Cafe": accents and case are not what they mean to distinguish. */
function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const words = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** One entry, folded once per catalogue. */
interface FoldedDocument {
  document: SearchDocument;
  name: string;
  aliases: string[];
  vendor: string;
  nameWords: string[];
  aliasWords: string[];
  vendorWords: string[];
}

function fold(document: SearchDocument): FoldedDocument {
  const name = foldCase(document.name);
  const aliases = document.aliases.map(foldCase);
  const vendor = foldCase(document.vendor);
  return { document, name, aliases, vendor, nameWords: words(name), aliasWords: aliases.flatMap(words), vendorWords: words(vendor) };
}

function shortQueryScore(entry: FoldedDocument, query: string): number | undefined {
  const starts = (text: string): boolean => text.startsWith(query);
  if (starts(entry.name)) return SHORT_QUERY_SCORES.nameStart;
  if (entry.aliases.some(starts)) return SHORT_QUERY_SCORES.aliasStart;
  if (entry.nameWords.some(starts)) return SHORT_QUERY_SCORES.nameWord;
  if (entry.aliasWords.some(starts)) return SHORT_QUERY_SCORES.aliasWord;
  if (entry.vendorWords.some(starts)) return SHORT_QUERY_SCORES.vendorWord;
  return undefined;
}

interface Hit {
  entry: FoldedDocument;
  score: number;
}

function toResult({ entry: { document }, score }: Hit): SearchResult {
  return {
    kind: document.kind, id: document.id, name: document.name, vendor: document.vendor,
    category: document.category, score: Number(score.toFixed(4)),
  };
}

const byScoreThenName = (a: Hit, b: Hit): number => a.score - b.score || a.entry.document.name.localeCompare(b.entry.document.name, 'en');

export function createCatalogueSearch(documents: readonly SearchDocument[], categories: readonly SearchCategory[] = []): CatalogueSearch {
  const folded = documents.map(fold);
  const entryIndex = new Fuse(folded, {
    ...COMMON_OPTIONS,
    keys: [{ name: 'name', weight: NAME_WEIGHT }, { name: 'aliases', weight: ALIAS_WEIGHT }, { name: 'vendor', weight: VENDOR_WEIGHT }],
  } satisfies IFuseOptions<FoldedDocument>);
  const categoryIndex = new Fuse(categories.map((category) => ({ id: category.id, names: category.names.map(foldCase) })), {
    ...COMMON_OPTIONS, keys: ['names'],
  });
  const entriesByCategory = new Map<string, FoldedDocument[]>();
  for (const entry of folded) {
    for (const id of new Set(entry.document.categories)) entriesByCategory.set(id, [...(entriesByCategory.get(id) ?? []), entry]);
  }

  const fuzzy = (needle: string): Hit[] => {
    const best = new Map<FoldedDocument, number>();
    for (const result of entryIndex.search(needle)) best.set(result.item, result.score ?? 1);
    for (const result of categoryIndex.search(needle)) {
      const score = CATEGORY_MATCH_SCORE_FLOOR + (result.score ?? 1) / 2;
      for (const entry of entriesByCategory.get(result.item.id) ?? []) {
        if (score < (best.get(entry) ?? Infinity)) best.set(entry, score);
      }
    }
    const startsWithQuery = (entry: FoldedDocument): boolean =>
      entry.name.startsWith(needle) || entry.aliases.some((alias) => alias.startsWith(needle));
    return [...best].map(([entry, score]) => ({ entry, score, prefix: startsWithQuery(entry) }))
      .sort((a, b) => Number(b.prefix) - Number(a.prefix) || byScoreThenName(a, b));
  };

  return {
    search(query, limit = DEFAULT_RESULT_LIMIT) {
      const needle = foldCase(query.trim().slice(0, MAX_QUERY_LENGTH).trim());
      if (!needle) return [];
      const hits = needle.length < MIN_FUZZY_QUERY_LENGTH
        ? folded.flatMap((entry) => {
          const score = shortQueryScore(entry, needle);
          return score === undefined ? [] : [{ entry, score }];
        }).sort(byScoreThenName)
        : fuzzy(needle);
      return hits.slice(0, limit).map(toResult);
    },
  };
}
