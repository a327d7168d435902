import { describe, expect, it } from 'vitest';
import { GnomeAppStateFormatError, parseGnomeAppState } from '../../../../../electron/core/inventory/linux/parse-gnome-app-state';
import { fixture } from './helpers';

describe('parseGnomeAppState', () => {
  it('reads score and last-seen per desktop id', () => {
    const usage = parseGnomeAppState(fixture('tree/home/.local/share/gnome-shell/application_state'));
    expect(usage).toHaveLength(5);
    expect(usage.find((app) => app.desktopId === 'firefox_firefox.desktop')).toEqual({ desktopId: 'firefox_firefox.desktop', score: 1220.25, lastSeen: '2025-03-14T09:20:00.000Z' });
  });

  it('adds up an app seen in several contexts and skips malformed rows', () => {
    const xml = `<application-state>
      <context id=""><application id="a.desktop" score="2" last-seen="100"/><application id="" score="5"/></context>
      <context id="ws2"><application id="a.desktop" score="3.5" last-seen="50"/><application id="b.desktop" score="-1"/><application id="c.desktop" score="1" last-seen="x"/></context>
    </application-state>`;
    expect(parseGnomeAppState(xml)).toEqual([
      { desktopId: 'a.desktop', score: 5.5, lastSeen: '1970-01-01T00:01:40.000Z' },
      { desktopId: 'c.desktop', score: 1, lastSeen: undefined },
    ]);
  });

  it('reports broken or foreign XML', () => {
    expect(parseGnomeAppState('  ')).toEqual([]);
    expect(() => parseGnomeAppState('<application-state><context>')).toThrow(GnomeAppStateFormatError);
    expect(() => parseGnomeAppState('<other/>')).toThrow(/no <application-state>/);
  });
});
