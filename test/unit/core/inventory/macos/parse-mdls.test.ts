import { describe, expect, it } from 'vitest';
import { parseMdls, parseMdlsDate } from '../../../../../electron/core/inventory/macos/parse-mdls';
import { fixtureText } from './fixtures';

describe('parseMdls', () => {
  it('attributes one block per path, in argument order, with (null) as missing', () => {
    const paths = ['/Applications/Slack.app', '/Applications/LibreOffice.app', '/Applications/Microsoft Word.app'];
    const { records, problems } = parseMdls(fixtureText('mdls-batch.txt'), paths);
    expect(problems).toEqual([]);
    expect([...records]).toEqual([
      ['/Applications/Slack.app', { bundleId: 'com.tinyspeck.slackmacgap', lastUsed: '2025-11-26T08:41:07.000Z', useCount: 187 }],
      ['/Applications/LibreOffice.app', { bundleId: 'org.libreoffice.script' }],
      ['/Applications/Microsoft Word.app', { bundleId: 'com.microsoft.Word', lastUsed: '2025-11-24T15:03:02.000Z', useCount: 64 }],
    ]);
  });

  it('skips multi-line arrays and honours non-UTC offsets', () => {
    const { records } = parseMdls(fixtureText('mdls-array.txt'), ['/Applications/Keynote.app']);
    expect(records.get('/Applications/Keynote.app')).toEqual({ bundleId: 'com.apple.iWork.Keynote', lastUsed: '2025-10-01T07:00:00.000Z', useCount: 2 });
  });

  it('refuses to guess when blocks and paths do not line up', () => {
    const { records, problems } = parseMdls(fixtureText('mdls-batch.txt'), ['/a.app', '/b.app']);
    expect(records.size).toBe(0);
    expect(problems).toEqual(['Spotlight answered for 3 of 2 apps, so their last-used dates were left out.']);
  });

  it.each([
    ['2025-03-14 08:41:07 +0000', '2025-03-14T08:41:07.000Z'],
    ['2025-03-14 08:41:07 -0130', '2025-03-14T10:11:07.000Z'],
    ['(null)', undefined],
    ['2025-13-40 99:00:00 +0000', undefined],
  ])('date %s', (raw, iso) => {
    expect(parseMdlsDate(raw)).toBe(iso);
  });
});
