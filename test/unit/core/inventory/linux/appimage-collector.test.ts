import { describe, expect, it } from 'vitest';
import { createAppImageCollector } from '../../../../../electron/core/inventory/linux/appimage-collector';
import { nodeFileSystem, type FileSystem } from '../../../../../electron/core/inventory/linux/file-system';
import { context, denyingFileSystem } from './helpers';

describe('AppImage collector', () => {
  it('finds AppImages by magic, trusting renamed files only in app folders', async () => {
    const output = await createAppImageCollector().collect(context());
    expect(output.status ?? 'ok').toBe('ok');
    expect(output.items.map((item) => [item.installLocation, item.name, item.version, item.evidence.appImageType])).toEqual([
      ['~/Applications/Obsidian-1.5.3-x86_64.AppImage', 'Obsidian', '1.5.3', 2],
      ['~/Applications/renamed-tool', 'renamed-tool', undefined, 2],
      ['~/Downloads/OldTool-0.9.AppImage', 'OldTool', '0.9', 1],
      ['/opt/tools/Krita-5.2.2-x86_64.appimage', 'Krita', '5.2.2', 2],
    ]);
    expect(output.items[0]).toMatchObject({ scope: 'user', identifiers: { exe: 'Obsidian-1.5.3-x86_64.AppImage' } });
    expect(output.items[3]?.scope).toBe('machine');
  });

  it('reports an unreadable AppImage and carries on', async () => {
    const fs = denyingFileSystem((path) => path.endsWith('OldTool-0.9.AppImage'));
    const output = await createAppImageCollector(fs).collect(context());
    expect(output).toMatchObject({ status: 'partial', message: expect.stringContaining('no permission to read ~/Downloads/OldTool-0.9.AppImage') });
    expect(output.items).toHaveLength(3);
  });

  it('stops opening files at the cap and says the list may be incomplete', async () => {
    const many: FileSystem = {
      ...nodeFileSystem,
      async readDir(path) {
        if (path.endsWith('/Downloads')) return Array.from({ length: 2500 }, (_, i) => ({ name: `Tool-${i}.AppImage`, kind: 'file' as const }));
        throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      },
      readHead: async () => Buffer.from('not an appimage'),
    };
    const output = await createAppImageCollector(many).collect(context());
    expect(output).toMatchObject({ items: [], status: 'partial', message: expect.stringContaining('Stopped after checking 2000 files') });
  });

  it('checks the folders in their order even when a later folder is listed first', async () => {
    const fs: FileSystem = {
      ...nodeFileSystem,
      async readDir(path) {
        if (path.endsWith('/Applications')) {
          // The first folder answers last, after /opt has been listed.
          await new Promise((resolve) => setTimeout(resolve, 20));
          return Array.from({ length: 2000 }, (_, i) => ({ name: `tool-${i}`, kind: 'file' as const }));
        }
        return nodeFileSystem.readDir(path);
      },
      readHead: async (path, bytes) => (path.includes('/tool-') ? Buffer.from('not an appimage') : nodeFileSystem.readHead(path, bytes)),
    };
    const output = await createAppImageCollector(fs).collect(context());
    // The cap is spent on ~/Applications, so nothing after it is opened, as before the folders were listed at once.
    expect(output).toMatchObject({ items: [], status: 'partial', message: expect.stringContaining('Stopped after checking 2000 files') });
  });
});
