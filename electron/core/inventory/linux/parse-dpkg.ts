/**
 * Pure parsers for the Debian package database, in the two shapes it reaches us: the output of
 * `dpkg-query -W -f DPKG_QUERY_FORMAT` on a live machine, and a copied /var/lib/dpkg/status file
 * (fleet imports). Both return installed packages only: `config-files` (removed, not purged),
 * `half-installed`, `not-installed` and friends are not software the user has.
 * Format: deb-control(5), dpkg-query(1); the status values are listed in research/inventory.md §4.1.
 */

export interface DpkgPackage {
  /** `${binary:Package}`: the name, with `:arch` appended by dpkg for Multi-Arch: same packages. */
  binaryPackage: string;
  /** The bare package name, which is what catalogues and `.list` files use. */
  name: string;
  version: string;
  architecture: string;
  installedSizeKiB?: number;
  section?: string;
  maintainer?: string;
  homepage?: string;
}

/** Tab-separated and one line per package: no field of this set can hold a tab or a newline. */
export const DPKG_QUERY_FORMAT =
  '${binary:Package}\\t${Version}\\t${Architecture}\\t${db:Status-Status}\\t${Installed-Size}\\t${Section}\\t${Maintainer}\\t${Homepage}\\n';

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function sizeKiB(value: string | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

function bareName(binaryPackage: string): string {
  const colon = binaryPackage.indexOf(':');
  return colon === -1 ? binaryPackage : binaryPackage.slice(0, colon);
}

export function parseDpkgQuery(text: string): DpkgPackage[] {
  const packages: DpkgPackage[] = [];
  for (const line of text.split('\n')) {
    const fields = line.replace(/\r$/, '').split('\t');
    const [binaryPackage, version, architecture, status, size, section, maintainer, homepage] = fields;
    if (!binaryPackage || !version || status !== 'installed') continue;
    packages.push({
      binaryPackage,
      name: bareName(binaryPackage),
      version,
      architecture: architecture ?? '',
      installedSizeKiB: sizeKiB(size),
      section: optional(section),
      maintainer: optional(maintainer),
      homepage: optional(homepage),
    });
  }
  return packages;
}

/** Splits a control file into stanzas of field -> value; continuation lines (leading space) are dropped, as only single-line fields are used. */
function stanzas(text: string): Map<string, string>[] {
  const result: Map<string, string>[] = [];
  let current = new Map<string, string>();
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '') {
      if (current.size > 0) result.push(current);
      current = new Map();
      continue;
    }
    if (line.startsWith(' ') || line.startsWith('\t')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    current.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  if (current.size > 0) result.push(current);
  return result;
}

/** The Status field is "want flag status"; only the third word says whether the package is on disk. */
function isInstalled(status: string | undefined): boolean {
  return status?.trim().split(/\s+/)[2] === 'installed';
}

export function parseDpkgStatus(text: string): DpkgPackage[] {
  const packages: DpkgPackage[] = [];
  for (const stanza of stanzas(text)) {
    const name = stanza.get('package');
    const version = stanza.get('version');
    if (!name || !version || !isInstalled(stanza.get('status'))) continue;
    const architecture = stanza.get('architecture') ?? '';
    // dpkg itself qualifies Multi-Arch: same packages with their architecture, so two can coexist.
    const qualified = stanza.get('multi-arch') === 'same' && architecture && architecture !== 'all';
    packages.push({
      binaryPackage: qualified ? `${name}:${architecture}` : name,
      name,
      version,
      architecture,
      installedSizeKiB: sizeKiB(stanza.get('installed-size')),
      section: optional(stanza.get('section')),
      maintainer: optional(stanza.get('maintainer')),
      homepage: optional(stanza.get('homepage')),
    });
  }
  return packages;
}
