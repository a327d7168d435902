/** Debian/Ubuntu packages from `dpkg-query`, installed ones only. */
import type { InventoryItem, Platform } from '../../../shared/inventory';
import type { Collector } from '../collector';
import { commandFailureOutput } from './command-failure';
import { DPKG_QUERY_FORMAT, parseDpkgQuery, type DpkgPackage } from './parse-dpkg';

/** A maintainer field is "Name <mail>"; the name alone reads as the publisher (Zoom, Slack ship their own). */
function maintainerName(maintainer: string | undefined): string | undefined {
  const name = maintainer?.replace(/<[^>]*>/g, '').trim();
  return name ? name : undefined;
}

/** Also used by the fleet importer for copied /var/lib/dpkg/status files. */
export function dpkgPackageToItem(pkg: DpkgPackage, platform: Platform = 'linux'): InventoryItem {
  const evidence: InventoryItem['evidence'] = { architecture: pkg.architecture };
  if (pkg.section) evidence.section = pkg.section;
  if (pkg.installedSizeKiB !== undefined) evidence.installedSizeKiB = pkg.installedSizeKiB;
  if (pkg.homepage) evidence.homepage = pkg.homepage;
  if (pkg.maintainer) evidence.maintainer = pkg.maintainer;
  return {
    id: `dpkg:${pkg.binaryPackage}`,
    platform,
    source: 'dpkg',
    name: pkg.name,
    version: pkg.version,
    publisher: maintainerName(pkg.maintainer),
    identifiers: { packageName: pkg.name },
    scope: 'machine',
    linkedTo: [],
    evidence,
  };
}

export const dpkgCollector: Collector = {
  id: 'linux.dpkg',
  platforms: ['linux'],
  async collect(context) {
    const result = await context.run('dpkg-query', ['-W', '-f', DPKG_QUERY_FORMAT], { signal: context.signal, timeoutMs: 60_000 });
    if (!result.ok) return commandFailureOutput(result, 'Debian packages');
    return { items: parseDpkgQuery(result.stdout).map((pkg) => dpkgPackageToItem(pkg, context.platform)) };
  },
};
