import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../electron/core/matching/matcher';
import { matchKey } from '../../../../electron/core/matching/match-key';
import type { MatchCorrection } from '../../../../electron/core/store/corrections';
import { ENTRIES, item } from './catalogue-fixture';

const matcher = createMatcher(ENTRIES);
const outcome = (name: string, extra = {}) => matcher.match(item(name, extra)).outcome;

describe('tiers', () => {
  it('an exact identifier wins, and says which', () => {
    expect(outcome('Word', { platform: 'macos', source: 'app-bundle', identifiers: { bundleId: 'com.microsoft.word' } })).toMatchObject({
      kind: 'product', catalogueId: 'ms-word', tier: 'identifier', confidence: 1, explanation: 'bundle id com.microsoft.Word',
    });
    expect(outcome('Microsoft Teams', { source: 'appx', identifiers: { appxFamily: 'MSTeams_8wekyb3d8bbwe' } })).toMatchObject({ catalogueId: 'ms-teams', tier: 'identifier' });
    expect(outcome('libreoffice-writer', { platform: 'linux', source: 'dpkg', identifiers: { packageName: 'libreoffice-writer' } })).toMatchObject({ kind: 'alternative', catalogueId: 'libreoffice', tier: 'identifier' });
  });

  it('a catalogue display-name pattern beats the veto list', () => {
    expect(outcome('Teams Machine-Wide Installer')).toMatchObject({ catalogueId: 'ms-teams', tier: 'pattern' });
  });

  it('an alias after normalisation', () => {
    expect(outcome('Microsoft 365 Apps for enterprise - de-de')).toMatchObject({ catalogueId: 'ms-365-apps', tier: 'alias' });
    expect(outcome('Zoom Workplace (64-bit)')).toMatchObject({ catalogueId: 'zoom', tier: 'alias', confidence: 0.95 });
    expect(outcome('Mozilla Thunderbird (x64 de)')).toMatchObject({ kind: 'alternative', catalogueId: 'thunderbird' });
  });

  it('a contained name prefers the most specific entry', () => {
    expect(outcome('Adobe Acrobat Reader DC - Deutsch')).toMatchObject({ catalogueId: 'acrobat-reader', tier: 'tokens' });
    expect(outcome('Adobe Acrobat DC Pro')).toMatchObject({ catalogueId: 'acrobat', tier: 'tokens' });
  });

  it('fuzzy on a misspelling, with the score in the explanation', () => {
    const result = outcome('Thunderbrd');
    expect(result).toMatchObject({ catalogueId: 'thunderbird', tier: 'fuzzy' });
    expect(result.explanation).toMatch(/^fuzzy 0\.\d\d on 'Thunderbrd'$/);
  });

  it('a one-word name only counts at the start', () => {
    expect(outcome('Signal')).toMatchObject({ catalogueId: 'signal' });
    expect(outcome('Wireless Signal Monitor')).toMatchObject({ kind: 'ignored' });
  });

  it.each([
    ['Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33130', 'runtime redistributable'],
    ['Microsoft Edge WebView2 Runtime', 'runtime or framework'],
    ['Zoom Outlook Plugin', 'add-in or plug-in of another app'],
    ['Intel(R) Graphics Driver', 'driver or hardware support'],
    ['Microsoft Office 2016 Language Pack - German', 'language pack or dictionary'],
    ['Adobe Acrobat Update Service', 'updater'],
  ])('vetoes %s (%s)', (name, reason) => {
    expect(outcome(name)).toMatchObject({ kind: 'ignored', reason });
  });

  it('vetoes Debian library packages by package name, not display names that start with lib', () => {
    expect(outcome('libreoffice 24.2', { platform: 'windows' })).toMatchObject({ kind: 'alternative', catalogueId: 'libreoffice' });
    expect(outcome('libssl3', { platform: 'linux', source: 'dpkg', identifiers: { packageName: 'libssl3' } })).toMatchObject({ kind: 'ignored', reason: 'library package' });
  });

  it('ignores absurdly long names at once instead of searching them', () => {
    expect(outcome(`Zoom ${'x'.repeat(50_000)}`)).toMatchObject({ kind: 'ignored', reason: 'name too long' });
    expect(outcome('Zoom', { identifiers: { bundleId: 'us.zoom.xos' }, name: 'y'.repeat(1000) })).toMatchObject({ catalogueId: 'zoom', tier: 'identifier' });
  });

  it('ignores what the catalogue does not know', () => {
    expect(outcome('7-Zip 23.01 (x64)')).toMatchObject({ kind: 'ignored', reason: 'not in the catalogue' });
  });
});

