/**
 * Pure parsers for `system_profiler SPApplicationsDataType -json` and `-xml`.
 *   JSON: { "SPApplicationsDataType": [ { "_name", "version", "path", ... } ] }
 *   XML:  a plist whose root array holds one dictionary per data type; the apps are in its `_items`.
 * Keys per app: _name, version (CFBundleShortVersionString, optional), path, lastModified (bundle mtime,
 * not use), obtained_from (apple / identified_developer / mac_app_store / unknown), signed_by
 * (certificate chain, leaf first), arch_kind, info (CFBundleGetInfoString). The bundle identifier is
 * not in the output; the collector reads it from each bundle's Info.plist.
 * Shared with the fleet importer, so the names and result shape are part of its contract.
 */
import type { PlistValue } from 'plist';
import { parse as parsePlist } from 'plist';

export interface SystemProfilerApp {
  name: string;
  version?: string;
  path?: string;
  /** ISO date-time of the bundle's last modification. */
  lastModified?: string;
  obtainedFrom?: string;
  signedBy: string[];
  archKind?: string;
  info?: string;
}

export interface SystemProfilerResult {
  apps: SystemProfilerApp[];
  problems: string[];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  const text = str(value);
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function toApp(record: unknown): SystemProfilerApp | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const r = record as Record<string, unknown>;
  const name = str(r._name);
  if (!name) return undefined;
  const app: SystemProfilerApp = {
    name,
    signedBy: Array.isArray(r.signed_by) ? r.signed_by.filter((s): s is string => typeof s === 'string') : [],
  };
  const version = str(r.version);
  const path = str(r.path);
  const lastModified = isoDate(r.lastModified);
  const obtainedFrom = str(r.obtained_from);
  const archKind = str(r.arch_kind);
  const info = str(r.info);
  if (version) app.version = version;
  if (path) app.path = path;
  if (lastModified) app.lastModified = lastModified;
  if (obtainedFrom) app.obtainedFrom = obtainedFrom;
  if (archKind) app.archKind = archKind;
  if (info) app.info = info;
  return app;
}

function collect(items: unknown): SystemProfilerResult {
  if (!Array.isArray(items)) return { apps: [], problems: ['The application list from System Information has no SPApplicationsDataType section.'] };
  const apps = items.map(toApp).filter((a): a is SystemProfilerApp => a !== undefined);
  const skipped = items.length - apps.length;
  return { apps, problems: skipped > 0 ? [`${skipped} application record(s) without a name were skipped.`] : [] };
}

export function parseSystemProfilerJson(text: string): SystemProfilerResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { apps: [], problems: [`The application list from System Information is not readable JSON (${(error as Error).message}).`] };
  }
  return collect((data as Record<string, unknown> | null)?.SPApplicationsDataType);
}

export function parseSystemProfilerXml(text: string): SystemProfilerResult {
  if (!text.includes('<plist')) return { apps: [], problems: ['The application list from System Information is not a property list.'] };
  let data: PlistValue;
  try {
    data = parsePlist(text);
  } catch (error) {
    return { apps: [], problems: [`The application list from System Information is not a readable property list (${(error as Error).message}).`] };
  }
  const sections = Array.isArray(data) ? data : [data];
  const section = sections.find(
    (s) => typeof s === 'object' && s !== null && !Array.isArray(s) && (s as Record<string, PlistValue>)._dataType === 'SPApplicationsDataType',
  ) ?? sections[0];
  return collect((section as Record<string, PlistValue> | undefined)?._items);
}

/** "Developer ID Application: Zoom Video Communications, Inc. (BJ4HAAB9B3)" → BJ4HAAB9B3 (the Apple team id). */
export function teamId(app: SystemProfilerApp): string | undefined {
  return /\(([A-Z0-9]{10})\)\s*$/.exec(app.signedBy[0] ?? '')?.[1];
}

/**
 * Publisher as GLPI derives it (lib/GLPI/Agent/Task/Inventory/MacOS/Softwares.pm): Apple for Apple's own
 * apps; otherwise the organisation in the leaf signing certificate, without the team id.
 */
export function publisherOf(app: SystemProfilerApp): string | undefined {
  if (app.obtainedFrom === 'apple' || /^\/System\/Library\/(CoreServices|Frameworks)\//.test(app.path ?? '')) return 'Apple';
  const leaf = app.signedBy[0];
  const developer = leaf ? /^(?:Developer ID Application|Apple Development|Apple Distribution): (.+?)(?: \([A-Z0-9]{10}\))?$/.exec(leaf)?.[1] : undefined;
  return developer;
}
