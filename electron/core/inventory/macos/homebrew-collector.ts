/**
 * Homebrew casks (GUI apps installed with brew). Only the local `brew list`, which never touches the
 * network; auto-update is switched off for the call in case a wrapper would trigger it. A GUI app does
 * not inherit the shell's PATH, so brew is looked for at its two documented prefixes (Homebrew
 * "Installation": /opt/homebrew on Apple silicon, /usr/local on Intel).
 */
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import type { RunResult } from '../run-command';
import type { BrewCask } from './parse-brew';
import { parseBrewCaskList } from './parse-brew';

export const BREW_PATHS = ['/opt/homebrew/bin/brew', '/usr/local/bin/brew'] as const;

export function homebrewItem(cask: BrewCask): InventoryItem {
  const item: InventoryItem = {
    id: `homebrew:${cask.token}`,
    platform: 'macos',
    source: 'homebrew',
    name: cask.token,
    identifiers: { packageName: cask.token },
    scope: 'machine',
    linkedTo: [],
    evidence: { installedVia: 'homebrew cask' },
  };
  if (cask.version) item.version = cask.version;
  return item;
}

export const homebrewCollector: Collector = {
  id: 'macos.homebrew',
  platforms: ['macos'],
  async collect(context): Promise<CollectorOutput> {
    const env = { ...context.env, HOMEBREW_NO_AUTO_UPDATE: '1', HOMEBREW_NO_ANALYTICS: '1', HOMEBREW_NO_ENV_HINTS: '1' };
    let last: RunResult | undefined;
    for (const brew of BREW_PATHS) {
      last = await context.run(brew, ['list', '--cask', '--versions'], { env, signal: context.signal, timeoutMs: 60_000 });
      if (last.ok) return { items: parseBrewCaskList(last.stdout).map(homebrewItem) };
      if (last.failure !== 'not-found') break;
    }
    if (!last || (!last.ok && last.failure === 'not-found')) {
      return { items: [], status: 'skipped', message: 'Homebrew is not installed, so there are no Homebrew apps to list.' };
    }
    return { items: [], status: 'failed', message: `Homebrew apps could not be listed: ${last.ok ? 'no answer' : last.message}.` };
  },
};
