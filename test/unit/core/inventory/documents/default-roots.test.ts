import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseUserDirs } from '../../../../../electron/core/inventory/documents/default-roots';
import { defaultDocumentRoots } from '../../../../../electron/core/inventory/documents/scan-documents';

const FIXTURE = path.resolve(__dirname, '../../../../fixtures/inventory/documents/user-dirs.de.dirs');

describe('parseUserDirs', () => {
  it('reads the localised Documents and Desktop folders written by xdg-user-dirs-update', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    expect(parseUserDirs(text, '/home/anna')).toEqual({ documents: '/home/anna/Dokumente', desktop: '/home/anna/Schreibtisch' });
  });

  it('accepts absolute paths and shell escapes, and drops folders disabled by pointing at $HOME', () => {
    const text = [
      'XDG_DOCUMENTS_DIR="/data/Anna\\"s Papers"',
      'XDG_DESKTOP_DIR="$HOME/"',
      '# XDG_DESKTOP_DIR="$HOME/Commented"',
      'XDG_MUSIC_DIR="$HOME/Musik"',
    ].join('\n');
    expect(parseUserDirs(text, '/home/anna')).toEqual({ documents: '/data/Anna"s Papers' });
  });

  it('ignores values in forms the format does not allow', () => {
    expect(parseUserDirs('XDG_DOCUMENTS_DIR="~/Docs"\nXDG_DESKTOP_DIR=$HOME/Desk\n', '/home/anna')).toEqual({});
  });
});

describe('defaultDocumentRoots', () => {
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'switchyard-home-'));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('uses the localised folders on Linux and returns only folders that exist', async () => {
    await mkdir(path.join(home, '.config'), { recursive: true });
    await writeFile(path.join(home, '.config', 'user-dirs.dirs'), await readFile(FIXTURE));
    await mkdir(path.join(home, 'Dokumente'));
    await mkdir(path.join(home, 'Documents'));
    expect(await defaultDocumentRoots(home, 'linux')).toEqual([path.join(home, 'Dokumente')]);
  });

  it('falls back to Documents and Desktop when there is no user-dirs.dirs', async () => {
    await mkdir(path.join(home, 'Documents'));
    await mkdir(path.join(home, 'Desktop'));
    expect(await defaultDocumentRoots(home, 'linux')).toEqual([path.join(home, 'Documents'), path.join(home, 'Desktop')]);
    expect(await defaultDocumentRoots(home, 'macos')).toEqual([path.join(home, 'Documents'), path.join(home, 'Desktop')]);
  });

  it('adds the folders OneDrive known-folder-move redirected on Windows', async () => {
    await mkdir(path.join(home, 'OneDrive - Contoso', 'Documents'), { recursive: true });
    await mkdir(path.join(home, 'OneDrive', 'Desktop'), { recursive: true });
    await mkdir(path.join(home, 'OneDriveTemp'), { recursive: true });
    const roots = await defaultDocumentRoots(home, 'windows');
    expect(roots.map((root) => path.relative(home, root)).sort()).toEqual([
      path.join('OneDrive - Contoso', 'Documents'), path.join('OneDrive', 'Desktop'),
    ].sort());
  });
});
