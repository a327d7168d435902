import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../electron/core/fleet/detect-format';
import { fixture } from './read-fixture';

describe('detectFormat', () => {
  it.each([
    ['osquery/PC-FIN-042.json', 'osquery-json'],
    ['osquery/MBP-KOMM-07.json', 'osquery-json'],
    ['osquery/deb-ws-01.json', 'osquery-json'],
    ['osquery/fedora-ws-02.json', 'osquery-json'],
    ['osquery/MBP-BREW-03.json', 'osquery-json'],
    ['osquery/PC-CHOCO-04.json', 'osquery-json'],
    ['osquery/osqueryd.results.log', 'osquery-log'],
    ['osquery/osqueryd.snapshots.log', 'osquery-log'],
    ['fleet/software-titles.json', 'fleet-titles'],
    ['fleet/fleetctl-get-software.json', 'fleet-titles'],
    ['fleet/MBP-KOMM-07.json', 'fleet-host-software'],
    ['fleet/host-1042.json', 'fleet-host-software'],
    ['intune/AppInvRawData.csv', 'intune-csv'],
    ['intune/AppInvAggregate.csv', 'intune-csv'],
    ['intune/detectedApps-page.json', 'intune-graph'],
    ['intune/AppInvRawData.report.json', 'intune-report-json'],
    ['intune/AllDevices.csv', 'intune-csv'],
    ['intune/detectedApps-all-pages.ndjson', 'intune-graph'],
    ['glpi/PC-FIN-042.json', 'glpi-json'],
    ['glpi/glpixps.json', 'glpi-json'],
    ['ocs/PC-COMPTA-07.ocs', 'inventory-xml'],
    ['ocs/pc-arg-23.xml', 'inventory-xml'],
    ['sccm/v_Add_Remove_Programs.csv', 'sccm-csv'],
    ['sccm/software-usage.csv', 'sccm-csv'],
    ['sccm/v_GS_INSTALLED_SOFTWARE.csv', 'sccm-csv'],
    ['reg/PC-FIN-042.reg', 'reg-export'],
    ['powershell/PC-MKT-019.json', 'powershell-uninstall'],
    ['powershell/PC-MKT-019-appx.txt', 'powershell-appx'],
    ['winget/PC-FIN-042.json', 'winget-export'],
    ['linux/deb-build-01.tsv', 'dpkg'],
    ['linux/deb-build-02.status', 'dpkg'],
    ['linux/fedora-ws-02.rpm-qa.txt', 'rpm'],
    ['linux/fedora-ws-03.rpm.tsv', 'rpm'],
    ['own-scan/PC-FIN-042.switchyard.json', 'own-scan'],
    ['macos/MBP-KOMM-07.json', 'system-profiler'],
    ['macos/MBP-ALT-02.xml', 'system-profiler'],
    ['csv/lansweeper-software-by-computer.csv', 'generic-csv'],
    ['csv/pdq-de-ansi.csv', 'generic-csv'],
    ['csv/glpi-logiciels-fr.csv', 'generic-csv'],
    ['csv/ocs-nl.tsv', 'generic-csv'],
    ['csv/bericht-pipe.txt', 'generic-csv'],
    ['corrupt/AppInvRawData-utf16be.csv', 'intune-csv'],
    ['corrupt/truncated-osquery.txt', 'osquery-json'],
    ['corrupt/truncated.ocs', 'inventory-xml'],
  ])('detects %s as %s', (path, importerId) => {
    const result = detectFormat(fixture(path));
    expect(result.ok && result.importer.id).toBe(importerId);
  });

  it('names what it tried when nothing fits', () => {
    const result = detectFormat(fixture('corrupt/notes.txt'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^Unrecognised format\. Switchyard can import: Switchyard scan file; Windows registry export \(\.reg\); .*CSV or TSV software list\. If this is a CSV list/);
  });

  it.each(['csv/README.md', 'intune/README.md', 'ocs/README.md', 'winget/README.md'])(
    'does not claim prose that merely quotes a format (%s)',
    (path) => {
      expect(detectFormat(fixture(path)).ok).toBe(false);
    },
  );

  it('keeps going when a detector throws', () => {
    const throwing = { id: 'bad', label: 'Bad', detect: (): number => { throw new Error('boom'); }, parse: () => ({ hosts: [], aggregates: [], errors: [] }) };
    const fine = { ...throwing, id: 'fine', label: 'Fine', detect: (): number => 0.5 };
    const result = detectFormat({ fileName: 'x', text: 'x' }, [throwing, fine]);
    expect(result.ok && result.importer.id).toBe('fine');
  });
});
