import { describe, expect, it } from 'vitest';
import { genericCsvImporter, guessCsvMapping, parseGenericCsv } from '../../../../../electron/core/fleet/importers/generic-csv';
import { sccmCsvImporter } from '../../../../../electron/core/fleet/importers/sccm-csv';
import { fixture } from '../read-fixture';

describe('SCCM CSV importer', () => {
  it('reads v_Add_Remove_Programs: ResourceID as device id, NULL as empty, rows without a name skipped', () => {
    const { hosts, errors } = sccmCsvImporter.parse(fixture('sccm/v_Add_Remove_Programs.csv'));
    expect(errors).toEqual([]);
    expect(hosts.map((host) => [host.identity.toolId, host.identity.toolName, host.lastSeen, host.items.length])).toEqual([
      ['16777220', 'sccm', '2026-10-16T22:04:11.000Z', 3],
      ['16777231', 'sccm', '2026-10-15T21:58:40.000Z', 1],
    ]);
    const zoom = hosts[0]?.items[2];
    expect(zoom).toMatchObject({ name: 'Zoom Workplace (64-bit)', publisher: 'Zoom Video Communications, Inc.', identifiers: { uninstallKey: 'ZoomUMX' } });
    expect(zoom?.installDate).toBeUndefined();
    expect(hosts[0]?.items[0]).toMatchObject({ installDate: '2026-06-02', identifiers: { uninstallKey: 'VisioProRetail - de-de', c2rReleaseId: 'VisioProRetail' } });
  });

  it('reads the usage query: host names, last used and launch counts', () => {
    const { hosts } = sccmCsvImporter.parse(fixture('sccm/software-usage.csv'));
    expect(hosts.map((host) => host.identity.hostname)).toEqual(['PC-FIN-042', 'PC-HR-011']);
    expect(hosts[0]?.items[0]).toMatchObject({ lastUsed: '2026-09-30T14:02:11.000Z', useCount: 14, user: 'KREIS\\m.schmidt' });
    expect(hosts[0]?.items[1]?.useCount).toBeUndefined();
  });

  it('reads v_GS_INSTALLED_SOFTWARE: ARP name over product name, MSI code as key', () => {
    const items = sccmCsvImporter.parse(fixture('sccm/v_GS_INSTALLED_SOFTWARE.csv')).hosts[0]?.items ?? [];
    expect(items.map((item) => [item.name, item.version, item.installDate, item.installLocation])).toEqual([
      ['Mozilla Firefox (x64 de)', '131.0.3', '2026-10-02T00:00:00.000Z', 'C:\\Program Files\\Mozilla Firefox'],
      ['Microsoft 365 Apps for enterprise - de-de', '16.0.18025.20160', '2026-06-02T00:00:00.000Z', 'C:\\Program Files\\Microsoft Office'],
    ]);
  });
});

describe('guessCsvMapping', () => {
  it('maps Lansweeper columns (Manufacturer is hardware, Publisher is software)', () => {
    const mapping = guessCsvMapping(fixture('csv/lansweeper-software-by-computer.csv').text);
    expect(mapping.delimiter).toBe(',');
    expect(mapping.headerRow).toBe(0);
    const named = Object.fromEntries(Object.entries(mapping.columns).map(([field, index]) => [field, mapping.headers[index]]));
    expect(named).toEqual({
      name: 'Software', version: 'Version', publisher: 'Publisher', host: 'AssetName', hostId: 'AssetID', os: 'OS',
      seenAt: 'Last successful scan', user: 'Username',
    });
  });

  it('finds the header after an Excel sep= line, German headers in Windows-1252', () => {
    const mapping = guessCsvMapping(fixture('csv/pdq-de-ansi.csv').text);
    expect(mapping).toMatchObject({ delimiter: ';', headerRow: 1, columns: { host: 0, name: 1, version: 2, publisher: 3, installDate: 4, tag: 5 } });
  });

  it('finds the header after a title line, pipe delimited', () => {
    const mapping = guessCsvMapping(fixture('csv/bericht-pipe.txt').text);
    expect(mapping).toMatchObject({ delimiter: '|', headerRow: 1, columns: { host: 0, name: 1, version: 2, publisher: 3, lastUsed: 4, os: 5 } });
  });

  it('reads tab-separated Dutch and semicolon French headers', () => {
    expect(guessCsvMapping(fixture('csv/ocs-nl.tsv').text)).toMatchObject({ delimiter: '\t', columns: { host: 0, name: 1, version: 2, publisher: 3, tag: 4 } });
    expect(guessCsvMapping(fixture('csv/glpi-logiciels-fr.csv').text)).toMatchObject({ delimiter: ';', columns: { name: 0, tag: 1, publisher: 2, version: 3, deviceCount: 4 } });
  });
});

