import { describe, expect, it } from 'vitest';
import { parseFlatpakCurrentLink, parseFlatpakList } from '../../../../../electron/core/inventory/linux/parse-flatpak';
import { fixture } from './helpers';

describe('parseFlatpakList', () => {
  it('reads system and user apps; an empty version stays empty rather than becoming the branch', () => {
    const apps = parseFlatpakList(fixture('flatpak-list.txt'));
    expect(apps).toHaveLength(6);
    expect(apps[2]).toEqual({ appId: 'org.libreoffice.LibreOffice', name: 'LibreOffice', version: '25.2.1.2', branch: 'stable', origin: 'flathub', installation: 'system' });
    expect(apps.find((app) => app.appId === 'us.zoom.Zoom')).toEqual({ appId: 'us.zoom.Zoom', name: 'Zoom', version: undefined, branch: 'stable', origin: 'flathub', installation: 'user' });
  });

  it('skips a header row and lines that are not application ids', () => {
    const text = 'Application ID\tName\tVersion\tBranch\tOrigin\tInstallation\nerror: something\n\norg.gnome.Maps\t\t44.1\tstable\tflathub\n';
    expect(parseFlatpakList(text)).toEqual([{ appId: 'org.gnome.Maps', name: 'org.gnome.Maps', version: '44.1', branch: 'stable', origin: 'flathub', installation: 'system' }]);
    expect(parseFlatpakList('')).toEqual([]);
  });
});

describe('parseFlatpakCurrentLink', () => {
  it('reads arch and branch from the current link and refuses names that are not app ids', () => {
    expect(parseFlatpakCurrentLink('org.libreoffice.LibreOffice', 'x86_64/stable', 'system'))
      .toEqual({ appId: 'org.libreoffice.LibreOffice', name: 'org.libreoffice.LibreOffice', arch: 'x86_64', branch: 'stable', installation: 'system' });
    expect(parseFlatpakCurrentLink('.removed', 'x86_64/stable', 'user')).toBeUndefined();
  });
});
