/**
 * A full scan of this workstation as the app and the CLI run it: the collectors, the opt-in document count,
 * and the opt-in browser SaaS usage for the web domains the catalogue knows.
 */
import os from 'node:os';
import type { InventoryFile } from '../../shared/inventory';
import { APP_NAME, APP_VERSION } from '../../shared/app-info';
import type { MatchableEntry } from '../catalogue/types';
import { collectWebUsage } from '../inventory/browsers/collect-web-usage';
import { defaultDocumentRoots } from '../inventory/documents/default-roots';
import { currentPlatform, scanWorkstation, type ScanProgressEvent } from '../inventory/scan';

export interface FullScanOptions {
  documents?: { roots: string[]; keepPaths: boolean } | 'default' | false;
  browserHistory?: { entries: readonly MatchableEntry[] } | false;
  signal?: AbortSignal;
  onProgress?: (event: ScanProgressEvent) => void;
}

export async function scanWithUsage(options: FullScanOptions): Promise<InventoryFile> {
  const platform = currentPlatform();
  const documents = options.documents === 'default'
    ? { roots: await defaultDocumentRoots(os.homedir(), platform), keepPaths: false }
    : options.documents || undefined;
  const inventory = await scanWorkstation({
    generator: { name: APP_NAME, version: APP_VERSION }, documents, signal: options.signal, onProgress: options.onProgress,
  });
  if (!options.browserHistory || options.signal?.aborted) return inventory;
  const domains = [...new Set(options.browserHistory.entries.flatMap((e) => e.identifiers.filter((i) => i.scheme === 'domain').map((i) => i.value.toLowerCase())))];
  options.onProgress?.({ collector: 'browser-history', state: 'running' });
  const web = await collectWebUsage({ homeDir: os.homedir(), platform, domains, signal: options.signal });
  options.onProgress?.({ collector: 'browser-history', state: 'done', itemCount: web.usage.length, status: web.diagnostics.some((d) => d.status === 'failed') ? 'partial' : 'ok' });
  return { ...inventory, webUsage: web.usage, diagnostics: [...inventory.diagnostics, ...web.diagnostics] };
}
