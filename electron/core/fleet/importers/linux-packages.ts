/**
 * Linux package lists collected from machines: a copied /var/lib/dpkg/status, `dpkg-query -W -f
 * DPKG_QUERY_FORMAT` output, `rpm -qa --queryformat RPM_QUERY_FORMAT` output (the Linux collector's
 * parsers and item builders), and plain `rpm -qa` lines (name-version-release.arch), which is what admins
 * most often already have. Host from the file name.
 */
import type { InventoryItem } from '../../../shared/inventory';
import { dpkgPackageToItem } from '../../inventory/linux/dpkg-collector';
import { parseDpkgQuery, parseDpkgStatus } from '../../inventory/linux/parse-dpkg';
import { parseRpmQuery, type RpmPackage } from '../../inventory/linux/parse-rpm';
import { rpmPackageToItem } from '../../inventory/linux/rpm-collector';
import type { Importer, ImportResult } from '../importer';
import { looksLikeMarkup } from '../csv-mapping';
import { asImported, emptyResult } from '../import-record';
import { identityFromFileName } from '../host-from-file';

const DPKG_ID = 'dpkg';
const RPM_ID = 'rpm';

/** dpkg's db:Status-Status words (dpkg-query(1)); the fourth field of DPKG_QUERY_FORMAT. */
const DPKG_STATUS_WORDS = new Set(['installed', 'config-files', 'half-installed', 'unpacked', 'half-configured', 'triggers-awaited', 'triggers-pending', 'not-installed']);
/** rpm architectures, for recognising plain `rpm -qa` lines. */
const NEVRA = /^(.+)-([^-]+)-([^-]+)\.(x86_64|noarch|i[3-6]86|aarch64|ppc64le|s390x|armv7hl|riscv64)$/;

/** Package lists have short lines; a longer line means another format and is not worth a regex. */
const MAX_LINE = 512;

function firstLines(sample: string, count: number): string[] {
  const lines: string[] = [];
  for (const raw of sample.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    if (lines.length >= count) break;
    lines.push(line.length > MAX_LINE ? '' : line);
  }
  return lines;
}

function hostResult(fileName: string, importerId: string, items: InventoryItem[], what: string): ImportResult {
  const result = emptyResult();
  if (items.length === 0) {
    result.errors.push({ file: fileName, reason: `No installed ${what} packages were found in this file.` });
    return result;
  }
  result.hosts.push({ identity: { ...identityFromFileName(fileName), toolName: importerId }, os: { platform: 'linux' }, tags: [], items: asImported(items, importerId) });
  return result;
}

export const dpkgImporter: Importer = {
  id: DPKG_ID,
  label: 'Debian/Ubuntu package list (dpkg status or dpkg-query)',
  detect({ text }) {
    if (looksLikeMarkup(text)) return 0;
    if (/^Package: \S+/m.test(text) && /^Status: \S+ \S+ \S+/m.test(text)) return 0.9;
    const lines = firstLines(text, 5);
    const dpkgQuery = lines.length > 0 && lines.every((line) => {
      const fields = line.split('\t');
      return fields.length >= 4 && DPKG_STATUS_WORDS.has(fields[3] ?? '');
    });
    return dpkgQuery ? 0.85 : 0;
  },
  parse({ fileName, text }) {
    const packages = /^Package: /m.test(text) ? parseDpkgStatus(text) : parseDpkgQuery(text);
    return hostResult(fileName, DPKG_ID, packages.map((pkg) => dpkgPackageToItem(pkg)), 'Debian');
  },
};

function plainRpmPackages(text: string): RpmPackage[] {
  return firstLines(text, Number.MAX_SAFE_INTEGER).flatMap((line) => {
    const match = NEVRA.exec(line.trim());
    if (!match || match[1] === 'gpg-pubkey') return [];
    const [, name = '', version = '', release = '', arch = ''] = match;
    return [{ name, epoch: 0, version, release, arch }];
  });
}

export const rpmImporter: Importer = {
  id: RPM_ID,
  label: 'RPM package list (rpm -qa)',
  detect({ text }) {
    if (looksLikeMarkup(text)) return 0;
    const lines = firstLines(text, 5);
    if (lines.length === 0) return 0;
    if (lines.every((line) => { const fields = line.split('\t'); return fields.length >= 6 && /^\d+$/.test(fields[1] ?? ''); })) return 0.85;
    // Signing keys (gpg-pubkey-<id>-<date>) have no architecture; every other line must be a NEVRA.
    const packages = lines.filter((line) => !line.startsWith('gpg-pubkey-'));
    return packages.length > 0 && packages.every((line) => NEVRA.test(line.trim())) ? 0.8 : 0;
  },
  parse({ fileName, text }) {
    const packages = text.includes('\t') ? parseRpmQuery(text) : plainRpmPackages(text);
    return hostResult(fileName, RPM_ID, packages.map((pkg) => rpmPackageToItem(pkg)), 'RPM');
  },
};
