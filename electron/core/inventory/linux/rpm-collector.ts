/** RPM packages from `rpm -qa`. On Debian-family systems rpm is usually absent: that is a skip. */
import type { InventoryItem, Platform } from '../../../shared/inventory';
import type { Collector } from '../collector';
import { commandFailureOutput } from './command-failure';
import { parseRpmQuery, rpmFullVersion, RPM_QUERY_FORMAT, type RpmPackage } from './parse-rpm';

export function rpmPackageToItem(pkg: RpmPackage, platform: Platform = 'linux'): InventoryItem {
  const evidence: InventoryItem['evidence'] = { architecture: pkg.arch };
  if (pkg.summary) evidence.summary = pkg.summary;
  return {
    // Name-version-release.arch: rpm keeps several versions of one package side by side (kernels).
    id: `rpm:${pkg.name}-${rpmFullVersion(pkg)}.${pkg.arch}`,
    platform,
    source: 'rpm',
    name: pkg.name,
    version: rpmFullVersion(pkg),
    publisher: pkg.vendor,
    identifiers: { packageName: pkg.name },
    scope: 'machine',
    installDate: pkg.installedAt,
    linkedTo: [],
    evidence,
  };
}

export const rpmCollector: Collector = {
  id: 'linux.rpm',
  platforms: ['linux'],
  async collect(context) {
    const result = await context.run('rpm', ['-qa', '--queryformat', RPM_QUERY_FORMAT], { signal: context.signal, timeoutMs: 60_000 });
    if (!result.ok) return commandFailureOutput(result, 'RPM packages');
    return { items: parseRpmQuery(result.stdout).map((pkg) => rpmPackageToItem(pkg, context.platform)) };
  },
};
