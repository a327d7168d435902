import { describe, expect, it } from 'vitest';
import { kdeUsageFromRows } from '../../../../../electron/core/inventory/linux/parse-kde-activity';

describe('kdeUsageFromRows', () => {
  it('joins scores and launch counts per desktop id and keeps the latest time', () => {
    const usage = kdeUsageFromRows(
      [
        { resource: 'applications:org.kde.dolphin.desktop', score: 412.5, lastUpdate: 1741945012 },
        { resource: 'applications:libreoffice-writer', score: 220, lastUpdate: 1741941000 },
        { resource: 'file:///home/anna/x.odt', score: 5, lastUpdate: 1741941000 },
      ],
      [
        { resource: 'applications:org.kde.dolphin.desktop', launches: 30, lastStart: 1741945100 },
        { resource: 'applications:org.kde.okular.desktop', launches: 2, lastStart: null },
        { resource: 'applications:', launches: 1, lastStart: 1 },
      ],
    );
    expect(usage).toEqual([
      { desktopId: 'org.kde.dolphin.desktop', score: 412.5, launches: 30, lastUsed: '2025-03-14T09:38:20.000Z' },
      { desktopId: 'libreoffice-writer.desktop', score: 220, launches: undefined, lastUsed: '2025-03-14T08:30:00.000Z' },
      { desktopId: 'org.kde.okular.desktop', score: undefined, launches: 2, lastUsed: undefined },
    ]);
  });

  it('returns nothing for no rows', () => {
    expect(kdeUsageFromRows([], [])).toEqual([]);
  });
});
