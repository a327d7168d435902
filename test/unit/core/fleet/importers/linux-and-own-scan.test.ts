import { describe, expect, it } from 'vitest';
import { dpkgImporter, rpmImporter } from '../../../../../electron/core/fleet/importers/linux-packages';
import { ownScanImporter } from '../../../../../electron/core/fleet/importers/own-scan';
import { fixture } from '../read-fixture';

describe('Linux package list importers', () => {
  it('reads dpkg-query output captured on Debian 12', () => {
    const [host] = dpkgImporter.parse(fixture('linux/deb-build-01.tsv')).hosts;
    expect(host?.identity).toEqual({ hostname: 'deb-build-01', toolName: 'dpkg' });
    expect(host?.os).toEqual({ platform: 'linux' });
    expect(host?.items.map((item) => [item.name, item.version])).toEqual([
      ['bash', '5.2.15-2+b8'], ['coreutils', '9.1-1'], ['git', '1:2.39.5-0+deb12u3'], ['gzip', '1.12-1'], ['tar', '1.34+dfsg-1.2+deb12u1'],
    ]);
    expect(host?.items[0]).toMatchObject({ source: 'import', evidence: { importer: 'dpkg', observedBy: 'dpkg' } });
  });

  it('reads a copied /var/lib/dpkg/status', () => {
    const items = dpkgImporter.parse(fixture('linux/deb-build-02.status')).hosts[0]?.items ?? [];
    expect(items.map((item) => item.name)).toEqual(['bash', 'git', 'tar']);
  });

  it('reads plain rpm -qa lines (NEVRA) without the gpg-pubkey pseudo-package', () => {
    const items = rpmImporter.parse(fixture('linux/fedora-ws-02.rpm-qa.txt')).hosts[0]?.items ?? [];
    expect(items.map((item) => [item.name, item.version])).toEqual([
      ['libreoffice-calc', '24.2.4.2-1.fc40'],
      ['thunderbird', '128.3.1-1.fc40'],
      ['fedora-release-common', '40-40'],
      ['xorg-x11-fonts-misc', '7.5-38.fc40'],
    ]);
  });

  it('reads rpm --queryformat output with epochs and install times', () => {
    const items = rpmImporter.parse(fixture('linux/fedora-ws-03.rpm.tsv')).hosts[0]?.items ?? [];
    expect(items.map((item) => [item.name, item.version, item.publisher])).toEqual([
      ['libreoffice-calc', '1:24.2.4.2-1.fc40', 'Fedora Project'],
      ['thunderbird', '128.3.1-1.fc40', 'Fedora Project'],
    ]);
  });

  it('tells dpkg and rpm lists apart and says when nothing was installed', () => {
    expect(dpkgImporter.detect(fixture('linux/deb-build-01.tsv'))).toBeGreaterThan(0.8);
    expect(rpmImporter.detect(fixture('linux/deb-build-01.tsv'))).toBe(0);
    expect(dpkgImporter.detect(fixture('linux/fedora-ws-03.rpm.tsv'))).toBe(0);
    expect(dpkgImporter.parse({ fileName: 'x.status', text: 'Package: a\nStatus: deinstall ok config-files\nVersion: 1\n' }).errors).toEqual([
      { file: 'x.status', reason: 'No installed Debian packages were found in this file.' },
    ]);
  });
});

describe('Switchyard scan importer', () => {
  it('takes the scan as it is, marked as imported', () => {
    const [host] = ownScanImporter.parse(fixture('own-scan/PC-FIN-042.switchyard.json')).hosts;
    expect(host?.identity).toEqual({ hostname: 'PC-FIN-042', serial: '5CG1234XYZ', hardwareUuid: '4C4C4544-0034-3010-8048-B6C04F503732', toolId: undefined, toolName: 'switchyard' });
    expect(host?.lastSeen).toBe('2026-10-17T08:12:44.000Z');
    expect(host?.items[1]).toMatchObject({ source: 'import', useCount: 14, lastUsed: '2026-09-30T14:02:11.000Z', evidence: { importer: 'own-scan', observedBy: 'userassist' } });
  });

  it('explains a file that does not match the scan format', () => {
    const [error] = ownScanImporter.parse({ fileName: 's.json', text: '{"format":"switchyard-inventory","formatVersion":2}' }).errors;
    expect(error?.reason).toMatch(/^This Switchyard scan file is not valid at formatVersion: .* It may come from a newer Switchyard version\.$/);
  });
});
