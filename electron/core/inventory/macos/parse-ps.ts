/**
 * Pure parser for `ps -axo comm=` on macOS, where comm is the executable's full path
 * (/Applications/Slack.app/Contents/MacOS/Slack). A process belongs to the outermost .app in its path,
 * so helpers (…/Slack.app/Contents/Frameworks/Slack Helper (Renderer).app/…) fold into their app.
 * Processes outside any .app (daemons, shells) are not applications and are left out.
 */

export interface RunningApp {
  /** Path of the outermost bundle, e.g. /Applications/Slack.app */
  bundlePath: string;
  /** Bundle folder name without .app, e.g. Slack */
  name: string;
}

export function runningAppsFromPs(text: string): RunningApp[] {
  const apps = new Map<string, RunningApp>();
  for (const line of text.split(/\r?\n/)) {
    const path = line.trim();
    const end = path.indexOf('.app/');
    if (!path.startsWith('/') || end < 0) continue;
    const bundlePath = path.slice(0, end + 4);
    const name = bundlePath.slice(bundlePath.lastIndexOf('/') + 1, -4);
    if (!apps.has(bundlePath)) apps.set(bundlePath, { bundlePath, name });
  }
  return [...apps.values()];
}
