/**
 * `winget export -o apps.json` (schema winget-packages.schema.2.0.json): Sources[].Packages[] with
 * PackageIdentifier and, with --include-versions, Version. It has no display names and no publishers and
 * leaves out everything winget cannot map, so its value is the exact package id (research/fleet.md §8.1).
 * The item name is the id until catalogue matching names the product. Host from the file name.
 */
import type { Importer, ImportResult } from '../importer';
import { emptyResult, makeItem, withUniqueIds } from '../import-record';
import { identityFromFileName } from '../host-from-file';
import { isRecord, parseJsonFile, startsAsJson } from '../json-text';
import { normaliseDate, text } from '../values';

const ID = 'winget-export';

export const wingetExportImporter: Importer = {
  id: ID,
  label: 'winget export (JSON)',
  detect({ text: sample }) {
    if (!startsAsJson(sample)) return 0;
    if (/winget-packages\.schema/.test(sample)) return 0.95;
    return /"Sources"\s*:/.test(sample) && /"(PackageIdentifier|SourceDetails)"\s*:/.test(sample) ? 0.9 : 0;
  },
  parse({ fileName, text: body }): ImportResult {
    const result = emptyResult();
    const value = parseJsonFile(body, fileName, result.errors);
    if (value === undefined) return result;
    if (!isRecord(value) || !Array.isArray(value.Sources)) {
      result.errors.push({ file: fileName, reason: 'No "Sources" list found: this is not a winget export.' });
      return result;
    }
    const seen = new Set<string>();
    const items = [];
    for (const source of value.Sources.filter(isRecord)) {
      const sourceName = isRecord(source.SourceDetails) ? text(source.SourceDetails.Name) : undefined;
      for (const pkg of Array.isArray(source.Packages) ? source.Packages.filter(isRecord) : []) {
        const id = text(pkg.PackageIdentifier);
        // winget repeats an id when it is installed in two scopes; one package is one item.
        if (!id || seen.has(id.toLowerCase())) continue;
        seen.add(id.toLowerCase());
        items.push(makeItem(ID, 'windows', {
          name: id, version: text(pkg.Version),
          // msstore ids (9WZDNCRD29V9) are Store product ids, not winget manifest ids.
          identifiers: { wingetId: sourceName === 'msstore' ? undefined : id },
          scope: pkg.Scope === 'user' ? 'user' : pkg.Scope === 'machine' ? 'machine' : undefined,
          evidence: { wingetSource: sourceName, storeProductId: sourceName === 'msstore' ? id : undefined },
        }));
      }
    }
    result.hosts.push({
      identity: { ...identityFromFileName(fileName), toolName: 'winget' },
      os: { platform: 'windows' },
      tags: [],
      lastSeen: normaliseDate(value.CreationDate),
      items: withUniqueIds(items),
    });
    return result;
  },
};
