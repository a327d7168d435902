/**
 * Fleet (fleetdm) software JSON, as saved from its REST API or fleetctl (research/fleet.md §3):
 *  - software titles (`GET /api/v1/fleet/software/titles`, `fleetctl get software --json`): counts only;
 *  - one host's software (`GET /api/v1/fleet/hosts/:id` with its `software` list, or
 *    `GET /api/v1/fleet/hosts/:id/software` with `installed_versions`).
 * Fleet's `source` is the osquery table name. Browser and developer add-ons (chrome_extensions,
 * vscode_extensions, python_packages ...) are left out: they are not applications anyone switches away from.
 */
import type { Platform } from '../../../shared/inventory';
import { isDeviceCount, type AggregateRow, type Importer, type ImportResult } from '../importer';
import { emptyResult, withUniqueIds, makeItem } from '../import-record';
import { identityFromFileName } from '../host-from-file';
import { isRecord, parseJsonFile, startsAsJson } from '../json-text';
import { normaliseDate, platformFromText, text } from '../values';
import { TABLE_PLATFORM, type OsqueryTable } from './osquery-tables';

const TITLES_ID = 'fleet-titles';
const HOST_ID = 'fleet-host-software';

function sourcePlatform(source: unknown): Platform | undefined {
  return typeof source === 'string' && source in TABLE_PLATFORM ? TABLE_PLATFORM[source as OsqueryTable] : undefined;
}

/** Fleet keeps the bundle suffix on macOS titles ("Firefox.app"); the catalogue names the product. */
function titleName(name: string, source: unknown): string {
  return source === 'apps' && name.endsWith('.app') ? name.slice(0, -4) : name;
}

function loadJson(fileName: string, body: string, result: ImportResult): Record<string, unknown> | undefined {
  const value = parseJsonFile(body, fileName, result.errors);
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    result.errors.push({ file: fileName, reason: 'Expected a JSON object as Fleet returns it.' });
    return undefined;
  }
  return value;
}

export const fleetTitlesImporter: Importer = {
  id: TITLES_ID,
  label: 'Fleet software titles (counts)',
  detect({ text: sample }) {
    if (!startsAsJson(sample)) return 0;
    if (/"software_titles"\s*:\s*\[/.test(sample)) return 0.95;
    if (/"kind"\s*:\s*"software_title"/.test(sample)) return 0.95;
    return 0;
  },
  parse({ fileName, text: body }): ImportResult {
    const result = emptyResult();
    const json = loadJson(fileName, body, result);
    if (!json) return result;
    const titles = Array.isArray(json.software_titles) ? json.software_titles : Array.isArray(json.spec) ? json.spec : undefined;
    if (!titles) {
      result.errors.push({ file: fileName, reason: 'No "software_titles" list found; save the response of /api/v1/fleet/software/titles.' });
      return result;
    }
    for (const [index, title] of titles.entries()) {
      const name = isRecord(title) ? text(title.name) : undefined;
      const count = isRecord(title) ? Number(title.hosts_count) : NaN;
      if (!isRecord(title) || !name || !isDeviceCount(count)) {
        result.errors.push({ file: fileName, record: `title ${index + 1}`, reason: 'This title has no name, or its hosts_count is not a whole number; skipped.' });
        continue;
      }
      const platform = sourcePlatform(title.source);
      if (!platform) continue;
      const versions = Array.isArray(title.versions) ? title.versions.filter(isRecord) : [];
      const row: AggregateRow = {
        importer: TITLES_ID,
        reportedBy: 'Fleet',
        name: titleName(name, title.source),
        platform,
        identifiers: { bundleId: text(title.bundle_identifier) },
        deviceCount: count,
      };
      if (!row.identifiers.bundleId) delete row.identifiers.bundleId;
      const onlyVersion = versions.length === 1 ? text(versions[0]?.version) : undefined;
      if (onlyVersion) row.version = onlyVersion;
      result.aggregates.push(row);
    }
    return result;
  },
};

export const fleetHostSoftwareImporter: Importer = {
  id: HOST_ID,
  label: 'Fleet host software',
  detect({ text: sample }) {
    if (!startsAsJson(sample)) return 0;
    if (/^\s*\{\s*"host"\s*:\s*\{/.test(sample) && /"osquery_version"\s*:/.test(sample)) return 0.9;
    if (/"software"\s*:\s*\[/.test(sample) && /"installed_versions"\s*:/.test(sample)) return 0.9;
    return 0;
  },
  parse({ fileName, text: body }): ImportResult {
    const result = emptyResult();
    const json = loadJson(fileName, body, result);
    if (!json) return result;
    const host = isRecord(json.host) ? json.host : undefined;
    const software = Array.isArray(host?.software) ? host.software : Array.isArray(json.software) ? json.software : undefined;
    if (!software) {
      result.errors.push({ file: fileName, reason: 'No "software" list found; save /api/v1/fleet/hosts/:id or /api/v1/fleet/hosts/:id/software.' });
      return result;
    }
    const hostPlatform = platformFromText(host?.platform);
    const items = [];
    for (const entry of software) {
      if (!isRecord(entry)) continue;
      const name = text(entry.name);
      const platform = sourcePlatform(entry.source);
      if (!name || !platform) continue;
      const versions = Array.isArray(entry.installed_versions) ? entry.installed_versions.filter(isRecord) : [entry];
      for (const installed of versions) {
        const paths = Array.isArray(installed.installed_paths) ? installed.installed_paths : [];
        items.push(makeItem(HOST_ID, platform, {
          name: titleName(name, entry.source),
          version: text(installed.version),
          identifiers: { bundleId: text(installed.bundle_identifier) ?? text(entry.bundle_identifier) },
          installLocation: text(paths[0]),
          // Fleet writes null or "" both for "never opened" and "not supported" (Fleet #27087): unknown either way.
          lastUsed: normaliseDate(installed.last_opened_at),
          evidence: { table: text(entry.source), fleetSoftwareId: typeof entry.id === 'number' ? entry.id : undefined },
        }));
      }
    }
    const identity = host
      ? { hostname: text(host.hostname) ?? text(host.computer_name), hardwareUuid: text(host.uuid), serial: text(host.hardware_serial), toolId: text(host.id), toolName: 'fleet' }
      : { ...identityFromFileName(fileName), toolName: 'fleet' };
    const platform = hostPlatform ?? items[0]?.platform;
    result.hosts.push({
      identity,
      os: platform ? { platform, name: text(host?.os_version) } : undefined,
      tags: [text(host?.team_name)].filter((tag): tag is string => tag !== undefined),
      lastSeen: normaliseDate(host?.seen_time),
      items: withUniqueIds(items),
    });
    return result;
  },
};
