/**
 * Search-as-you-type over the catalogue's products and alternatives: names, aliases, vendors and category names
 * (English and German). fuse.js with its tuning as named constants, an index built once per catalogue (the file is
 * read-only, so it never goes stale), and a tie-break that puts prefix matches first, because a user typing "lib"
 * means LibreOffice before anything that merely contains "lib".
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

export function createCatalogueSearch(documents: readonly SearchDocument[]): CatalogueSearch {
  const index = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], documents);
  const fuse = new Fuse(documents, FUSE_OPTIONS, index);
  return {
    search(query, limit = DEFAULT_RESULT_LIMIT) {
      const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
      if (!trimmed) return [];
      const folded = foldCase(trimmed);
      const startsWithQuery = (document: SearchDocument): boolean =>
        [document.name, ...document.aliases].some((text) => foldCase(text).startsWith(folded));
      return fuse.search(trimmed)
        .map((result) => ({ result, prefix: startsWithQuery(result.item) }))
        .sort((a, b) => Number(b.prefix) - Number(a.prefix) || (a.result.score ?? 1) - (b.result.score ?? 1)
          || a.result.item.name.localeCompare(b.result.item.name, 'en'))
        .slice(0, limit)
        .map(({ result }) => ({
          kind: result.item.kind, id: result.item.id, name: result.item.name, vendor: result.item.vendor,
          category: result.item.category, score: Number((result.score ?? 1).toFixed(4)),
        }));
    },
  };
}
