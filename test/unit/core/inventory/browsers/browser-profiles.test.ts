import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findHistoryDatabases, parseProfilesIni } from '../../../../../electron/core/inventory/browsers/browser-profiles';
import { PROFILES_INI } from './helpers/history-fixtures';

describe('parseProfilesIni', () => {
  it('lists every [ProfileN] path with whether it is relative, ignoring [Install] and [General]', () => {
    expect(parseProfilesIni(PROFILES_INI)).toEqual([
      { path: 'Profiles/q9w8e7r6.default', isRelative: true },
      { path: 'Profiles/x1y2z3ab.default-release', isRelative: true },
      { path: '/srv/profiles/work-firefox', isRelative: false },
    ]);
  });

  it('copes with Windows line endings and a profile without a path', () => {
    expect(parseProfilesIni('[Profile0]\r\nName=x\r\n\r\n[Profile1]\r\nPath=Profiles/a.b\r\nIsRelative=1\r\n')).toEqual([
      { path: 'Profiles/a.b', isRelative: true },
    ]);
    expect(parseProfilesIni('')).toEqual([]);
  });
});

describe('findHistoryDatabases', () => {
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'switchyard-profiles-'));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  async function touch(...parts: string[]): Promise<string> {
    const file = path.join(home, ...parts);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '');
    return file;
  }

  it('finds every Chromium-family profile and every Firefox profile on Linux, snap and flatpak included', async () => {
    const chromeDefault = await touch('.config', 'google-chrome', 'Default', 'History');
    const chromeSecond = await touch('.config', 'google-chrome', 'Profile 1', 'History');
    await mkdir(path.join(home, '.config', 'google-chrome', 'Crashpad'), { recursive: true }); // no History: not a profile
    const snapChromium = await touch('snap', 'chromium', 'common', 'chromium', 'Default', 'History');
    const edge = await touch('.config', 'microsoft-edge', 'Default', 'History');
    const flatpakBrave = await touch('.var', 'app', 'com.brave.Browser', 'config', 'BraveSoftware', 'Brave-Browser', 'Default', 'History');
    await touch('.mozilla', 'firefox', 'profiles.ini');
    await writeFile(path.join(home, '.mozilla', 'firefox', 'profiles.ini'), PROFILES_INI);
    const firefox = await touch('.mozilla', 'firefox', 'Profiles', 'x1y2z3ab.default-release', 'places.sqlite');

    expect(await findHistoryDatabases(home, 'linux')).toEqual([
      { browser: 'chrome', profile: 'Default', engine: 'chromium', path: chromeDefault },
      { browser: 'chrome', profile: 'Profile 1', engine: 'chromium', path: chromeSecond },
      { browser: 'edge', profile: 'Default', engine: 'chromium', path: edge },
      { browser: 'brave', profile: 'Default', engine: 'chromium', path: flatpakBrave },
      { browser: 'chromium', profile: 'Default', engine: 'chromium', path: snapChromium },
      { browser: 'firefox', profile: 'x1y2z3ab.default-release', engine: 'firefox', path: firefox },
    ]);
  });

  it('uses the macOS and Windows locations', async () => {
    const brave = await touch('Library', 'Application Support', 'BraveSoftware', 'Brave-Browser', 'Default', 'History');
    expect(await findHistoryDatabases(home, 'macos')).toEqual([{ browser: 'brave', profile: 'Default', engine: 'chromium', path: brave }]);
    const edge = await touch('AppData', 'Local', 'Microsoft', 'Edge', 'User Data', 'Default', 'History');
    await writeFile(await touch('AppData', 'Roaming', 'Mozilla', 'Firefox', 'profiles.ini'), '[Profile0]\nIsRelative=1\nPath=Profiles/abc.default\n');
    const firefox = await touch('AppData', 'Roaming', 'Mozilla', 'Firefox', 'Profiles', 'abc.default', 'places.sqlite');
    expect(await findHistoryDatabases(home, 'windows')).toEqual([
      { browser: 'edge', profile: 'Default', engine: 'chromium', path: edge },
      { browser: 'firefox', profile: 'abc.default', engine: 'firefox', path: firefox },
    ]);
  });

  it('finds nothing in an empty home folder', async () => {
    expect(await findHistoryDatabases(home, 'linux')).toEqual([]);
    expect(await findHistoryDatabases(path.join(home, 'missing'), 'windows')).toEqual([]);
  });
});
