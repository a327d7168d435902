/**
 * GLPI native inventory JSON, as glpi-agent writes it (`glpi-inventory --json`, `--local`) and as the
 * GLPI 10+ server keeps the last inventory of each asset (files/_inventories/**.json): one host per file,
 * `{ action, content: { hardware, bios, operatingsystem, accesslog, softwares[] }, deviceid, tag }`.
 * Field names from glpi-project/inventory_format inventory.schema.json (research/fleet.md §5.1).
 */
import type { Platform } from '../../../shared/inventory';
import type { Importer, ImportResult } from '../importer';
import { emptyResult, makeItem, withUniqueIds } from '../import-record';
import { c2rReleaseId, appxFamilyFromFullName } from '../identifiers';
import { isRecord, parseJsonFile, startsAsJson } from '../json-text';
import { normaliseDate, platformFromText, text } from '../values';

const ID = 'glpi-json';

/** `from` values the agent writes for Linux package managers (glpi-agent Linux/Softwares*). */
const LINUX_FROM = new Set(['deb', 'rpm', 'snap', 'flatpak', 'nix', 'pacman', 'apk']);

function platformOf(content: Record<string, unknown>, softwares: Record<string, unknown>[]): Platform | undefined {
  const os = isRecord(content.operatingsystem) ? content.operatingsystem : {};
  const fromOs = platformFromText(os.name) ?? platformFromText(os.full_name) ?? platformFromText(isRecord(content.hardware) ? content.hardware.osname : undefined);
  if (fromOs) return fromOs;
  const from = softwares.map((software) => text(software.from)?.toLowerCase());
  if (from.some((value) => value === 'registry' || value === 'uwp')) return 'windows';
  if (from.some((value) => value && LINUX_FROM.has(value))) return 'linux';
  return undefined;
}

export const glpiJsonImporter: Importer = {
  id: ID,
  label: 'GLPI agent inventory (JSON)',
  detect({ text: sample }) {
    if (!startsAsJson(sample)) return 0;
    if (/"action"\s*:\s*"inventory"/.test(sample)) return 0.95;
    const head = sample.slice(0, 400);
    if (/^\s*\{\s*("action"\s*:\s*"[^"]*"\s*,\s*)?"content"\s*:\s*\{/.test(head) && /"(hardware|bios|accesslog|softwares|versionclient)"\s*:/.test(sample)) return 0.9;
    return 0;
  },
  parse({ fileName, text: body }): ImportResult {
    const result = emptyResult();
    const value = parseJsonFile(body, fileName, result.errors);
    if (value === undefined) return result;
    const content = isRecord(value) && isRecord(value.content) ? value.content : undefined;
    if (!isRecord(value) || !content) {
      result.errors.push({ file: fileName, reason: 'No "content" object found: this is not a GLPI agent inventory.' });
      return result;
    }
    const softwares = Array.isArray(content.softwares) ? content.softwares.filter(isRecord) : [];
    const platform = platformOf(content, softwares);
    if (!platform) {
      result.errors.push({ file: fileName, reason: 'This inventory is not from a Windows, macOS or Linux computer (no operating system recognised); skipped.' });
      return result;
    }
    const items = [];
    for (const software of softwares) {
      const name = text(software.name);
      if (!name) continue;
      const from = text(software.from)?.toLowerCase();
      const guid = text(software.guid);
      const isLinuxPackage = from !== undefined && LINUX_FROM.has(from);
      items.push(makeItem(ID, platform, {
        name, version: text(software.version), publisher: text(software.publisher),
        identifiers: {
          uninstallKey: from === 'registry' ? guid : undefined,
          c2rReleaseId: from === 'registry' ? c2rReleaseId(guid, text(software.uninstall_string)) : undefined,
          appxFamily: from === 'uwp' ? appxFamilyFromFullName(guid) : undefined,
          packageName: isLinuxPackage ? name : undefined,
        },
        scope: text(software.username) || text(software.userid) ? 'user' : undefined,
        user: text(software.username),
        installDate: normaliseDate(software.install_date),
        installLocation: text(software.folder),
        evidence: { from, arch: text(software.arch), systemCategory: text(software.system_category) },
      }));
    }
    const hardware = isRecord(content.hardware) ? content.hardware : {};
    const bios = isRecord(content.bios) ? content.bios : {};
    const os = isRecord(content.operatingsystem) ? content.operatingsystem : {};
    const accesslog = isRecord(content.accesslog) ? content.accesslog : {};
    result.hosts.push({
      identity: {
        serial: text(bios.ssn), hardwareUuid: text(hardware.uuid), hostname: text(hardware.name),
        toolId: text(value.deviceid), toolName: 'glpi',
      },
      os: { platform, name: text(os.full_name) ?? text(os.name), version: text(os.kernel_version) ?? text(os.version) },
      tags: [text(value.tag)].filter((tag): tag is string => tag !== undefined),
      lastSeen: normaliseDate(accesslog.logdate),
      items: withUniqueIds(items),
    });
    return result;
  },
};
