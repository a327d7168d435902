import { describe, expect, it } from 'vitest';
import { nodeFileSystem, type FileSystem } from '../../../../../electron/core/inventory/linux/file-system';
import { createProcessCollector } from '../../../../../electron/core/inventory/linux/process-collector';
import { context, denyingFileSystem } from './helpers';

describe('process collector', () => {
  it('lists the captured programs and skips kernel threads', async () => {
    const output = await createProcessCollector().collect(context());
    expect(output.items).toEqual([expect.objectContaining({ id: 'process:sleep', name: 'sleep', running: true, installLocation: '/usr/bin/sleep', evidence: { processCount: 1 } })]);
  });

  it('skips processes whose entries cannot be read, as for other users or ended processes', async () => {
    const fs = denyingFileSystem((path) => path.includes('/proc/21238/'));
    expect((await createProcessCollector(fs).collect(context())).items).toEqual([]);
  });

  it('uses the command line when the exe link is private, and names a flatpak app from its sandbox', async () => {
    const fs: FileSystem = {
      ...nodeFileSystem,
      readDir: async () => [{ name: '7', kind: 'directory' }, { name: 'self', kind: 'symlink' }, { name: '8', kind: 'directory' }],
      async readFile(path) {
        if (path === '/proc/7/cmdline') return Buffer.from('/usr/lib/slack/slack\0--enable-crashpad\0');
        if (path === '/proc/8/cmdline') return Buffer.from('/app/extra/zoom/zoom\0');
        if (path === '/proc/8/root/.flatpak-info') return Buffer.from('[Application]\nname=us.zoom.Zoom\n');
        return Buffer.from('x\n');
      },
      async readLink(path) {
        if (path === '/proc/8/exe') return '/app/extra/zoom/zoom';
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    };
    const output = await createProcessCollector(fs).collect(context({ rootDir: '/' }));
    expect(output.items.map((item) => [item.id, item.identifiers])).toEqual([
      ['process:slack', { exe: 'slack' }],
      ['process:zoom', { exe: 'zoom', flatpakId: 'us.zoom.Zoom' }],
    ]);
  });

  it('fails in words when /proc cannot be listed', async () => {
    const output = await createProcessCollector(denyingFileSystem((path) => path.endsWith('/proc'))).collect(context());
    expect(output).toMatchObject({ items: [], status: 'failed', message: 'Running programs were not listed: no permission to read /proc.' });
  });

  it('reads only the exe link of a process whose executable it can see', async () => {
    const read: string[] = [];
    const fs: FileSystem = { ...nodeFileSystem, readFile: async (path) => {
      read.push(path.slice(path.lastIndexOf('/proc/')));
      return nodeFileSystem.readFile(path);
    } };
    const output = await createProcessCollector(fs).collect(context());
    expect(output.items.map((item) => item.id)).toEqual(['process:sleep']);
    // 21238 runs /usr/bin/sleep; 2 is a kernel thread, which has no exe link at all: nothing else is read.
    expect(read).toEqual([]);
  });
});
