import { describe, expect, it } from 'vitest';
import { createDesktopEntryCollector } from '../../../../../electron/core/inventory/linux/desktop-collector';
import { nodeFileSystem, type FileSystem } from '../../../../../electron/core/inventory/linux/file-system';
import { context, denyingFileSystem, TREE_ROOT } from './helpers';

describe('desktop entry collector', () => {
  it('lists menu apps of every XDG and export folder, with the owning package', async () => {
    const output = await createDesktopEntryCollector().collect(context());
    expect(output.status ?? 'ok').toBe('ok');
    expect(output.items.map((item) => item.id)).toEqual([
      'desktop-entry:appimagekit_5f3c2e1a-Obsidian.desktop',
      'desktop-entry:chromium.desktop',
      'desktop-entry:firefox_firefox.desktop',
      'desktop-entry:latin1-notes.desktop',
      'desktop-entry:org.libreoffice.LibreOffice.writer.desktop',
      'desktop-entry:system-config-printer.desktop',
      'desktop-entry:vim.desktop',
    ]);
    const byId = Object.fromEntries(output.items.map((item) => [item.id, item]));
    expect(byId['desktop-entry:vim.desktop']).toMatchObject({
      name: 'Vim', scope: 'machine',
      identifiers: { desktopFile: 'vim.desktop', exe: 'vim', packageName: 'vim-common' },
      evidence: { entryPath: '/usr/share/applications/vim.desktop', terminal: true, categories: 'Utility;TextEditor' },
    });
    expect(byId['desktop-entry:firefox_firefox.desktop']?.identifiers).toEqual({ desktopFile: 'firefox_firefox.desktop', exe: 'firefox', snapName: 'firefox' });
    expect(byId['desktop-entry:org.libreoffice.LibreOffice.writer.desktop']?.identifiers.flatpakId).toBe('org.libreoffice.LibreOffice');
    expect(byId['desktop-entry:appimagekit_5f3c2e1a-Obsidian.desktop']).toMatchObject({ scope: 'user', version: '1.5.3', evidence: { entryPath: '~/.local/share/applications/appimagekit_5f3c2e1a-Obsidian.desktop' } });
    expect(byId['desktop-entry:vim.desktop']?.installLocation).toBeUndefined();
  });

  it('lets a user Hidden entry delete the system one, and drops NoDisplay, links and other desktops', async () => {
    const ids = (await createDesktopEntryCollector().collect(context())).items.map((item) => item.id);
    expect(ids).not.toContain('desktop-entry:zutty.desktop');
    expect(ids).not.toContain('desktop-entry:python3.11.desktop');
    expect(ids).not.toContain('desktop-entry:notification-daemon.desktop');
    expect(ids).not.toContain('desktop-entry:project-site.desktop');
    expect(ids).not.toContain('desktop-entry:kde4-kwrite.desktop');
  });

  it('shows desktop-specific entries on that desktop, under their subfolder desktop id', async () => {
    const output = await createDesktopEntryCollector().collect(context({ env: { XDG_CURRENT_DESKTOP: 'KDE' } }));
    expect(output.items.map((item) => item.id)).toContain('desktop-entry:kde4-kwrite.desktop');
  });

  it('reports unreadable entries and folders but keeps the rest', async () => {
    const fs = denyingFileSystem((path) => path.endsWith('/chromium.desktop') || path.endsWith('/snapd/desktop/applications'));
    const output = await createDesktopEntryCollector(fs).collect(context());
    expect(output.status).toBe('partial');
    expect(output.message).toContain('no permission to read /usr/share/applications/chromium.desktop');
    expect(output.message).toContain('no permission to read /var/lib/snapd/desktop/applications');
    expect(output.items.map((item) => item.id)).toContain('desktop-entry:vim.desktop');
  });

  it('still lists entries without package names when the dpkg database is unreadable', async () => {
    const fs = denyingFileSystem((path) => path.includes('/var/lib/dpkg/info'));
    const output = await createDesktopEntryCollector(fs).collect(context());
    expect(output.items.find((item) => item.id === 'desktop-entry:vim.desktop')?.identifiers.packageName).toBeUndefined();
  });

  it('reads only the head of an absurdly large entry', async () => {
    const sizes: number[] = [];
    const fs = { ...nodeFileSystem, readHead: async (path: string, bytes: number) => { sizes.push(bytes); return nodeFileSystem.readHead(path, bytes); } };
    await createDesktopEntryCollector(fs).collect(context());
    expect(Math.max(...sizes)).toBeLessThanOrEqual(512 * 1024);
    expect(sizes.length).toBeGreaterThan(5);
  });

  it('finds nothing, without complaint, on a machine without menus', async () => {
    expect(await createDesktopEntryCollector().collect(context({ rootDir: '/nonexistent-root', homeDir: '/nonexistent-home' }))).toEqual({ items: [] });
  });

  it('reads only the package lists of the likely owners of the entries it reports', async () => {
    const lists: string[] = [];
    const fs: FileSystem = { ...nodeFileSystem, readFile: async (path) => {
      if (path.endsWith('.list')) lists.push(path.slice(path.lastIndexOf('/') + 1));
      return nodeFileSystem.readFile(path);
    } };
    const output = await createDesktopEntryCollector(fs).collect(context());
    expect(output.items.find((item) => item.id === 'desktop-entry:vim.desktop')?.identifiers.packageName).toBe('vim-common');
    // zutty is hidden by the user, python3.11 and notification-daemon are NoDisplay: their owners are not needed.
    expect(lists.sort()).toEqual(['chromium.list', 'system-config-printer.list', 'vim-common.list']);
  });

  it('reads every package list when the owner of an entry cannot be guessed from its name', async () => {
    // vim-common.list is presented as if another package had installed vim.desktop.
    const infoDir = `${TREE_ROOT}/var/lib/dpkg/info`;
    const fs: FileSystem = {
      ...nodeFileSystem,
      readDir: async (path) => (await nodeFileSystem.readDir(path)).map((entry) =>
        path === infoDir && entry.name === 'vim-common.list' ? { ...entry, name: 'editors-bundle.list' } : entry),
      readFile: (path) => nodeFileSystem.readFile(path.replace('/editors-bundle.list', '/vim-common.list')),
    };
    const output = await createDesktopEntryCollector(fs).collect(context());
    expect(output.items.find((item) => item.id === 'desktop-entry:vim.desktop')?.identifiers.packageName).toBe('editors-bundle');
    expect(output.items.find((item) => item.id === 'desktop-entry:chromium.desktop')?.identifiers.packageName).toBe('chromium');
  });

  it('keeps the XDG precedence when the user folder answers after the system folders', async () => {
    const fs: FileSystem = { ...nodeFileSystem, readDir: async (path) => {
      if (path.endsWith('/.local/share/applications')) await new Promise((resolve) => setTimeout(resolve, 20));
      return nodeFileSystem.readDir(path);
    } };
    const ids = (await createDesktopEntryCollector(fs).collect(context())).items.map((item) => item.id);
    // The user's Hidden zutty.desktop still deletes the system entry of the same id.
    expect(ids).not.toContain('desktop-entry:zutty.desktop');
    expect(ids).toContain('desktop-entry:appimagekit_5f3c2e1a-Obsidian.desktop');
  });
});
