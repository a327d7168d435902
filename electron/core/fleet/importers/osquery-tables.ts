/**
 * osquery software tables -> InventoryItems, shared by the osqueryi JSON importer and the osqueryd log
 * importer (both carry rows of the same tables). Column lists follow osquery's specs/*.table files
 * (research/fleet.md §2.1). osquery writes every value as a string unless --logger_numerics is set.
 */
import type { InventoryItem, Platform } from '../../../shared/inventory';
import { c2rReleaseId } from '../identifiers';
import { makeItem } from '../import-record';
import { epochSecondsToIso, normaliseDate, text } from '../values';

export type OsqueryTable = 'programs' | 'apps' | 'deb_packages' | 'rpm_packages' | 'homebrew_packages' | 'chocolatey_packages';

export const TABLE_PLATFORM: Record<OsqueryTable, Platform> = {
  programs: 'windows',
  apps: 'macos',
  deb_packages: 'linux',
  rpm_packages: 'linux',
  homebrew_packages: 'macos',
  chocolatey_packages: 'windows',
};

/** Columns only one software table has; a row with any of them belongs to that table. */
const DISTINCT_COLUMNS: [OsqueryTable, readonly string[]][] = [
  ['programs', ['identifying_number', 'install_location', 'install_source', 'uninstall_string', 'package_family_name', 'upgrade_code', 'language']],
  ['apps', ['bundle_identifier', 'bundle_short_version', 'bundle_version', 'bundle_executable', 'last_opened_time', 'display_name', 'bundle_name']],
  ['deb_packages', ['maintainer', 'status', 'admindir', 'section', 'priority', 'revision']],
  ['rpm_packages', ['release', 'epoch', 'vendor', 'install_time', 'package_group', 'sha1']],
  ['homebrew_packages', ['auto_updates', 'app_name', 'prefix']],
  ['chocolatey_packages', ['summary', 'author', 'license']],
];

/**
 * Decides the table from the column names. Ambiguous minimal selections fall back on what the values
 * say: `type` formula/cask is Homebrew, a `.nuspec` path is Chocolatey, a publisher column is programs.
 */
export function tableFromRow(row: Record<string, unknown>): OsqueryTable | undefined {
  for (const [table, columns] of DISTINCT_COLUMNS) {
    if (columns.some((column) => column in row)) return table;
  }
  if (row.type === 'formula' || row.type === 'cask') return 'homebrew_packages';
  if (typeof row.path === 'string' && row.path.toLowerCase().endsWith('.nuspec')) return 'chocolatey_packages';
  if (typeof row.path === 'string' && row.path.endsWith('.app')) return 'apps';
  if ('publisher' in row) return 'programs';
  return undefined;
}

/** The Fleet/osquery `.app` suffix is kept on macOS app names; the catalogue names the product without it. */
function appName(name: string): string {
  return name.endsWith('.app') ? name.slice(0, -4) : name;
}

export function itemFromRow(importerId: string, table: OsqueryTable, row: Record<string, unknown>): InventoryItem | undefined {
  const name = text(row.name);
  const platform = TABLE_PLATFORM[table];
  const evidence = { table };
  switch (table) {
    case 'programs': {
      if (!name) return undefined;
      const uninstall = text(row.uninstall_string);
      return makeItem(importerId, platform, {
        name, version: text(row.version), publisher: text(row.publisher),
        identifiers: { appxFamily: text(row.package_family_name), c2rReleaseId: c2rReleaseId(undefined, uninstall) },
        installDate: normaliseDate(row.install_date), installLocation: text(row.install_location),
        evidence: { ...evidence, msiProductCode: text(row.identifying_number), upgradeCode: text(row.upgrade_code) },
      });
    }
    case 'apps': {
      const label = text(row.display_name) ?? text(row.bundle_name) ?? name;
      if (!label) return undefined;
      return makeItem(importerId, platform, {
        name: appName(label), version: text(row.bundle_short_version) ?? text(row.bundle_version),
        identifiers: { bundleId: text(row.bundle_identifier) },
        installLocation: text(row.path), lastUsed: epochSecondsToIso(row.last_opened_time),
        evidence,
      });
    }
    case 'deb_packages': {
      // deb_packages also lists removed-but-configured packages; only "install ok installed" is on disk.
      const status = text(row.status);
      if (!name || (status && !status.endsWith(' installed'))) return undefined;
      return makeItem(importerId, platform, {
        name, version: text(row.version), publisher: text(row.maintainer),
        identifiers: { packageName: name }, evidence: { ...evidence, arch: text(row.arch) },
      });
    }
    case 'rpm_packages': {
      if (!name) return undefined;
      const version = text(row.version);
      const release = text(row.release);
      return makeItem(importerId, platform, {
        name, version: version && release ? `${version}-${release}` : version, publisher: text(row.vendor),
        identifiers: { packageName: name }, installDate: epochSecondsToIso(row.install_time),
        evidence: { ...evidence, arch: text(row.arch) },
      });
    }
    case 'homebrew_packages': {
      if (!name) return undefined;
      return makeItem(importerId, platform, {
        name, version: text(row.version), identifiers: { packageName: name },
        installLocation: text(row.path), evidence: { ...evidence, brewType: text(row.type) },
      });
    }
    case 'chocolatey_packages': {
      if (!name) return undefined;
      return makeItem(importerId, platform, {
        name, version: text(row.version), publisher: text(row.author),
        identifiers: { packageName: name }, evidence: { ...evidence, chocolateyId: name },
      });
    }
  }
}
