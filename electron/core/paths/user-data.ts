import os from 'node:os';
import path from 'node:path';

/**
 * Where Switchyard keeps its state database when running as the CLI under Node. It is the same folder
 * Electron's app.getPath('userData') gives the app (productName "Switchyard"), so the CLI and the app
 * share audits and checklist progress. SWITCHYARD_USER_DATA overrides it (tests, portable use).
 */
export function defaultUserDataPath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (env.SWITCHYARD_USER_DATA) return env.SWITCHYARD_USER_DATA;
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Switchyard');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Switchyard');
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), 'Switchyard');
}
