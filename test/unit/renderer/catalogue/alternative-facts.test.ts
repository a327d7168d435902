import { describe, expect, it } from 'vitest';
import { alternativeFacts } from '../../../../renderer/features/catalogue/alternative-facts';
import { detail, englishText, organisation } from './builders';

describe('alternativeFacts', () => {
  const text = englishText();
  const facts = (alternative = detail()) => new Map(alternativeFacts(alternative, text, (id) => id).map((row) => [row.key, row]));

  it('cites licence from the licence file and country from the vendor imprint', () => {
    const rows = facts();
    expect(rows.get('openSource')).toMatchObject({ text: 'yes (MPL-2.0)', source: { url: 'https://code.acme.example/LICENSE', kind: 'repo' } });
    expect(rows.get('country')).toMatchObject({ text: 'Germany (DE)', source: { url: 'https://acme.example/imprint' } });
    expect(rows.get('europe')?.text).toBe('EU member state');
    expect(rows.get('platforms')).toMatchObject({ text: 'Linux, Windows', source: { url: 'https://acme.example/office' } });
  });

  it('adds the owner note to the owner country, and a jurisdiction row only when the vendor has a note', () => {
    expect(facts().has('jurisdiction')).toBe(false);
    const owned = detail({
      vendorOrganisation: organisation({
        country: 'CH', ownerCountry: 'US', ownerNote: 'Owned by Big Holdings LLC since 2024.', inEu: false, inEurope: true,
        jurisdictionNote: 'US parent: CLOUD Act may apply.',
        sources: [{ url: 'https://acme.example/imprint', verifiedOn: '2026-10-02', kind: 'vendor', covers: ['country', 'owner_country', 'jurisdiction'] }],
      }),
    });
    const rows = facts(owned);
    expect(rows.get('ownerCountry')?.text).toBe('United States (US) — Owned by Big Holdings LLC since 2024.');
    expect(rows.get('europe')?.text).toBe('Europe, outside the EU');
    expect(rows.get('jurisdiction')).toMatchObject({ text: 'US parent: CLOUD Act may apply.', source: { url: 'https://acme.example/imprint' } });
  });

  it('shows an unknown licence as unknown rather than as "unknown (unknown)"', () => {
    expect(facts(detail({ openSource: 'unknown', licence: 'unknown' })).get('openSource')?.text).toBe('unknown');
  });
});
