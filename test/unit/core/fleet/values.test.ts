import { describe, expect, it } from 'vitest';
import { epochSecondsToIso, newest, normaliseDate, platformFromText, text } from '../../../../electron/core/fleet/values';

describe('value normalisers', () => {
  it('treats empty strings and NULL placeholders as missing', () => {
    expect(text('  Mozilla ')).toBe('Mozilla');
    expect(text('NULL')).toBeUndefined();
    expect(text('')).toBeUndefined();
    expect(text(42)).toBe('42');
    expect(text({})).toBeUndefined();
  });

  it('reads osquery epoch strings, with -1 as unknown', () => {
    expect(epochSecondsToIso('1792224000')).toBe('2026-10-17T08:00:00.000Z');
    expect(epochSecondsToIso('1728900410.0')).toBe('2024-10-14T10:06:50.000Z');
    expect(epochSecondsToIso('-1')).toBeUndefined();
    expect(epochSecondsToIso('')).toBeUndefined();
  });

  it.each([
    ['20240312', '2024-03-12'],
    ['2026-06-02', '2026-06-02'],
    ['2026/09/03', '2026-09-03'],
    ['18/09/2015', '2015-09-18'],
    ['02.06.2026', '2026-06-02'],
    ['2026-10-17 08:12:44', '2026-10-17T08:12:44.000Z'],
    ['2026-09-30 14:02:11.000', '2026-09-30T14:02:11.000Z'],
    ['2026-10-16T11:55:12Z', '2026-10-16T11:55:12.000Z'],
    ['17.10.2026 08:12:44', '2026-10-17T08:12:44.000Z'],
    ['12/31/2025', '2025-12-31'],
    ['03/04/2025', '2025-04-03'],
  ])('normalises the date %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it('drops impossible and unknown dates instead of guessing', () => {
    expect(normaliseDate('20241399')).toBeUndefined();
    expect(normaliseDate('yesterday')).toBeUndefined();
    expect(normaliseDate(null)).toBeUndefined();
  });

  it('keeps the newest of two date-times', () => {
    expect(newest('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')).toBe('2026-02-01T00:00:00.000Z');
    expect(newest(undefined, '2026-01-01')).toBe('2026-01-01');
  });

  it('recognises platforms from OS descriptions', () => {
    expect(platformFromText('Microsoft Windows 11 Pro')).toBe('windows');
    expect(platformFromText('Win 11')).toBe('windows');
    expect(platformFromText('macOS 15.0.1')).toBe('macos');
    expect(platformFromText('darwin')).toBe('macos');
    expect(platformFromText('Fedora release 40 (Forty)')).toBe('linux');
    expect(platformFromText('iOS')).toBeUndefined();
  });
});
