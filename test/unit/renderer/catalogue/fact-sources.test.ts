import { describe, expect, it } from 'vitest';
import { citeUrl, relationSource, sourceFor } from '../../../../renderer/features/catalogue/fact-sources';
import { source } from './builders';

const own = [source('https://a.example/site', ['vendor', 'platforms']), source('https://a.example/LICENSE', ['licence', 'open_source'], '2026-09-15', 'repo')];
const vendor = [source('https://a.example/imprint', ['country', 'owner_country'], '2026-10-02')];

describe('sourceFor', () => {
  it('cites the source that covers the fact, with its date and kind', () => {
    expect(sourceFor(['licence'], own)).toEqual({ url: 'https://a.example/LICENSE', verifiedOn: '2026-09-15', kind: 'repo' });
    expect(sourceFor(['country'], vendor, own)).toEqual({ url: 'https://a.example/imprint', verifiedOn: '2026-10-02', kind: 'vendor' });
  });

  it('tries the facts in order of preference before falling back', () => {
    expect(sourceFor(['open_source', 'vendor'], own)?.url).toBe('https://a.example/LICENSE');
    expect(sourceFor(['eu_hosting', 'vendor'], own)?.url).toBe('https://a.example/site');
  });

  it('looks in the first list before the second', () => {
    const otherVendor = [source('https://other.example/about', ['vendor'])];
    expect(sourceFor(['vendor'], otherVendor, own)?.url).toBe('https://other.example/about');
  });

  it('says so when nothing covers the fact, rather than citing an unrelated source', () => {
    expect(sourceFor(['eol'], own, vendor)).toBeNull();
  });
});

describe('relationSource', () => {
  it('cites the fit source, or the first relation source when none names the fact', () => {
    const sources = [source('https://forum.example/a', ['steps']), source('https://forum.example/b', ['fit'])];
    expect(relationSource(['fit'], sources)?.url).toBe('https://forum.example/b');
    expect(relationSource(['eol'], sources)?.url).toBe('https://forum.example/a');
    expect(relationSource(['fit'], [])).toBeNull();
  });
});

describe('citeUrl', () => {
  it('dates a URL from the entry source with the same address, and leaves the date out when none matches', () => {
    expect(citeUrl('https://a.example/LICENSE', vendor, own)).toEqual({ url: 'https://a.example/LICENSE', verifiedOn: '2026-09-15', kind: 'repo' });
    expect(citeUrl('https://press.example/story', own)).toEqual({ url: 'https://press.example/story', verifiedOn: null, kind: null });
  });
});
