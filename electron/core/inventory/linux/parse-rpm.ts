/**
 * Pure parser for `rpm -qa --queryformat RPM_QUERY_FORMAT` (Fedora, RHEL, openSUSE).
 * %{EPOCHNUM} prints 0 for "no epoch" where %{EPOCH} prints "(none)"; rpm prints "(none)" for any unset
 * tag, which we map to absent as GLPI does. See research/inventory.md §4.2.
 */

export interface RpmPackage {
  name: string;
  epoch: number;
  version: string;
  release: string;
  arch: string;
  /** ISO date-time from INSTALLTIME (Unix seconds). */
  installedAt?: string;
  vendor?: string;
  summary?: string;
}

export const RPM_QUERY_FORMAT =
  '%{NAME}\\t%{EPOCHNUM}\\t%{VERSION}\\t%{RELEASE}\\t%{ARCH}\\t%{INSTALLTIME}\\t%{VENDOR}\\t%{SUMMARY}\\n';

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed !== '(none)' ? trimmed : undefined;
}

function isoFromUnixSeconds(value: string | undefined): string | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const date = new Date(Number(value) * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** `epoch:version-release`, the form rpm itself prints; the epoch is left out when it is 0. */
export function rpmFullVersion(pkg: RpmPackage): string {
  return `${pkg.epoch > 0 ? `${pkg.epoch}:` : ''}${pkg.version}-${pkg.release}`;
}

export function parseRpmQuery(text: string): RpmPackage[] {
  const packages: RpmPackage[] = [];
  for (const line of text.split('\n')) {
    const [name, epoch, version, release, arch, installTime, vendor, summary] = line.replace(/\r$/, '').split('\t');
    if (!name || !version || release === undefined) continue;
    // Imported signing keys are listed by `rpm -qa` as gpg-pubkey "packages" without an architecture.
    if (name === 'gpg-pubkey') continue;
    packages.push({
      name,
      epoch: /^\d+$/.test(epoch ?? '') ? Number(epoch) : 0,
      version,
      release,
      arch: present(arch) ?? '',
      installedAt: isoFromUnixSeconds(installTime),
      vendor: present(vendor),
      summary: present(summary),
    });
  }
  return packages;
}
