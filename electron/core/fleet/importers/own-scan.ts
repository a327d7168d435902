/**
 * Switchyard's own scan files (`switchyard scan --out`, the headless scan deployment tools run), validated
 * with the shared InventoryFileSchema. Items are taken as they are; the collector that saw them stays
 * visible as evidence.observedBy.
 */
import { InventoryFileSchema } from '../../../shared/inventory';
import type { Importer, ImportResult } from '../importer';
import { asImported, emptyResult } from '../import-record';
import { parseJsonFile, startsAsJson } from '../json-text';

const ID = 'own-scan';

export const ownScanImporter: Importer = {
  id: ID,
  label: 'Switchyard scan file',
  detect({ text: sample }) {
    return startsAsJson(sample) && /"format"\s*:\s*"switchyard-inventory"/.test(sample) ? 1 : 0;
  },
  parse({ fileName, text: body }): ImportResult {
    const result = emptyResult();
    const value = parseJsonFile(body, fileName, result.errors);
    if (value === undefined) return result;
    const file = InventoryFileSchema.safeParse(value);
    if (!file.success) {
      const issue = file.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      result.errors.push({ file: fileName, reason: `This Switchyard scan file is not valid${where}: ${issue?.message ?? 'unknown problem'}. It may come from a newer Switchyard version.` });
      return result;
    }
    const { host, items, scannedAt } = file.data;
    result.hosts.push({
      identity: { hostname: host.hostname, serial: host.serial, hardwareUuid: host.hardwareUuid, toolId: host.machineId, toolName: 'switchyard' },
      os: { platform: host.os.platform, name: host.os.name, version: host.os.version },
      tags: [],
      lastSeen: scannedAt,
      items: asImported(items, ID),
    });
    return result;
  },
};
