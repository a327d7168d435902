import type { SourceRecord } from '../../../electron/shared/catalogue';

/** The fact names a catalogue source can back (data/schema/source-schema.ts FACT). */
export type Fact =
  | 'vendor' | 'country' | 'owner_country' | 'jurisdiction' | 'licence' | 'open_source' | 'self_hostable'
  | 'eu_hosting' | 'platforms' | 'formats' | 'pricing' | 'certifications' | 'data_location' | 'identifiers'
  | 'eol' | 'flags' | 'fit' | 'steps';

/** What a fact cell shows about its origin: the URL, and the date someone verified it when that is known. */
export interface Citation {
  url: string;
  verifiedOn: string | null;
  kind: string | null;
}

const cite = (source: SourceRecord): Citation => ({ url: source.url, verifiedOn: source.verifiedOn, kind: source.kind });

/**
 * The source that backs a fact: facts in order of preference, each looked up in the lists in order (the
 * entry's own sources before its vendor's). Null when no source covers any of them.
 */
export function sourceFor(facts: readonly Fact[], ...lists: readonly (readonly SourceRecord[])[]): Citation | null {
  for (const fact of facts) {
    for (const list of lists) {
      const source = list.find((candidate) => candidate.covers.includes(fact));
      if (source) return cite(source);
    }
  }
  return null;
}

/**
 * A relation's sources back the fit and the steps; gained, lost, interop and effort are the editor's reading
 * of those same sources, so they cite the fit source, or the relation's first source when none names fit.
 */
export function relationSource(facts: readonly Fact[], sources: readonly SourceRecord[]): Citation | null {
  const first = sources[0];
  return sourceFor(facts, sources) ?? (first ? cite(first) : null);
}

/**
 * Flags and certifications carry their own URL; the verification date comes from the entry's source with
 * that URL when it is listed there too.
 */
export function citeUrl(url: string, ...lists: readonly (readonly SourceRecord[])[]): Citation {
  for (const list of lists) {
    const source = list.find((candidate) => candidate.url === url);
    if (source) return cite(source);
  }
  return { url, verifiedOn: null, kind: null };
}
