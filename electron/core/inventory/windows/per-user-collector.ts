/** Per-user installs found by their folders (see per-user-installs.ts). */
import { join } from 'node:path';
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import type { FoundPerUserApp } from './per-user-installs';
import { findPerUserApp, PER_USER_APPS } from './per-user-installs';

export function perUserItem(found: FoundPerUserApp): InventoryItem {
  const item: InventoryItem = {
    id: `per-user-install:${found.app.id}`,
    platform: 'windows',
    source: 'per-user-install',
    name: found.app.name,
    identifiers: { exe: found.app.exe.at(-1) ?? found.app.name },
    scope: 'user',
    installLocation: found.folder,
    linkedTo: [],
    evidence: { programFile: found.exePath },
  };
  if (found.version) item.version = found.version;
  return item;
}

export const perUserInstallCollector: Collector = {
  id: 'windows.per-user-installs',
  platforms: ['windows'],
  async collect(context): Promise<CollectorOutput> {
    // The environment is the truth on Windows (folder redirection moves AppData); the profile layout
    // is the fallback when a variable is missing.
    const bases = {
      LocalAppData: context.env.LOCALAPPDATA ?? join(context.homeDir, 'AppData', 'Local'),
      AppData: context.env.APPDATA ?? join(context.homeDir, 'AppData', 'Roaming'),
    };
    const found = await Promise.all(PER_USER_APPS.map((app) => findPerUserApp(app, bases[app.base])));
    return { items: found.filter((f): f is FoundPerUserApp => f !== undefined).map(perUserItem) };
  },
};
