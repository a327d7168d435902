import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFsError, isMissing, locationsFor, nodeFileSystem, readOptionalFile, summariseProblems } from '../../../../../electron/core/inventory/linux/file-system';

const dir = mkdtempSync(join(tmpdir(), 'switchyard-fs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const coded = (code: string) => Object.assign(new Error(code), { code });

describe('file-system helpers', () => {
  it('describes errors in words with the path the user knows', () => {
    expect(describeFsError(coded('EACCES'), '~/x')).toBe('no permission to read ~/x');
    expect(describeFsError(coded('ENOENT'), '/y')).toBe('/y does not exist');
    expect(describeFsError(coded('EISDIR'), '/z')).toBe('/z is a folder, not a file');
    expect(describeFsError(new Error('disk gone'), '/w')).toBe('could not read /w (disk gone)');
    expect(isMissing(coded('ENOTDIR'))).toBe(true);
    expect(isMissing(coded('EACCES'))).toBe(false);
    expect(isMissing('nonsense')).toBe(false);
  });

  it('re-roots system and home paths and shows them as on the real machine', () => {
    const places = locationsFor({ rootDir: '/fx/root', homeDir: '/fx/root/home/anna' });
    expect(places.system('/usr/share/applications')).toBe('/fx/root/usr/share/applications');
    expect(places.home('.local/share')).toBe('/fx/root/home/anna/.local/share');
    expect(places.display('/fx/root/home/anna/.local/share/x')).toBe('~/.local/share/x');
    expect(places.display('/fx/root/etc/os-release')).toBe('/etc/os-release');
    expect(locationsFor({ rootDir: '/', homeDir: '/home/anna' }).display('/home/annabel/x')).toBe('/home/annabel/x');
  });

  it('reads optional files: missing, too large, or read', async () => {
    const path = join(dir, 'state');
    expect(await readOptionalFile(nodeFileSystem, path, '~/state', 10)).toEqual({ state: 'missing' });
    writeFileSync(path, 'x'.repeat(2 * 1024 * 1024));
    expect(await readOptionalFile(nodeFileSystem, path, '~/state', 1024 * 1024)).toEqual({ state: 'unreadable', message: '~/state is 2 MB, larger than the 1 MB expected, so it was not read' });
    writeFileSync(path, 'ok');
    expect(await readOptionalFile(nodeFileSystem, path, '~/state', 10)).toEqual({ state: 'read', bytes: Buffer.from('ok') });
  });

  it('reads only the head of a file', async () => {
    const path = join(dir, 'big');
    writeFileSync(path, Buffer.alloc(100_000, 7));
    expect((await nodeFileSystem.readHead(path, 16)).length).toBe(16);
    writeFileSync(path, 'abc');
    expect((await nodeFileSystem.readHead(path, 16)).toString()).toBe('abc');
  });

  it('does not hold memory for the whole cap when the file is small, and still reads files that report no size', async () => {
    const path = join(dir, 'entry.desktop');
    writeFileSync(path, '[Desktop Entry]\nName=Vim\n');
    const head = await nodeFileSystem.readHead(path, 512 * 1024);
    expect(head.toString()).toBe('[Desktop Entry]\nName=Vim\n');
    expect(head.buffer.byteLength).toBeLessThan(512 * 1024);
    // /proc files have a size of 0 but content.
    expect((await nodeFileSystem.readHead('/proc/self/status', 4096)).toString()).toMatch(/^Name:/);
  });

  it('keeps long problem lists short', () => {
    expect(summariseProblems(['a', 'b'])).toBe('a; b');
    expect(summariseProblems(['a', 'b', 'c', 'd', 'e'])).toBe('a; b; c; and 2 more');
  });
});
