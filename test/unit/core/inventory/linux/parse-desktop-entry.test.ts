import { describe, expect, it } from 'vitest';
import { execProgram, parseDesktopEntry, splitExec } from '../../../../../electron/core/inventory/linux/parse-desktop-entry';
import { fixture } from './helpers';

describe('parseDesktopEntry', () => {
  it('reads the real chromium entry with untranslated values', () => {
    const entry = parseDesktopEntry(fixture('tree/root/usr/share/applications/chromium.desktop'));
    expect(entry).toMatchObject({
      type: 'Application', name: 'Chromium Web Browser', genericName: 'Web Browser', exec: '/usr/bin/chromium %U',
      program: 'chromium', icon: 'chromium', categories: ['Network', 'WebBrowser'], terminal: false, noDisplay: false,
      hidden: false, startupWMClass: 'chromium',
    });
  });

  it('reads the real vim entry as a terminal app and a real NoDisplay entry as hidden from menus', () => {
    expect(parseDesktopEntry(fixture('tree/root/usr/share/applications/vim.desktop'))).toMatchObject({ name: 'Vim', program: 'vim', terminal: true, tryExec: 'vim' });
    expect(parseDesktopEntry(fixture('tree/root/usr/share/applications/python3.11.desktop'))?.noDisplay).toBe(true);
  });

  it('takes keys from [Desktop Entry] only, ignoring actions and localised names', () => {
    const entry = parseDesktopEntry(fixture('tree/root/var/lib/snapd/desktop/applications/firefox_firefox.desktop'));
    expect(entry).toMatchObject({ name: 'Firefox Web Browser', program: 'firefox', snapInstanceName: 'firefox' });
    expect(entry?.exec).not.toContain('-new-window');
  });

  it('reads the flatpak id and the AppImage version', () => {
    expect(parseDesktopEntry(fixture('tree/root/var/lib/flatpak/exports/share/applications/org.libreoffice.LibreOffice.writer.desktop')))
      .toMatchObject({ name: 'LibreOffice Writer', flatpakId: 'org.libreoffice.LibreOffice', program: 'flatpak', categories: ['Office', 'WordProcessor', 'X-Red-Hat-Base'] });
    expect(parseDesktopEntry(fixture('tree/home/.local/share/applications/appimagekit_5f3c2e1a-Obsidian.desktop')))
      .toMatchObject({ program: 'Obsidian-1.5.3-x86_64.AppImage', appImageVersion: '1.5.3' });
  });

  it('decodes escapes, survives bytes that are not UTF-8, and reads OnlyShowIn', () => {
    const entry = parseDesktopEntry(fixture('tree/home/.local/share/applications/latin1-notes.desktop'));
    expect(entry).toMatchObject({ name: 'Caf\uFFFD Notizen', exec: 'cafe-notes app %F', program: 'cafe-notes', categories: ['Office;Notes', 'Utility'] });
    expect(parseDesktopEntry(fixture('tree/home/.local/share/applications/kde4/kwrite.desktop'))?.onlyShowIn).toEqual(['KDE']);
  });

  it('returns undefined without a [Desktop Entry] group; the first duplicate key wins', () => {
    expect(parseDesktopEntry(fixture('tree/home/.local/share/applications/broken.desktop'))).toBeUndefined();
    expect(parseDesktopEntry('')).toBeUndefined();
    expect(parseDesktopEntry('[Desktop Entry]\r\nName=First\r\nName=Second\r\nHidden=true\r\n')).toMatchObject({ name: 'First', hidden: true, categories: [] });
  });
});

describe('Exec', () => {
  it('splits arguments with the spec quoting rules', () => {
    expect(splitExec('"/opt/My App/run" --flag "a \\"quoted\\" word" %U')).toEqual(['/opt/My App/run', '--flag', 'a "quoted" word', '%U']);
    expect(splitExec('  ')).toEqual([]);
    expect(splitExec('""')).toEqual(['']);
  });

  it('names the program, skipping env and its assignments', () => {
    expect(execProgram('env BAMF_DESKTOP_FILE_HINT=/x.desktop /snap/bin/firefox %u')).toBe('firefox');
    expect(execProgram('/usr/bin/env -u FOO LANG=C gedit')).toBe('gedit');
    expect(execProgram('"/opt/My App/run"')).toBe('run');
    expect(execProgram('%U')).toBeUndefined();
    expect(execProgram(undefined)).toBeUndefined();
    expect(execProgram('env')).toBeUndefined();
  });
});