describe('corrections', () => {
  const zoomHelper = item('Zoom');
  const corrections = new Map<string, MatchCorrection>([
    [matchKey(zoomHelper), { matchKey: matchKey(zoomHelper), action: 'reject', catalogueKind: null, catalogueId: null, label: 'Zoom', updatedAt: 'now' }],
    [matchKey(item('My Mail')), { matchKey: matchKey(item('My Mail')), action: 'remap', catalogueKind: 'alternative', catalogueId: 'thunderbird', label: 'My Mail', updatedAt: 'now' }],
  ]);
  const corrected = createMatcher(ENTRIES, corrections);

  it('a rejection wins over the engine', () => {
    expect(corrected.match(item('Zoom')).outcome).toMatchObject({ kind: 'ignored', tier: 'correction' });
  });

  it('a re-map wins over the engine, also for a later version of the same app', () => {
    expect(corrected.match(item('My Mail 2.0')).outcome).toMatchObject({ kind: 'alternative', catalogueId: 'thunderbird', tier: 'correction' });
  });
});

describe('names that are identifiers', () => {
  const linux = (packageName: string) => ({ platform: 'linux' as const, source: 'dpkg' as const, identifiers: { packageName } });

  it('compares names written without spaces', () => {
    expect(outcome('Libre Office 7.6')).toMatchObject({ catalogueId: 'libreoffice', tier: 'alias' });
    expect(outcome('MicrosoftTeams_8wekyb3d8bbwe', { source: 'appx', identifiers: { appxFamily: 'MicrosoftTeams_8wekyb3d8bbwe' } })).toMatchObject({ catalogueId: 'ms-teams', tier: 'alias' });
  });

  it('never matches a distribution package to a proprietary product by its name', () => {
    expect(outcome('slack', linux('slack'))).toMatchObject({ kind: 'ignored', reason: 'not in the catalogue' });
    expect(outcome('Slack')).toMatchObject({ catalogueId: 'slack', tier: 'pattern' });
    expect(outcome('thunderbird', linux('thunderbird'))).toMatchObject({ kind: 'alternative', catalogueId: 'thunderbird', tier: 'alias' });
  });

  it('treats a package that extends an app package name as a part of it, and a Homebrew @variant as the app', () => {
    expect(outcome('zoom-player', { platform: 'macos', source: 'homebrew', identifiers: { packageName: 'zoom-player' } })).toMatchObject({ kind: 'ignored' });
    expect(outcome('Zoom Player')).toMatchObject({ catalogueId: 'zoom', tier: 'tokens' });
    expect(outcome('thunderbird@esr', { platform: 'macos', source: 'homebrew', identifiers: { packageName: 'thunderbird@esr' } })).toMatchObject({ catalogueId: 'thunderbird', tier: 'alias' });
  });

  it('reads the app name out of winget ids, and allows only multi-word contained names in them', () => {
    expect(outcome('Mozilla.Thunderbird.Beta', { source: 'import', identifiers: { wingetId: 'Mozilla.Thunderbird.Beta' } })).toMatchObject({ catalogueId: 'thunderbird', tier: 'alias' });
    expect(outcome('Microsoft.Teams.Classic', { source: 'import', identifiers: { wingetId: 'Microsoft.Teams.Classic' } })).toMatchObject({ catalogueId: 'ms-teams', tier: 'tokens' });
    expect(outcome('Zoom.ZoomRoomsController', { source: 'import', identifiers: { wingetId: 'Zoom.ZoomRoomsController' } })).toMatchObject({ kind: 'ignored' });
  });

  it('ignores a reverse-DNS id that extends an app id, and never applies display-name patterns to ids', () => {
    const bundle = (bundleId: string) => ({ platform: 'macos' as const, source: 'app-bundle' as const, identifiers: { bundleId } });
    expect(outcome('us.zoom.xos.ZoomUpdater', bundle('us.zoom.xos.ZoomUpdater'))).toMatchObject({ kind: 'ignored', reason: 'part of another app' });
    expect(outcome('us.zoom.Zoom', bundle('us.zoom.Zoom'))).toMatchObject({ catalogueId: 'zoom', tier: 'alias' });
    expect(outcome('slack', { platform: 'macos', source: 'homebrew', identifiers: { packageName: 'slack' } })).toMatchObject({ catalogueId: 'slack', tier: 'alias' });
  });
});

describe('fuzzy candidates and the decision cache', () => {
  it('only considers names that share the first letters of a distinctive word', () => {
    expect(outcome('Thunderbirdd')).toMatchObject({ catalogueId: 'thunderbird', tier: 'fuzzy' });
    expect(outcome('Thnuderbird')).toMatchObject({ kind: 'ignored', reason: 'not in the catalogue' });
  });

  it('gives a repeated row the same match key and outcome as the first', () => {
    const fresh = createMatcher(ENTRIES);
    const first = fresh.match(item('Zoom Workplace (64-bit)', { platform: 'macos' }));
    const again = fresh.match(item('Zoom Workplace (64-bit)', { platform: 'macos' }));
    const elsewhere = fresh.match(item('Zoom Workplace (64-bit)', { platform: 'windows' }));
    expect(again.matchKey).toBe(first.matchKey);
    expect(again.outcome).toBe(first.outcome);
    expect(elsewhere.matchKey).not.toBe(first.matchKey);
  });
});
