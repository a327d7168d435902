import { describe, expect, it } from 'vitest';
import { AlternativeFilterSchema } from '../../../../electron/shared/contract';
import { countriesOf, EMPTY_FILTER, isFiltered, toAlternativeFilter } from '../../../../renderer/features/catalogue/alternative-filter';
import { summary } from './builders';

describe('toAlternativeFilter', () => {
  it('sends nothing for an empty form, so every alternative is listed', () => {
    expect(toAlternativeFilter(EMPTY_FILTER)).toEqual({});
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
  });

  it('turns ticked boxes into must-hold criteria and leaves unticked ones out (never "must not")', () => {
    const filter = toAlternativeFilter({ ...EMPTY_FILTER, openSource: true, eu: true });
    expect(filter).toEqual({ openSource: true, eu: true });
    expect(filter).not.toHaveProperty('selfHostable');
  });

  it('passes choices the contract accepts and drops what it would refuse', () => {
    const filter = toAlternativeFilter({
      ...EMPTY_FILTER, category: 'office-documents', country: 'FR', platform: 'linux', certification: '  ISO 27001 ', europe: true, selfHostable: true, euHosting: true,
    });
    expect(filter).toEqual({
      category: 'office-documents', country: 'FR', platform: 'linux', certification: 'ISO 27001', europe: true, selfHostable: true, euHosting: true,
    });
    expect(AlternativeFilterSchema.safeParse(filter).success).toBe(true);
    const refused = toAlternativeFilter({ ...EMPTY_FILTER, country: 'France', platform: 'amiga', certification: 'x'.repeat(60) });
    expect(refused).toEqual({ certification: 'x'.repeat(40) });
    expect(AlternativeFilterSchema.safeParse(refused).success).toBe(true);
  });
});

describe('countriesOf', () => {
  it('lists each vendor country once, sorted, without unknown', () => {
    const list = [summary({ country: 'FR' }), summary({ country: 'DE' }), summary({ country: 'FR' }), summary({ country: 'unknown' })];
    expect(countriesOf(list)).toEqual(['DE', 'FR']);
  });
});
