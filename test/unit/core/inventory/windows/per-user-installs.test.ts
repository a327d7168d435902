import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, findPerUserApp, PER_USER_APPS, versionFolders } from '../../../../../electron/core/inventory/windows/per-user-installs';
import { WINDOWS_FIXTURES } from './fixtures';

const LOCAL = join(WINDOWS_FIXTURES, 'profile', 'AppData', 'Local');
const app = (id: string) => PER_USER_APPS.find((a) => a.id === id)!;

describe('per-user installs', () => {
  it('picks the newest Squirrel app-<version> folder that has the program file', async () => {
    expect(await findPerUserApp(app('slack'), LOCAL)).toEqual({
      app: app('slack'), folder: join(LOCAL, 'slack'), exePath: join(LOCAL, 'slack', 'app-4.43.43', 'slack.exe'), version: '4.43.43',
    });
  });

  it('does not count a Squirrel folder without the program file', async () => {
    expect(await findPerUserApp(app('discord'), LOCAL)).toBeUndefined();
  });

  it('reads the version from a sibling version folder, and finds fixed layouts without one', async () => {
    expect((await findPerUserApp(app('onedrive'), LOCAL))?.version).toBe('25.199.1012.0001');
    const teams = await findPerUserApp(app('teams-classic'), LOCAL);
    expect(teams?.exePath).toBe(join(LOCAL, 'Microsoft', 'Teams', 'current', 'Teams.exe'));
    expect(teams?.version).toBeUndefined();
  });

  it('finds nothing in a folder that does not exist', async () => {
    expect(await findPerUserApp(app('vscode'), '/nonexistent')).toBeUndefined();
  });

  it('orders versions numerically', () => {
    expect(compareVersions('4.43.43', '4.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(versionFolders(['app-1.2.10', 'app-1.2.9', 'packages', 'app-x'], 'squirrel').map((f) => f.version)).toEqual(['1.2.10', '1.2.9']);
  });
});
