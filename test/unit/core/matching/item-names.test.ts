import { describe, expect, it } from 'vitest';
import { nameCandidates } from '../../../../electron/core/matching/item-names';
import { item } from './catalogue-fixture';

describe('nameCandidates', () => {
  it('keeps a display name as it is, with every tier allowed', () => {
    expect(nameCandidates(item('Zoom Workplace (64-bit)'))).toEqual({ names: ['Zoom Workplace (64-bit)'], displayName: true, minContainedWords: 1, fuzzy: true });
  });

  it.each([
    ['dpkg', 'gimp-data', ['gimp-data'], 'alternative'],
    ['rpm', 'libreoffice-langpack-de', ['libreoffice-langpack-de'], 'alternative'],
    ['homebrew', 'google-chrome@beta', ['google-chrome'], undefined],
  ] as const)('compares %s package %s only whole', (source, packageName, names, kind) => {
    const candidates = nameCandidates(item(packageName, { platform: 'linux', source, identifiers: { packageName } }));
    expect(candidates).toMatchObject({ names, displayName: false, minContainedWords: Infinity, fuzzy: false });
    expect(candidates.kind).toBe(kind);
  });

  it.each([
    ['bundleId', 'me.proton.Pass', ['Pass', 'proton Pass']],
    ['flatpakId', 'com.github.jeromerobert.pdfarranger', ['pdfarranger', 'jeromerobert pdfarranger']],
    ['wingetId', 'Microsoft.VisualStudio.2022.Community', ['VisualStudio 2022 Community', 'Microsoft VisualStudio 2022 Community']],
    ['appxFamily', '5319275A.WhatsAppDesktop_cv1g1gvanyjgm', ['WhatsAppDesktop', '5319275A WhatsAppDesktop']],
    ['appxFamily', 'MicrosoftTeams_8wekyb3d8bbwe', ['MicrosoftTeams']],
  ] as const)('reads the app name out of %s %s', (field, id, names) => {
    expect(nameCandidates(item(id, { identifiers: { [field]: id } }))).toEqual({ names, displayName: false, minContainedWords: 2, fuzzy: false });
  });

  it.each([
    ['bundleId', 'com.microsoft.teams.TeamsUpdaterDaemon', 'com.microsoft.teams'],
    ['flatpakId', 'org.freedesktop.Sdk.Extension.dotnet8', 'org.freedesktop.Sdk'],
    ['flatpakId', 'io.github.user.app.Plugin', 'io.github.user.app'],
  ] as const)('names the app that %s %s is a part of', (field, id, app) => {
    expect(nameCandidates(item(id, { identifiers: { [field]: id } }))).toMatchObject({ names: [], componentOf: app });
  });

  it('treats a collector-supplied name as a display name even when the item has identifiers', () => {
    expect(nameCandidates(item('Signal', { platform: 'linux', source: 'flatpak', identifiers: { flatpakId: 'org.signal.Signal' } }))).toMatchObject({ displayName: true });
  });
});
