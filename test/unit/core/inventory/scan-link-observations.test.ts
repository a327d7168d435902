import { describe, expect, it } from 'vitest';
import { linkObservations } from '../../../../electron/core/inventory/link-observations';
import type { InventoryItem } from '../../../../electron/shared/inventory';

function item(id: string, source: InventoryItem['source'], identifiers: InventoryItem['identifiers']): InventoryItem {
  return { id, platform: 'linux', source, name: id, identifiers, linkedTo: [], evidence: {} };
}

const links = (items: InventoryItem[]) => Object.fromEntries(linkObservations(items).map((i) => [i.id, i.linkedTo]));

describe('linkObservations', () => {
  it('links a package, its menu entry, the running process and the usage records of the same app', () => {
    expect(links([
      item('dpkg:chromium', 'dpkg', { packageName: 'chromium' }),
      item('desktop-entry:chromium.desktop', 'desktop-entry', { desktopFile: 'chromium.desktop', exe: 'chromium', packageName: 'chromium' }),
      item('process:chromium', 'process', { exe: 'chromium' }),
      item('gnome-app-state:chromium.desktop', 'gnome-app-state', { desktopFile: 'chromium.desktop' }),
      item('dpkg:curl', 'dpkg', { packageName: 'curl' }),
    ])).toEqual({
      'dpkg:chromium': ['desktop-entry:chromium.desktop', 'gnome-app-state:chromium.desktop', 'process:chromium'],
      'desktop-entry:chromium.desktop': ['dpkg:chromium', 'gnome-app-state:chromium.desktop', 'process:chromium'],
      'process:chromium': ['desktop-entry:chromium.desktop', 'dpkg:chromium', 'gnome-app-state:chromium.desktop'],
      'gnome-app-state:chromium.desktop': ['desktop-entry:chromium.desktop', 'dpkg:chromium', 'process:chromium'],
      'dpkg:curl': [],
    });
  });

  it('links macOS records by bundle id and Windows Store records by package family', () => {
    expect(links([
      item('app-bundle:/Applications/Zoom.app', 'app-bundle', { bundleId: 'us.zoom.xos' }),
      item('spotlight:/Applications/Zoom.app', 'spotlight', { bundleId: 'US.ZOOM.XOS' }),
      item('appx:MSTeams', 'appx', { appxFamily: 'MSTeams_8wekyb3d8bbwe' }),
      item('process:ms-teams', 'process', { appxFamily: 'MSTeams_8wekyb3d8bbwe', exe: 'ms-teams.exe' }),
      item('app-bundle:/Applications/Slack.app', 'app-bundle', { bundleId: 'com.tinyspeck.slackmacgap' }),
    ])).toEqual({
      'app-bundle:/Applications/Zoom.app': ['spotlight:/Applications/Zoom.app'],
      'spotlight:/Applications/Zoom.app': ['app-bundle:/Applications/Zoom.app'],
      'appx:MSTeams': ['process:ms-teams'],
      'process:ms-teams': ['appx:MSTeams'],
      'app-bundle:/Applications/Slack.app': [],
    });
  });

  it('does not join two apps of one package with each other, only each with the package', () => {
    const result = links([
      item('dpkg:libreoffice-common', 'dpkg', { packageName: 'libreoffice-common' }),
      item('desktop-entry:writer.desktop', 'desktop-entry', { desktopFile: 'writer.desktop', packageName: 'libreoffice-common' }),
      item('desktop-entry:calc.desktop', 'desktop-entry', { desktopFile: 'calc.desktop', packageName: 'libreoffice-common' }),
    ]);
    expect(result['dpkg:libreoffice-common']).toEqual(['desktop-entry:calc.desktop', 'desktop-entry:writer.desktop']);
    expect(result['desktop-entry:writer.desktop']).toEqual(['dpkg:libreoffice-common']);
  });

  it('never links on launchers such as flatpak or env, but does on the sandbox id', () => {
    const result = links([
      item('desktop-entry:org.a.A.desktop', 'desktop-entry', { desktopFile: 'org.a.A.desktop', exe: 'flatpak', flatpakId: 'org.a.A' }),
      item('desktop-entry:org.b.B.desktop', 'desktop-entry', { desktopFile: 'org.b.B.desktop', exe: 'flatpak', flatpakId: 'org.b.B' }),
      item('flatpak:system:org.a.A', 'flatpak', { flatpakId: 'org.a.A' }),
      item('process:flatpak', 'process', { exe: 'flatpak' }),
    ]);
    expect(result['desktop-entry:org.a.A.desktop']).toEqual(['flatpak:system:org.a.A']);
    expect(result['desktop-entry:org.b.B.desktop']).toEqual([]);
    expect(result['process:flatpak']).toEqual([]);
  });

  it('links observations without a menu entry through a shared snap name or program', () => {
    const result = links([
      item('snap:zoom-client', 'snap', { snapName: 'zoom-client' }),
      item('process:zoom', 'process', { exe: 'zoom', snapName: 'zoom-client' }),
      item('recently-used:Evince', 'recently-used', { exe: 'evince' }),
      item('process:evince', 'process', { exe: 'Evince' }),
    ]);
    expect(result['snap:zoom-client']).toEqual(['process:zoom']);
    expect(result['recently-used:Evince']).toEqual(['process:evince']);
  });

  it('keeps links that items already had and does not change its input', () => {
    const input = [{ ...item('import:a', 'import', {}), linkedTo: ['import:b'] }];
    expect(linkObservations(input)[0]?.linkedTo).toEqual(['import:b']);
    expect(linkObservations([])).toEqual([]);
    const chromium = [item('dpkg:x', 'dpkg', { packageName: 'x' }), item('desktop-entry:x.desktop', 'desktop-entry', { packageName: 'x' })];
    linkObservations(chromium);
    expect(chromium[0]?.linkedTo).toEqual([]);
  });
});
