import { describe, expect, it } from 'vitest';
import { desktopFilesInList, likelyOwners, packageOfListFile } from '../../../../../electron/core/inventory/linux/parse-dpkg-list';
import { fixture } from './helpers';

describe('dpkg file lists', () => {
  it('names the package of a list file, without the architecture qualifier', () => {
    expect(packageOfListFile('vim-common.list')).toBe('vim-common');
    expect(packageOfListFile('libc6:amd64.list')).toBe('libc6');
    expect(packageOfListFile('vim-common.md5sums')).toBeUndefined();
    expect(packageOfListFile('.list')).toBeUndefined();
  });

  it('finds the .desktop files in real lists', () => {
    expect(desktopFilesInList(fixture('tree/root/var/lib/dpkg/info/vim-common.list'))).toEqual(['/usr/share/applications/vim.desktop']);
    expect(desktopFilesInList(fixture('tree/root/var/lib/dpkg/info/chromium.list'))).toEqual(['/usr/share/applications/chromium.desktop']);
    expect(desktopFilesInList('')).toEqual([]);
    expect(desktopFilesInList('/usr/share/doc/x/example.desktop\n/etc/xdg/autostart/x.desktop')).toEqual([]);
  });

  it('guesses the likely owners of a menu entry from its desktop id', () => {
    const packages = ['vim', 'vim-common', 'vim-tiny', 'neovim', 'dolphin', 'gnome-calculator', 'python3.11', 'python3.11-minimal', 'gcc-11', 'libreoffice-writer'];
    expect(likelyOwners('vim.desktop', packages)).toEqual(['vim', 'vim-common', 'vim-tiny']);
    expect(likelyOwners('org.kde.dolphin.desktop', packages)).toEqual(['dolphin']);
    expect(likelyOwners('org.gnome.Calculator.desktop', packages)).toEqual(['gnome-calculator']);
    expect(likelyOwners('python3.11.desktop', packages)).toEqual(['python3.11', 'python3.11-minimal']);
    expect(likelyOwners('libreoffice-writer.desktop', packages)).toEqual(['libreoffice-writer']);
    expect(likelyOwners('my-own-tool.desktop', packages)).toEqual([]);
  });
});