describe('generic CSV importer', () => {
  it('imports German rows per host with department tags', () => {
    const { hosts, errors } = genericCsvImporter.parse(fixture('csv/pdq-de-ansi.csv'));
    expect(errors).toEqual([]);
    expect(hosts.map((host) => [host.identity.hostname, host.tags, host.items.map((item) => item.name)])).toEqual([
      ['PC-FIN-042', ['Kämmerei'], ['Microsoft Visio - de-de', 'Zoom Workplace (64-bit)']],
      ['PC-ORD-008', ['Ordnungsamt'], ['Mozilla Firefox (x64 de)']],
    ]);
    expect(hosts[0]?.items[0]?.installDate).toBe('2026-06-02');
  });

  it('reads the OS column per row and usage dates', () => {
    const { hosts } = genericCsvImporter.parse(fixture('csv/bericht-pipe.txt'));
    expect(hosts.map((host) => [host.os?.platform, host.items[0]?.platform, host.items[0]?.lastUsed])).toEqual([
      ['windows', 'windows', '2026-09-30'],
      ['macos', 'macos', '2026-10-16'],
    ]);
  });

  it('turns a list with installation counts into count-only rows', () => {
    const { hosts, aggregates } = genericCsvImporter.parse(fixture('csv/glpi-logiciels-fr.csv'));
    expect(hosts).toEqual([]);
    expect(aggregates.map((row) => [row.name, row.deviceCount, row.reportedBy])).toEqual([
      ['Microsoft Office Professionnel Plus 2021', 42, 'csv'],
      ['LibreOffice', 118, 'csv'],
      ['Ciel Compta & Facturation', 5, 'csv'],
    ]);
  });

  it('applies a mapping the user corrected', () => {
    const text = 'Machine;Produkt;Stand\nPC-1;LibreOffice;24.8\n';
    const guessed = guessCsvMapping(text);
    expect(guessed.columns.version).toBeUndefined();
    const result = parseGenericCsv(text, { ...guessed, columns: { ...guessed.columns, version: 2 } }, { fileName: 'x.csv', defaultPlatform: 'linux' });
    expect(result.hosts[0]?.items[0]).toMatchObject({ name: 'LibreOffice', version: '24.8', platform: 'linux' });
  });

  it('explains what to do when no name column is known', () => {
    const text = 'a;b\n1;2\n';
    expect(parseGenericCsv(text, guessCsvMapping(text), { fileName: 'x.csv' }).errors).toEqual([
      { file: 'x.csv', reason: 'No column for the software name was recognised. Choose which column holds the name and import again.' },
    ]);
    expect(genericCsvImporter.detect({ fileName: 'x.csv', text })).toBe(0);
  });

  it('keeps a file with no host column as one host named after the file', () => {
    const result = parseGenericCsv('Name,Version\r\n7-Zip,24.08\r\n', guessCsvMapping('Name,Version\r\n'), { fileName: 'exports/PC-LAB-01.csv' });
    expect(result.hosts).toHaveLength(1);
    expect(result.hosts[0]?.identity).toEqual({ hostname: 'PC-LAB-01', toolName: 'csv' });
  });

  it('accepts stray quotes inside values', () => {
    const text = 'Computer,Software,Version\nPC-1,Bro"ken,1\nPC-2,"Libre"x,24.8\nPC-3,LibreOffice,24.8\n';
    const result = parseGenericCsv(text, guessCsvMapping(text), { fileName: 'x.csv' });
    expect(result.errors).toEqual([]);
    expect(result.hosts.map((host) => host.items[0]?.name)).toEqual(['Bro"ken', '"Libre"x', 'LibreOffice']);
  });

  it('reports a quote that is never closed with its line, keeping the rows before it', () => {
    const text = 'Computer,Software,Version\nPC-1,7-Zip,24.08\nPC-2,"Broken,1\nPC-3,LibreOffice,24.8\n';
    const result = parseGenericCsv(text, guessCsvMapping(text), { fileName: 'x.csv' });
    expect(result.hosts.map((host) => host.identity.hostname)).toEqual(['PC-1']);
    expect(result.errors).toEqual([{ file: 'x.csv', line: 4, reason: 'This row could not be read (a quoted value is never closed, so the rest of the file could not be read); skipped.' }]);
  });
});
