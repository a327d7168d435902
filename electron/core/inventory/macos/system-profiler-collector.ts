/**
 * Applications as System Information reports them (signing team, App Store origin). system_profiler
 * walks every volume and can take a minute, hence the long timeout. Bundle ids are joined in from each
 * app's Info.plist because system_profiler does not print them.
 */
import { join } from 'node:path';
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorContext, CollectorOutput } from '../collector';
import type { RunResult } from '../run-command';
import { readInfoPlist } from './app-bundles';
import type { SystemProfilerApp, SystemProfilerResult } from './parse-system-profiler';
import { parseSystemProfilerJson, parseSystemProfilerXml, publisherOf, teamId } from './parse-system-profiler';
import { MAC_TOOLS } from './commands';

const TIMEOUT_MS = 180_000;

export function systemProfilerItem(app: SystemProfilerApp, bundleId: string | undefined): InventoryItem {
  const evidence: InventoryItem['evidence'] = {};
  if (app.obtainedFrom) evidence.obtainedFrom = app.obtainedFrom;
  if (app.archKind) evidence.architecture = app.archKind;
  if (app.lastModified) evidence.bundleModified = app.lastModified;
  const team = teamId(app);
  if (team) evidence.teamId = team;
  const item: InventoryItem = {
    id: `system-profiler:${app.path ?? app.name}`,
    platform: 'macos',
    source: 'system-profiler',
    name: app.name,
    identifiers: bundleId ? { bundleId } : {},
    scope: app.path?.startsWith('/Users/') ? 'user' : 'machine',
    linkedTo: [],
    evidence,
  };
  const publisher = publisherOf(app);
  if (app.version) item.version = app.version;
  if (publisher) item.publisher = publisher;
  if (app.path) item.installLocation = app.path;
  return item;
}

async function profile(context: CollectorContext): Promise<{ result?: SystemProfilerResult; failure?: RunResult & { ok: false } }> {
  const json = await context.run(MAC_TOOLS.systemProfiler, ['SPApplicationsDataType', '-json'], { signal: context.signal, timeoutMs: TIMEOUT_MS });
  if (json.ok) {
    const parsed = parseSystemProfilerJson(json.stdout);
    if (parsed.apps.length > 0 || parsed.problems.length === 0) return { result: parsed };
  } else if (json.failure !== 'exit-code') {
    return { failure: json };
  }
  // macOS before 10.15 has no -json; its -xml output is a plist.
  const xml = await context.run(MAC_TOOLS.systemProfiler, ['SPApplicationsDataType', '-xml'], { signal: context.signal, timeoutMs: TIMEOUT_MS });
  return xml.ok ? { result: parseSystemProfilerXml(xml.stdout) } : { failure: xml };
}

export const systemProfilerCollector: Collector = {
  id: 'macos.system-profiler',
  platforms: ['macos'],
  async collect(context): Promise<CollectorOutput> {
    const { result, failure } = await profile(context);
    if (!result) {
      return failure?.failure === 'not-found'
        ? { items: [], status: 'skipped', message: 'system_profiler is not available, so System Information was not asked for the application list. This is expected on a computer that is not a Mac.' }
        : { items: [], status: 'failed', message: `System Information could not list the applications: ${failure?.message ?? 'no answer'}.` };
    }
    const items: InventoryItem[] = [];
    for (const app of result.apps) {
      const info = app.path ? await readInfoPlist(context, join(context.rootDir, app.path)) : undefined;
      items.push(systemProfilerItem(app, info?.bundleId));
    }
    return result.problems.length > 0 ? { items, status: 'partial', message: result.problems.join(' ') } : { items };
  },
};
