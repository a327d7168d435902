import { describe, expect, it } from 'vitest';
import { inventoryXmlImporter } from '../../../../../electron/core/fleet/importers/inventory-xml';
import { fixture } from '../read-fixture';

describe('OCS / FusionInventory XML importer', () => {
  it('reads an OCS agent file: TAG, text values kept as text, YYYY/MM/DD dates', () => {
    const { hosts, errors } = inventoryXmlImporter.parse(fixture('ocs/PC-COMPTA-07.ocs'));
    expect(errors).toEqual([]);
    const [host] = hosts;
    expect(host?.identity).toEqual({ serial: 'MJ0ABCD1', hardwareUuid: '9A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9', hostname: 'PC-COMPTA-07', toolId: 'PC-COMPTA-07-2026-10-15-16-20-11', toolName: 'ocs' });
    expect(host?.tags).toEqual(['Comptabilite']);
    expect(host?.os).toEqual({ platform: 'windows', name: 'Microsoft Windows 10 Professionnel', version: '10.0.19045' });
    expect(host?.lastSeen).toBe('2026-10-15T16:20:11.000Z');
    expect(host?.items.map((item) => [item.name, item.version, item.installDate, item.identifiers.c2rReleaseId])).toEqual([
      ['LibreOffice 24.8.2.1', '24.8.2.1', '2026-09-03', undefined],
      ['Microsoft Office Professionnel Plus 2021 - fr-fr', '16.0.14332.20771', '2025-01-14T00:00:00.000Z', 'ProPlus2021Volume'],
      ['Ciel Compta & Facturation', '0010.2', undefined, undefined],
    ]);
  });

  it('reads FusionInventory XML with DD/MM/YYYY dates', () => {
    const [host] = inventoryXmlImporter.parse(fixture('ocs/pc-arg-23.xml')).hosts;
    expect(host?.identity.toolName).toBe('glpi');
    expect(host?.items.map((item) => [item.name, item.installDate, item.identifiers.uninstallKey])).toEqual([
      ['Microsoft Office Standard 2016', '2019-03-05', 'Office16.STANDARD'],
      ['Notepad++ (64-bit x64)', '2023-06-21', 'Notepad++'],
    ]);
  });

  it('says a cut-off XML file is cut off', () => {
    expect(inventoryXmlImporter.parse(fixture('corrupt/truncated.ocs')).errors).toEqual([
      { file: 'corrupt/truncated.ocs', line: 40, reason: 'The XML ends too early: the file looks cut off. Export it again.' },
    ]);
  });

  it('names the line of damage in the middle of a file', () => {
    const text = fixture('ocs/PC-COMPTA-07.ocs').text.replace('<NAME>LibreOffice 24.8.2.1</NAME>', '<NAME>LibreOffice</NAMEX>');
    const [error] = inventoryXmlImporter.parse({ fileName: 'x.ocs', text }).errors;
    expect(error?.line).toBe(31);
    expect(error?.reason).toMatch(/^The XML is damaged near line 31: /);
  });
});
