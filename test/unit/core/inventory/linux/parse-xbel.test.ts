import { describe, expect, it } from 'vitest';
import { parseRecentlyUsed, RecentFilesFormatError } from '../../../../../electron/core/inventory/linux/parse-xbel';
import { fixture } from './helpers';

describe('parseRecentlyUsed', () => {
  it('sums counts and keeps the latest use per application, in both timestamp forms', () => {
    const usage = parseRecentlyUsed(fixture('tree/home/.local/share/recently-used.xbel'));
    const byName = Object.fromEntries(usage.map((app) => [app.name, app]));
    expect(byName.LibreOffice).toEqual({
      name: 'LibreOffice', program: 'soffice', count: 17, lastUsed: '2025-03-14T09:11:03.000Z', documentCount: 3,
      mimeTypes: [
        'application/vnd.oasis.opendocument.text',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
    });
    expect(byName['org.gnome.Evince']).toMatchObject({ program: 'evince', count: 1, lastUsed: '2025-03-12T16:40:00.100Z' });
    expect(byName.Firefox).toMatchObject({ count: 1, lastUsed: '2025-03-12T16:39:55.000Z' });
    expect(byName.eog).toMatchObject({ count: 3, lastUsed: '2006-11-06T10:00:00.000Z' });
  });

  it('never returns document paths', () => {
    expect(JSON.stringify(parseRecentlyUsed(fixture('tree/home/.local/share/recently-used.xbel')))).not.toMatch(/anna|Budget|file:/);
  });

  it('treats an empty file as no usage and reports broken XML in words', () => {
    expect(parseRecentlyUsed('')).toEqual([]);
    expect(parseRecentlyUsed('<?xml version="1.0"?><xbel version="1.0"></xbel>')).toEqual([]);
    expect(() => parseRecentlyUsed('<xbel><bookmark href="x"></xbel>')).toThrow(RecentFilesFormatError);
    expect(() => parseRecentlyUsed('<html><body/></html>')).toThrow(/no <xbel> element/);
  });

  it('counts an application without a count attribute once and ignores nameless ones', () => {
    const xml = '<xbel><bookmark href="a"><info><metadata><bookmark:applications>'
      + '<bookmark:application name="Tool" exec="tool %u" modified="2025-01-01T00:00:00Z"/>'
      + '<bookmark:application exec="ghost" count="9"/>'
      + '</bookmark:applications></metadata></info></bookmark></xbel>';
    expect(parseRecentlyUsed(xml)).toEqual([{ name: 'Tool', program: 'tool', count: 1, lastUsed: '2025-01-01T00:00:00.000Z', documentCount: 1, mimeTypes: [] }]);
  });
});
