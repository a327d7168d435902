/**
 * Search-as-you-type over the catalogue's products and alternatives: names, aliases, vendors and category names
 * (English and German). fuse.js with its tuning as named constants, an index built once per catalogue (the file is
 * read-only, so it never goes stale), and a tie-break that puts prefix matches first, because a user typing "lib"
 * means LibreOffice before anything that merely contains "lib". One or two typed characters skip fuzzy matching
 * (see MIN_FUZZY_QUERY_LENGTH).
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
  /** Names of all its categories in every language, searched but not shown. */
  categoryNames: string[];
}

/** Name matches count most; an alias (old name, abbreviation) almost as much; vendor and category only narrow. */
export const NAME_WEIGHT = 0.5;
export const ALIAS_WEIGHT = 0.3;
export const VENDOR_WEIGHT = 0.12;
export const CATEGORY_WEIGHT = 0.08;
/**
 * 0 = exact only, 1 = anything. 0.34 lets one typo through in a five-letter word ("libre0ffice", "nexcloud")
 * while "word" no longer matches "work"-like noise in long names.
 */
export const MATCH_THRESHOLD = 0.34;
/** Names are short and the match may sit anywhere ("office" in "LibreOffice"): the position must not cost score. */
export const IGNORE_LOCATION = true;
/** Users type "Gnome Office" or "Cafe": accents and case are not what they mean to distinguish. */
export const IGNORE_DIACRITICS = true;
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

const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: [
    { name: 'name', weight: NAME_WEIGHT },
    { name: 'aliases', weight: ALIAS_WEIGHT },
    { name: 'vendor', weight: VENDOR_WEIGHT },
    { name: 'categoryNames', weight: CATEGORY_WEIGHT },
  ],
  threshold: MATCH_THRESHOLD,
  ignoreLocation: IGNORE_LOCATION,
  ignoreDiacritics: IGNORE_DIACRITICS,
  includeScore: true,
  shouldSort: true,
};

export interface CatalogueSearch {
  search(query: string, limit?: number): SearchResult[];
}

function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const words = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Folded once per catalogue, so no keystroke pays for normalising every entry again. */
interface FoldedDocument {
  document: SearchDocument;
  name: string;
  aliases: string[];
  nameWords: string[];
  aliasWords: string[];
  vendorWords: string[];
}

function fold(document: SearchDocument): FoldedDocument {
  const name = foldCase(document.name);
  const aliases = document.aliases.map(foldCase);
  return {
    document, name, aliases, nameWords: words(name), aliasWords: aliases.flatMap(words), vendorWords: words(foldCase(document.vendor)),
  };
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

function toResult(document: SearchDocument, score: number): SearchResult {
  return {
    kind: document.kind, id: document.id, name: document.name, vendor: document.vendor,
    category: document.category, score: Number(score.toFixed(4)),
  };
}

export function createCatalogueSearch(documents: readonly SearchDocument[]): CatalogueSearch {
  const index = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], documents);
  const fuse = new Fuse(documents, FUSE_OPTIONS, index);
  const folded = documents.map(fold);
  const foldedByDocument = new Map(folded.map((entry) => [entry.document, entry]));
  const byScoreThenName = (a: { score: number; document: SearchDocument }, b: { score: number; document: SearchDocument }): number =>
    a.score - b.score || a.document.name.localeCompare(b.document.name, 'en');
  return {
    search(query, limit = DEFAULT_RESULT_LIMIT) {
      const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
      if (!trimmed) return [];
      const needle = foldCase(trimmed);
      if (needle.length < MIN_FUZZY_QUERY_LENGTH) {
        return folded
          .map((entry) => ({ document: entry.document, score: shortQueryScore(entry, needle) }))
          .filter((hit): hit is { document: SearchDocument; score: number } => hit.score !== undefined)
          .sort(byScoreThenName)
          .slice(0, limit)
          .map((hit) => toResult(hit.document, hit.score));
      }
      const startsWithQuery = (document: SearchDocument): boolean => {
        const entry = foldedByDocument.get(document);
        return !!entry && (entry.name.startsWith(needle) || entry.aliases.some((alias) => alias.startsWith(needle)));
      };
      return fuse.search(trimmed)
        .map((result) => ({ document: result.item, score: result.score ?? 1, prefix: startsWithQuery(result.item) }))
        .sort((a, b) => Number(b.prefix) - Number(a.prefix) || byScoreThenName(a, b))
        .slice(0, limit)
        .map((hit) => toResult(hit.document, hit.score));
    },
  };
}
