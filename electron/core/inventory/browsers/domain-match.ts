/**
 * Turns a visited URL or host into one of the product domains asked for, or nothing. A host counts for a domain
 * when it is the domain or ends with "." + domain; the most specific domain wins, so "outlook.office.com" is
 * reported as itself even when "office.com" is also asked for. Pure.
 */

export type DomainMatcher = (host: string) => string | undefined;

function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^\*?\./, '').replace(/\.$/, '');
}

export function createDomainMatcher(domains: readonly string[]): DomainMatcher {
  const wanted = new Set(domains.map(normaliseDomain).filter((domain) => domain.length > 0));
  return (rawHost) => {
    let host = rawHost.toLowerCase();
    if (host.endsWith('.')) host = host.slice(0, -1);
    for (let candidate = host; ;) {
      if (wanted.has(candidate)) return candidate;
      const dot = candidate.indexOf('.');
      if (dot === -1) return undefined;
      candidate = candidate.slice(dot + 1);
    }
  };
}

/** The host of an http(s) URL, without user info or port; undefined for every other scheme. */
export function hostOfUrl(url: string): string | undefined {
  let rest: string;
  if (url.startsWith('https://')) rest = url.slice(8);
  else if (url.startsWith('http://')) rest = url.slice(7);
  else return undefined;
  const end = rest.search(/[/?#]/);
  let authority = end === -1 ? rest : rest.slice(0, end);
  authority = authority.slice(authority.lastIndexOf('@') + 1);
  if (authority.startsWith('[')) return undefined; // IPv6 literals are never product domains
  const colon = authority.indexOf(':');
  const host = (colon === -1 ? authority : authority.slice(0, colon)).toLowerCase();
  return host.length > 0 ? host : undefined;
}

/** Firefox stores each place's host reversed with a trailing dot ("moc.eciffo.kooltuo."), so no URL is needed. */
export function hostOfReversedHost(revHost: string): string | undefined {
  const host = [...revHost].reverse().join('').replace(/^\./, '');
  return host.length > 0 ? host : undefined;
}
