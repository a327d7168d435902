/**
 * Agent inventory XML of OCS Inventory NG (`ocsinventory-agent --local` writes <host>.ocs) and of
 * FusionInventory / older glpi-agent: `<REQUEST><CONTENT><HARDWARE/><BIOS/><SOFTWARES/>...</CONTENT>
 * <DEVICEID/><QUERY>INVENTORY</QUERY></REQUEST>`. SOFTWARES fields per OCS Server
 * Inventory/Software.pm and glpi inventory_format tests/data (research/fleet.md §5.1, §5.2).
 * Dates are YYYY/MM/DD (OCS) or DD/MM/YYYY (FusionInventory); values.ts reads both.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Platform } from '../../../shared/inventory';
import type { Importer, ImportResult } from '../importer';
import { emptyResult, makeItem, withUniqueIds } from '../import-record';
import { c2rReleaseId } from '../identifiers';
import { isRecord } from '../json-text';
import { normaliseDate, platformFromText, text } from '../values';

const ID = 'inventory-xml';

const parser = new XMLParser({
  ignoreAttributes: true,
  // Versions such as "16.0" and serials such as "0001" must stay text.
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['SOFTWARES', 'ACCOUNTINFO'].includes(name),
});

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function tagsOf(content: Record<string, unknown>): string[] {
  const tags: string[] = [];
  // OCS puts the administrative TAG (often the department or site) in ACCOUNTINFO.
  for (const info of Array.isArray(content.ACCOUNTINFO) ? content.ACCOUNTINFO : []) {
    const entry = record(info);
    const value = text(entry.KEYVALUE);
    if (text(entry.KEYNAME)?.toUpperCase() === 'TAG' && value) tags.push(value);
  }
  return tags;
}

export const inventoryXmlImporter: Importer = {
  id: ID,
  label: 'OCS Inventory / FusionInventory agent XML',
  detect({ text: sample }) {
    // The document element must be REQUEST: prose or other XML that merely mentions it is not an inventory.
    return /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?<REQUEST>/.test(sample) && /<CONTENT>/.test(sample) ? 0.95 : 0;
  },
  parse({ fileName, text: body }): ImportResult {
    const result = emptyResult();
    const valid = XMLValidator.validate(body);
    if (valid !== true) {
      const cutOff = valid.err.line >= body.trimEnd().split('\n').length - 1 || /unclosed|not closed/i.test(valid.err.msg);
      result.errors.push({
        file: fileName, line: valid.err.line,
        reason: cutOff ? 'The XML ends too early: the file looks cut off. Export it again.' : `The XML is damaged near line ${valid.err.line}: ${valid.err.msg}`,
      });
      return result;
    }
    const request = record(parser.parse(body).REQUEST);
    const content = record(request.CONTENT);
    const hardware = record(content.HARDWARE);
    const bios = record(content.BIOS);
    const os = record(content.OPERATINGSYSTEM);
    const softwares = (Array.isArray(content.SOFTWARES) ? content.SOFTWARES : []).map(record);
    const platform: Platform | undefined = platformFromText(hardware.OSNAME) ?? platformFromText(os.FULL_NAME) ?? platformFromText(os.NAME)
      ?? (softwares.some((software) => text(software.FROM) === 'registry') ? 'windows' : undefined);
    if (!platform) {
      result.errors.push({ file: fileName, reason: 'This inventory is not from a Windows, macOS or Linux computer (no operating system recognised); skipped.' });
      return result;
    }
    const items = softwares.flatMap((software) => {
      const name = text(software.NAME);
      if (!name) return [];
      const guid = text(software.GUID);
      return [makeItem(ID, platform, {
        name, version: text(software.VERSION), publisher: text(software.PUBLISHER),
        identifiers: { uninstallKey: platform === 'windows' ? guid : undefined, c2rReleaseId: c2rReleaseId(guid, text(software.UNINSTALL_STRING)) },
        installDate: normaliseDate(software.INSTALLDATE),
        installLocation: text(software.FOLDER),
        evidence: { from: text(software.FROM), arch: text(software.ARCH) ?? text(software.ARCHITECTURE) },
      })];
    });
    result.hosts.push({
      identity: {
        serial: text(bios.SSN), hardwareUuid: text(hardware.UUID), hostname: text(hardware.NAME),
        toolId: text(request.DEVICEID), toolName: /fusion|glpi/i.test(text(content.VERSIONCLIENT) ?? '') ? 'glpi' : 'ocs',
      },
      os: { platform, name: text(hardware.OSNAME) ?? text(os.FULL_NAME), version: text(hardware.OSVERSION) ?? text(os.KERNEL_VERSION) },
      tags: tagsOf(content),
      lastSeen: normaliseDate(hardware.LASTDATE) ?? normaliseDate(record(content.ACCESSLOG).LOGDATE),
      items: withUniqueIds(items),
    });
    return result;
  },
};
