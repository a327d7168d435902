import { describe, expect, it } from 'vitest';
import { COMPARISON_KEYS, comparisonRows } from '../../../../renderer/features/catalogue/comparison';
import { detail, englishText, productAlternative } from './builders';

describe('comparisonRows', () => {
  const text = englishText();

  it('has one cell per alternative in every row, in column order', () => {
    const columns = [
      { entry: productAlternative() },
      { entry: productAlternative({ alternative: { id: 'cloudy', name: 'Cloudy', country: 'FR', openSource: 'no', licence: 'proprietary' } }) },
    ];
    const rows = comparisonRows(columns, text);
    expect(rows.map((row) => row.key)).toEqual(COMPARISON_KEYS);
    for (const row of rows) expect(row.cells).toHaveLength(2);
    const country = rows.find((row) => row.key === 'country')!;
    expect(country.cells.map((cell) => cell.text)).toEqual(['Germany (DE)', 'France (FR)']);
    expect(rows.find((row) => row.key === 'openSource')!.cells[1]!.text).toBe('no (proprietary)');
  });

  it('cites every stated fact: licence from the licence file, country from the vendor, fit from the relation', () => {
    const rows = new Map(comparisonRows([{ entry: productAlternative() }], text).map((row) => [row.key, row.cells[0]!]));
    expect(rows.get('openSource')?.source).toEqual({ url: 'https://code.acme.example/LICENSE', verifiedOn: '2026-09-15', kind: 'repo' });
    expect(rows.get('country')?.source?.url).toBe('https://acme.example/imprint');
    expect(rows.get('fit')).toEqual({ text: 'partial replacement', source: { url: 'https://forum.example/thread', verifiedOn: '2026-08-20', kind: 'other' } });
    expect(rows.get('gained')?.source?.url).toBe('https://forum.example/thread');
    expect(rows.get('lost')).toEqual({ text: 'Not stated', source: null });
    for (const key of ['vendor', 'ownerCountry', 'europe', 'selfHostable', 'euHosting', 'platforms', 'pricing', 'certifications', 'effort']) {
      expect(rows.get(key)?.source, key).not.toBeNull();
    }
  });

  it('names hosting providers and certifications once the details are loaded', () => {
    const entry = productAlternative({ alternative: { euHosting: 'listed', certifications: 'listed' } });
    const before = new Map(comparisonRows([{ entry }], text).map((row) => [row.key, row.cells[0]!.text]));
    expect(before.get('euHosting')).toBe('offers listed');
    const loaded = detail({
      hostingOffers: [{ provider: 'Hoster AG', country: 'DE', url: 'https://hoster.example/office', note: null }],
      certificationList: [{ scheme: 'ISO 27001', scope: 'hosting', sourceUrl: 'https://hoster.example/iso' }],
    });
    const after = new Map(comparisonRows([{ entry, detail: loaded }], text).map((row) => [row.key, row.cells[0]!.text]));
    expect(after.get('euHosting')).toBe('Hoster AG (DE)');
    expect(after.get('certifications')).toBe('ISO 27001 (hosting)');
  });
});
